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
from extraction.extractor.regions import (
    display_name,
    is_known,
    is_shortening,
    longest_place,
    resolve,
)
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


_HEAD = re.compile(
    r"\b(DPRD|DPRK|DPRP|DPRA|DPR\s+Papua(?:\s+Barat)?|DPR\s+Aceh|Dewan\s+Perwakilan\s+Rakyat\s+"
    r"(?:Daerah|Kabupaten|Kota|Papua|Aceh)(?:\s*\((?:DPRD|DPRK|DPRP|DPRA)\))?)"
)
# "DPRD kota Bengkulu": reporters do not always capitalise the kind of region.
# "DPRD Kotabaru" is a regency's: "Kota" only as a word of its own.
_KIND_WORD = re.compile(
    r"\s*(Kabupaten\b|Kab\.|Kab\b|Kota\b|Provinsi\b|Prov\.|Prov\b)\s*", re.IGNORECASE
)
_WORDS = re.compile(r"\s*([A-Z][\w'-]*(?:[ \t]+[A-Z][\w'-]*){0,4})")
# Words that follow "DPRD" in headlines and are no place: "DPRD Gelar", "DPRD Minta".
_NOT_PLACES = {
    "dprd", "komisi", "dewan", "fraksi", "ri", "provinsi", "kabupaten", "kota", "gelar", "minta",
    "desak", "sahkan", "panggil", "terima", "soroti", "dorong", "tinjau", "bahas", "apresiasi",
    "ajak", "kecewa", "tunda", "jadwalkan", "sidak", "rdp", "kunker", "bentuk", "pimpin", "dukung",
    "nilai", "akan", "segera", "bersama", "dan", "yang", "se", "periode", "masa", "tahun",
}  # fmt: skip


def _head_region(head: str) -> tuple[str, str]:
    """(prefix to name the parliament with, region key it fixes) for "DPRK", "DPR Papua"..."""
    head = norm(head)
    if head.startswith(("dpr papua", "dprp", "dewan perwakilan rakyat papua")):
        return "DPR", "provinsi papua barat" if head.endswith("barat") else "provinsi papua"
    if head.startswith(("dpra", "dpr aceh", "dewan perwakilan rakyat aceh")):
        return "DPR", "provinsi aceh"  # the province's parliament: "DPR Aceh" (DPRA)
    if head.startswith(
        ("dprk", "dewan perwakilan rakyat kabupaten", "dewan perwakilan rakyat kota")
    ):
        return "DPRK", ""
    return "DPRD", ""


def find_dprds(text: str, directory: Directory) -> list[OrgMention]:
    """Every mention of a regional parliament: "DPRD Kab.Rembang", "DPRD Jatim" (a province),
    "DPRK Aceh Tenggara", "DPR Papua". The place is the longest run of capitalised words that
    is a known region, so "DPRD Lombok Tengah Gelar Paripurna" names Lombok Tengah."""
    found = []
    shortened = _shortenings(text)
    for m in _HEAD.finditer(text):
        prefix, fixed = _head_region(m.group(1))
        end = m.end()
        written = ""
        kind_word = _KIND_WORD.match(text, end)
        if kind_word and not fixed:
            written = _region_kind(kind_word.group(1))
            end = kind_word.end()
        words_m = _WORDS.match(text, end)
        if fixed:
            key, place_end, confidence = fixed, m.end(), 0.9
        else:
            if not words_m:
                continue
            words = words_m.group(1).split()
            size = longest_place(words)
            if size == 0:
                if norm(words[0]) in _NOT_PLACES:
                    continue
                size = 1
            place = " ".join(words[:size])
            place_end = words_m.start(1) + len(place)
            key = resolve(written, place) or shortened.get(norm(place), "")
            confidence = 0.95 if written else 0.85
            if not key:
                kind = _hinted_kind(text, place)
                if not kind:
                    # A place name alone: the directory's only DPRD of that name, if one.
                    named = [
                        d for d in directory.of_kind(DPRD) if d.region.endswith(" " + norm(place))
                    ]
                    kind = named[0].region.split(" ")[0] if len(named) == 1 else ""
                if not kind and not written:
                    # "Sekretaris DPRD Roy Manuhuttu", "Prakarsa DPRD Dilanjutkan": a word no
                    # region list, directory or other mention makes a place is no place.
                    continue
                key = f"{kind or written} {norm(place)}".strip()
                confidence = 0.6
        entry = directory.dprd_for(key) if " " in key else None
        if entry:
            label = entry.label
        elif fixed:
            label = f"{prefix} {display_name(key).split(' ', 1)[1]}"
        elif (
            " " in key
            and is_shortening(place)
            and norm(place).replace(" ", "") == key.split(" ", 1)[1].replace(" ", "")
        ):
            label = f"{prefix} {key.split(' ')[0].title()} {place}"  # "Palangka Raya" as written
        elif " " in key and (is_shortening(place) or not is_known(key) or norm(place) in shortened):
            label = f"{prefix} {display_name(key)}"
        elif " " in key:
            label = f"{prefix} {key.split(' ')[0].title()} {place}"
        else:
            label = f"{prefix} {key.title()}"
        found.append(OrgMention(m.start(), place_end, label, DPRD, key, entry, confidence))
    return found or _dprd_of_the_region(text, directory)


_BARE_DPRD = re.compile(r"\bDPRD\b")
_GOVERNMENT_OF = re.compile(
    r"\b(?:Pemerintah\s+)?(Provinsi|Kabupaten|Kota|Pemprov|Pemkab|Pemkot)\s+([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)"
)


def _dprd_of_the_region(text: str, directory: Directory) -> list[OrgMention]:
    """ "Rapat pansus antara DPRD dan Pemerintah Provinsi Maluku": a DPRD named without its
    place is the one of the only region the report names."""
    bare = _BARE_DPRD.search(text)
    if bare is None:
        return []
    keys: Counter = Counter()
    for m in _GOVERNMENT_OF.finditer(text):
        kind = _region_kind(m.group(1)) or {"pemprov": "provinsi"}.get(norm(m.group(1)), "")
        words = m.group(2).split()
        if key := resolve(kind, " ".join(words)) or resolve(kind, words[0]):
            keys[key] += 1
    ranked = keys.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[1][1] == ranked[0][1]):
        return []  # no region, or two named as often: which DPRD is not told
    key = ranked[0][0]
    entry = directory.dprd_for(key)
    label = entry.label if entry else f"DPRD {display_name(key)}"
    return [OrgMention(bare.start(), bare.end(), label, DPRD, key, entry, 0.5)]


_SECRETARIAT = re.compile(r"\b(?:Sekretariat|Setwan)\s+$", re.IGNORECASE)
_SHORT_AFTER = re.compile(r"([A-Z][\w-]+(?:[ \t]+[A-Z][\w-]+){0,2})[ \t]*\(([A-Z][\w-]{2,12})\)")


def _shortenings(text: str) -> dict[str, str]:
    """Short forms a report defines: "DPRD Halmahera Barat (Halbar)" and then "DPRD Halbar"."""
    learned = {}
    for m in _SHORT_AFTER.finditer(text):
        words = m.group(1).split()
        for size in range(len(words), 0, -1):
            key = resolve("", " ".join(words[-size:]))
            if key:
                learned.setdefault(norm(m.group(2)), key)
                break
    return learned


def main_dprd(mentions: list[OrgMention], text: str = "") -> OrgMention | None:
    """The DPRD named most often, the first one on a tie. Its secretariat ("Sekretariat DPRD
    Jawa Barat menerima kunjungan DPRD Kalimantan Tengah") is the host's office, not the
    council meeting, so it counts only when nothing else is named."""
    if not mentions:
        return None
    council = [m for m in mentions if not _SECRETARIAT.search(text[max(0, m.start - 16) : m.start])]
    mentions = council or mentions
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
# "Komisi lll": a Roman numeral typed with lowercase L's is still one.
_NUMERAL = r"(?:VI|IV|V|I{1,3}|l{1,3}|[1-6]|[A-F]|satu|dua|tiga|empat|lima)\b"
_MORE = r"\s*(?:,|dan|&)\s*(?:[Kk]omisi\s+)?"
_KOMISI = re.compile(
    # "Ketua Komisi IV, I Made Sudiarsa": a Balinese name's "I" after the comma is no commission.
    r"\b(?:[Kk]omisi|KOMISI)\s+("
    + _NUMERAL
    + r")((?:"
    + _MORE
    + _NUMERAL
    + r"(?![ \t]+[A-Z][a-z]))*)"
)
_ROOM = re.compile(r"\bruang(?:\s+(?:rapat|sidang|pertemuan))?\s+$", re.IGNORECASE)


# "di Ruang Badan Musyawarah (Banmus) DPRD": the room's name shortened is no body either.
_ROOM_NAMED = re.compile(r"\bruang(?:an)?(?:\s+\w+){1,4}\s*\(\s*$", re.IGNORECASE)


def _number(numeral: str) -> tuple[int, bool]:
    """(number, written as a letter)."""
    if numeral.isdigit():
        return int(numeral), False
    if numeral.lower() in _WORD_NUMBERS:
        return _WORD_NUMBERS[numeral.lower()], False
    if numeral.replace("l", "I") in ROMAN:
        return ROMAN.index(numeral.replace("l", "I")), False
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
                before = text[max(0, span.start - 40) : span.start]
                if _ROOM.search(before[-20:]) or _ROOM_NAMED.search(before):
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
