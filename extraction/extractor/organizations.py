"""The DPRD a report is about and the DPRD bodies named in it.

"DPRD Kabupaten Probolinggo" and "DPRD Kota Probolinggo" are different parliaments with the
same place name, so the region (kind + name) is what we match on, never the name alone.
"Komisi 1", "Komisi I" and "Komisi A" are the same body; a DPRD whose commissions are lettered
gets letters back.
"""

import re
from collections import Counter
from dataclasses import dataclass

from extraction.extractor.aliases import BODY_LABELS, BODY_NAMES
from extraction.extractor.directory import DPRD, Directory, OrgEntry
from extraction.extractor.text import Normalized, norm


@dataclass(frozen=True)
class OrgMention:
    start: int
    end: int
    label: str
    kind: str
    key: str
    entry: OrgEntry | None
    confidence: float


_REGION_KINDS = {"kabupaten": "kabupaten", "kab": "kabupaten", "kota": "kota"}
_REGION_KINDS |= {"provinsi": "provinsi", "prov": "provinsi"}
_PLACE = r"([A-Z][A-Za-z-]+(?:\s+(?:Timur|Barat|Tengah|Utara|Selatan|Raya))?)"
_DPRD = re.compile(
    r"\b(?:DPRD|Dewan Perwakilan Rakyat Daerah(?:\s*\(DPRD\))?)"
    r"(?:\s+(Kabupaten|Kab\.|Kota|Provinsi|Prov\.))?\s+" + _PLACE
)
_REGION_HINT = re.compile(r"\b(Kabupaten|Kab\.|Pemkab|Bupati|Kota|Pemkot|Wali\s*Kota)\s+" + _PLACE)
_HINT_KIND = {"pemkab": "kabupaten", "bupati": "kabupaten", "pemkot": "kota", "walikota": "kota"}


def _region_kind(word: str) -> str:
    word = norm(word).replace(" ", "")
    return _REGION_KINDS.get(word) or _HINT_KIND.get(word, "")


def _hinted_kind(text: str, place: str) -> str:
    """For "DPRD Probolinggo": Kabupaten or Kota, by the other mentions of the place."""
    votes = Counter(
        _region_kind(m.group(1))
        for m in _REGION_HINT.finditer(text)
        if norm(m.group(2)) == norm(place)
    )
    votes.pop("", None)
    return votes.most_common(1)[0][0] if votes else ""


def find_dprds(text: str, directory: Directory) -> list[OrgMention]:
    found = []
    for m in _DPRD.finditer(text):
        place = m.group(2)
        if place in ("DPRD", "Komisi", "Dewan") or place.startswith("Fraksi"):
            continue
        kind = _region_kind(m.group(1)) if m.group(1) else _hinted_kind(text, place)
        confidence = 0.95 if m.group(1) else 0.75
        if not kind:
            # A place name alone: the directory's only DPRD of that name, if there is one.
            named = [d for d in directory.of_kind(DPRD) if d.region.endswith(" " + norm(place))]
            kind = named[0].region.split(" ")[0] if len(named) == 1 else ""
            confidence = 0.6
        region = f"{kind} {norm(place)}".strip()
        entry = directory.dprd_for(region) if kind else None
        label = entry.label if entry else f"DPRD {kind.title()} {place}".replace("  ", " ")
        found.append(OrgMention(m.start(), m.end(), label, DPRD, region, entry, confidence))
    return found


def main_dprd(mentions: list[OrgMention]) -> OrgMention | None:
    """The DPRD named most often, the first one on a tie."""
    if not mentions:
        return None
    counts = Counter(m.key for m in mentions)
    best = max(counts.values())
    return next(m for m in mentions if counts[m.key] == best)


def text_region(text: str, dprd: OrgMention | None) -> str:
    if dprd is not None and " " in dprd.key:
        return dprd.key
    votes = Counter(
        f"{_region_kind(m.group(1))} {norm(m.group(2))}"
        for m in _REGION_HINT.finditer(text)
        if _region_kind(m.group(1))
    )
    return votes.most_common(1)[0][0] if votes else ""


ROMAN = ["", "I", "II", "III", "IV", "V", "VI"]
_WORD_NUMBERS = {"satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5}
_NUMERAL = r"(?:VI|IV|V|I{1,3}|[1-6]|[A-F]|satu|dua|tiga|empat|lima)\b"
_MORE = r"\s*(?:,|dan|&)\s*(?:[Kk]omisi\s+)?"
_KOMISI = re.compile(r"\b[Kk]omisi\s+(" + _NUMERAL + r")((?:" + _MORE + _NUMERAL + r")*)")
_ROOM = re.compile(r"\bruang(?:\s+(?:rapat|sidang|pertemuan))?\s+$", re.IGNORECASE)


def _number(numeral: str) -> tuple[int, bool]:
    """(number, written as a letter)."""
    if numeral.isdigit():
        return int(numeral), False
    if numeral.lower() in _WORD_NUMBERS:
        return _WORD_NUMBERS[numeral.lower()], False
    if numeral in ROMAN:
        return ROMAN.index(numeral), False
    return ord(numeral) - ord("A") + 1, True


def _uses_letters(bodies: list[OrgEntry]) -> bool:
    return any(re.fullmatch(r"Komisi [A-F]", b.name) for b in bodies if b.kind == "komisi")


def unique(mentions: list[OrgMention]) -> list[OrgMention]:
    """The first mention of each body (or agency), in order."""
    first: dict[str, OrgMention] = {}
    for mention in sorted(mentions, key=lambda m: m.start):
        first.setdefault(mention.key, mention)
    return list(first.values())


def find_bodies(text: str, dprd: OrgMention | None, directory: Directory) -> list[OrgMention]:
    """Every mention of a body of the DPRD the report is about, in order."""
    entries = directory.bodies_of(dprd.entry) if dprd and dprd.entry else []
    letters = _uses_letters(entries)
    found: list[OrgMention] = []
    for m in _KOMISI.finditer(text):
        if _ROOM.search(text[max(0, m.start() - 20) : m.start()]):
            continue
        numerals = [m.group(1), *re.findall(_NUMERAL.replace(r"\b", ""), m.group(2) or "")]
        for numeral in numerals:
            number, as_letter = _number(numeral)
            key = f"komisi-{number}"
            entry = next((b for b in entries if _komisi_number(b) == number), None)
            written_letter = letters or (as_letter and not entries)
            label = entry.name if entry else f"Komisi {_label_numeral(number, written_letter)}"
            found.append(OrgMention(m.start(), m.end(), label, "komisi", key, entry, 0.9))
    normalized = Normalized(text)
    for kind, spellings in BODY_NAMES.items():
        for spelling in spellings:
            for span in normalized.find_all(spelling):
                if _ROOM.search(text[max(0, span.start - 20) : span.start]):
                    continue
                entry = next((b for b in entries if b.kind == kind), None)
                label = entry.name if entry else BODY_LABELS[kind]
                found.append(OrgMention(span.start, span.end, label, kind, kind, entry, 0.85))
    return sorted(found, key=lambda mention: mention.start)


def _label_numeral(number: int, letter: bool) -> str:
    if letter:
        return chr(ord("A") + number - 1)
    return ROMAN[number] if number < len(ROMAN) else str(number)


def _komisi_number(entry: OrgEntry) -> int | None:
    m = re.fullmatch(r"Komisi\s+(" + _NUMERAL + r")", entry.name)
    return _number(m.group(1))[0] if m else None
