"""Government agencies (OPD) by full name or abbreviation, matched to the directory.

The directory's agencies belong to one regency or city: a report about another one ("Diskominfo
Kota Probolinggo" while the directory holds the Kabupaten's) keeps the agency by name only.
"""

import re

from extraction.extractor.aliases import AGENCY_HEADS, GENERIC_AGENCIES, NOT_AGENCIES
from extraction.extractor.directory import OPD, Directory, OrgEntry
from extraction.extractor.organizations import OrgMention
from extraction.extractor.text import Normalized, norm

Target = tuple[str, OrgEntry | None]


def _prefixes(name: str) -> list[str]:
    """Short forms reports use: the name up to its first comma or "dan" ("Dinas Pendidikan")."""
    found = []
    for cut in (name.split(",")[0], re.split(r"\s+dan\s+", name)[0]):
        if len(cut.split()) >= 2 and cut != name:
            found.append(norm(cut))
    return found


def _aliases(directory: Directory, region: str) -> dict[str, Target]:
    aliases: dict[str, Target] = {}
    entries = [
        e for e in directory.of_kind(OPD) if not region or not e.region or e.region == region
    ]
    for entry in entries:
        for spelling in (norm(entry.name), norm(entry.abbreviation)):
            if spelling:
                aliases.setdefault(spelling, (entry.label, entry))
    counts: dict[str, int] = {}
    for entry in entries:
        for prefix in _prefixes(entry.name):
            counts[prefix] = counts.get(prefix, 0) + 1
    for entry in entries:
        for prefix in _prefixes(entry.name):
            if counts[prefix] == 1:
                aliases.setdefault(prefix, (entry.label, entry))
    for label, spellings in GENERIC_AGENCIES.items():
        known = next((aliases[s] for s in spellings if s in aliases), None)
        for spelling in spellings:
            aliases.setdefault(spelling, known or (label, None))
    return aliases


def _case_ok(text: str, start: int, end: int, spelling: str) -> bool:
    # Short abbreviations ("DLH", "BKD") only count written in capitals, not as ordinary words.
    written = text[start:end]
    return len(spelling.replace(" ", "")) > 4 or written.isupper() or written[:1].isupper()


_HEAD = "|".join(AGENCY_HEADS)
_UNKNOWN = re.compile(
    r"\b(?:" + _HEAD + r")(?:\s+(?!Kabupaten\b|Kota\b|Provinsi\b|Kab\.|DPRD\b)"
    r"(?:[A-Z][\w'-]*|dan(?=\s+[A-Z])|&))+(?:\s*\(([A-Z][\w ]{1,20})\))?"
)


def find_agencies(text: str, directory: Directory, region: str) -> list[OrgMention]:
    normalized = Normalized(text)
    claimed: list[tuple[int, int]] = []
    found: list[OrgMention] = []
    aliases = _aliases(directory, region)
    for spelling in sorted(aliases, key=len, reverse=True):
        label, entry = aliases[spelling]
        for span in normalized.find_all(spelling):
            if _overlaps(span.start, span.end, claimed):
                continue
            if not _case_ok(text, span.start, span.end, spelling):
                continue
            claimed.append((span.start, span.end))
            confidence = 0.9 if entry else 0.7
            found.append(OrgMention(span.start, span.end, label, OPD, label, entry, confidence))
    for m in _UNKNOWN.finditer(text):
        name = re.sub(r"\s*\(.*$", "", m.group(0)).strip()
        if _overlaps(m.start(), m.end(), claimed) or norm(name) in NOT_AGENCIES:
            continue
        if len(name.split()) < 2:
            continue
        label = m.group(1).strip() if m.group(1) else name
        claimed.append((m.start(), m.end()))
        found.append(OrgMention(m.start(), m.end(), label, OPD, label, None, 0.5))
    return sorted(found, key=lambda mention: mention.start)


def _overlaps(start: int, end: int, claimed: list[tuple[int, int]]) -> bool:
    return any(start < c_end and c_start < end for c_start, c_end in claimed)


def is_kecamatan(mention: OrgMention) -> bool:
    return norm(mention.label).startswith(("kec ", "kecamatan "))


_TAKES_PART = re.compile(
    r"\b(bersama|dengan|antara|menghadirkan|mengundang|memanggil|dihadiri|hadir|ke)\b",
    re.IGNORECASE,
)
_FUTURE = re.compile(r"\b(akan|berencana|bakal)\b", re.IGNORECASE)


def takes_part(text: str, sentence_start: int, mention: OrgMention, planned: bool) -> bool:
    """Named after "bersama", "dengan", "dihadiri"... in a sentence about the meeting. A call
    for some later meeting ("akan memanggil") is not attendance, unless the meeting itself is
    still to come."""
    before = text[sentence_start : mention.start]
    cues = list(_TAKES_PART.finditer(before))
    cue = cues[-1] if cues else None
    if cue is None or len(before) - cue.end() > 160:
        return False
    return planned or not _FUTURE.search(before)
