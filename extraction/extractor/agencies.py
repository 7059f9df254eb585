"""Government agencies (OPD) by full name or abbreviation, matched to the directory.

The directory's agencies belong to one regency or city: a report about another one ("Diskominfo
Kota Probolinggo" while the directory holds the Kabupaten's) keeps the agency by name only.
"""

import re

from extraction.extractor.aliases import AGENCY_HEADS, GENERIC_AGENCIES, NOT_AGENCIES
from extraction.extractor.directory import OPD, Directory, OrgEntry
from extraction.extractor.organizations import OrgMention
from extraction.extractor.regions import kinds_of
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
    # "Kota" ends a name ("Dinas PUPR Kota Bontang") but in "Tata Kota" it is the field.
    r"\b(?:" + _HEAD + r")(?:[ \t]+(?!Kabupaten\b|(?<!Tata[ \t])Kota\b|Provinsi\b|Kab\.|DPRD\b)"
    # "RSUD Dr. A. Dadi Tjokrodipo": a title and initials with their dots inside a name.
    r"(?:[A-Z][a-z]?\.(?=[ \t]+[A-Z])|[A-Z][\w'-]*|dan(?=[ \t]+[A-Z])|&))+"
    r"(?:\s*\(([A-Z][\w ]{1,20})\))?"
)
_NAMED_BY_OFFICE = re.compile(
    r"\b(?:Kabag|Kepala\s+Bagian)\s+((?!Sekretariat|Setda|Setwan)[A-Z][\w-]+"
    r"(?:\s+dan\s+(?!Kabag|Kepala)[A-Z][\w-]+)?)"
    # ("Kepala ULP PLN Kolonodale" heads a unit of a company, no agency.)
    r"|\b(?:Plt\.?\s+|Plh\.?\s+)?(?:Kadis|Kepala)\s+((?:Dis|Din)[a-z]{3,}\w*|[A-Z]{3,}[A-Za-z]*)\b"
    r"(?!\s+(?:PLN|PDAM|PT|BPJS|Telkom|Pertamina|Bank)\b)"
    r"|\b(Sekda|Sekretaris\s+Daerah)\b"
)


def _office_agency(m: re.Match) -> str | None:
    if m.group(1):
        return f"Bagian {m.group(1)}"
    if m.group(2):
        return None if m.group(2) in ("DPRD", "OPD", "SKPD", "BPK") else m.group(2)
    return "Setda"


_LONG_LISTED_NAME = re.compile(
    r"\b(?:Dinas|Badan)(?:(?:,)?[ \t]+(?:[A-Z][\w'-]*|dan|&)){3,12}\s*\(([A-Z][\w-]{2,20})\)"
)
_HOSPITAL = re.compile(
    r"\bRumah\s+Sakit\s+Umum\s+Daerah\s*\(RSUD\)[ \t]+((?:(?:Kota|Kabupaten|Provinsi)[ \t]+)?"
    r"[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*)?)"
)
# Where a long agency name stops: its government ("Bagian Hukum Setda Melawi") or the next
# institution of a list ("RSUD Daya dan SD Tamalanrea").
_NAME_END = re.compile(
    r"[ \t]+(?:Setda|Setdakab|Setdakot|Setdaprov|Sekretariat|Pemkab|Pemkot|Pemprov|Pemerintah)\b"
    r"|[ \t]+dan[ \t]+(?=(?:"
    + _HEAD
    # "Satpol PP dan Camat Kecamatan Babulu", "Dinas Kesehatan dan Kepala Puskesmas": an
    # official of another office follows.
    + r"|Rumah|SD|SMP|SMA|SMK|PT|Polres|Polda|PDAM|Camat|Kepala|Lurah|Kades|Sekretaris|Kabag|"
    r"Kadis|Direktur|Sekda|Asisten)\b|[A-Z]{2,}\b)"
)
_ABBREVIATION = re.compile(r"\s*(?:(?:Kota|Kabupaten|Provinsi)\s*)?\(([A-Z][\w -]{1,20})\)")
_PLACE_NEXT = re.compile(r"\s+([A-Z][a-z]+)\b")


def _clean(name: str, *, keep_place: bool = False) -> str:
    """The agency's own name: its government and a trailing place left out."""
    cut = _NAME_END.search(name)
    if cut:
        name = name[: cut.start()]
    words = name.split()
    while words and words[-1] in ("dan", "&"):
        words.pop()  # "Dinas Bina Marga dan DPRD": the list went on with no agency
    while not keep_place and len(words) > 2 and kinds_of(words[-1]):
        words.pop()  # "Dinas Energi dan Sumber Daya Mineral Sinjai"
    return " ".join(words)


def find_agencies(
    text: str, directory: Directory, region: str, body_start: int = 0
) -> list[OrgMention]:
    """Agencies by the directory's and the usual names, then unknown names that start with an
    agency word ("Dinas ...", "Bagian ..."), these only in the body: a headline capitalises
    every word ("Dinas PUPR Tak Hadir Rakor")."""
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
            if entry is None and _cut_short(text, span.end, spelling):
                continue
            claimed.append((span.start, span.end))
            confidence = 0.9 if entry else 0.7
            written = _ABBREVIATION.match(text, span.end)
            end = span.end
            if entry is None and written and norm(written.group(1)) not in aliases:
                # "Dinas Komunikasi dan Informatika (Diskominfotik)": as the region spells it;
                # "Dinas Pekerjaan Umum dan Penataan Ruang Kota (PUPRK) Bontang": "Dinas PUPRK".
                label = written.group(1).strip()
                if text[span.start : span.end].startswith("Dinas") and not label.startswith("Di"):
                    label = f"Dinas {label}"
                end = written.end()
                if (place := _PLACE_NEXT.match(text, end)) and kinds_of(place.group(1)):
                    end = place.end()  # "... (PUPRK) Bontang": the agency's town
            found.append(OrgMention(span.start, end, label, OPD, label, entry, confidence))
    for m in _NAMED_BY_OFFICE.finditer(text):
        # "RDP dihadiri Kabag Hukum, Plt. Kadis Disperindagkop ...", "dihadiri Sekda KBB": the
        # official's agency took part.
        if m.start() < body_start or _overlaps(m.start(), m.end(), claimed):
            continue
        if re.match(r"\s+(?:Sekretariat\s+(?:DPRD|Dewan)|Setwan)\b", text[m.end() :]):
            continue  # the DPRD's own secretariat
        label = _office_agency(m)
        if label is None or norm(label) in aliases and aliases[norm(label)][1] is not None:
            continue
        claimed.append((m.start(), m.end()))
        found.append(OrgMention(m.start(), m.end(), label, OPD, label, None, 0.5))
    for m in _LONG_LISTED_NAME.finditer(text):
        # "Dinas Perindustrian, Perdagangan, Koperasi dan Usaha Kecil Menengah (Disperindagkop)":
        # a name whose commas list its fields, closed by its short form.
        if m.start() < body_start or "," not in m.group(0):
            continue
        if _overlaps(m.start(), m.end(), [(f.start, f.end) for f in found if f.entry]):
            continue
        found = [f for f in found if not _overlaps(f.start, f.end, [(m.start(), m.end())])]
        claimed.append((m.start(), m.end()))
        label = m.group(1).strip()
        found.append(OrgMention(m.start(), m.end(), label, OPD, label, None, 0.5))
    for m in _HOSPITAL.finditer(text):
        # "Rumah Sakit Umum Daerah (RSUD) Kota Kendari": a hospital is named by its place.
        if m.start() >= body_start and not _overlaps(m.start(), m.end(), claimed):
            claimed.append((m.start(), m.end()))
            label = f"RSUD {m.group(1)}"
            found.append(OrgMention(m.start(), m.end(), label, OPD, label, None, 0.6))
    for m in _UNKNOWN.finditer(text):
        if m.start() < body_start:
            continue
        if re.match(r"[ \t]+(?:Utara|Selatan|Barat|Timur|Tengah)\b", text[m.start() + 6 :]) and (
            m.group(0).startswith("Bagian")
        ):
            continue  # "PLN UIK Sumatera Bagian Selatan": part of a region's name
        raw = re.sub(r"\s*\(.*$", "", m.group(0)).strip()
        if re.match(r"\s+(?:Sekretariat\s+DPRD|Setwan)\b", text[m.start() + len(raw) :]):
            continue  # the DPRD's own secretariat ("Bagian Umum Sekretariat DPRD")
        # "Unit Percepatan Pembangunan Kesehatan Papua (UP2KP)": a name its abbreviation closes
        # keeps its last word even when that is a place.
        name = _clean(raw, keep_place=bool(m.group(1)))
        end = m.start() + len(name)
        if any(
            f.entry is not None
            for f in found
            if _overlaps(f.start, f.end, [(m.start(), m.start() + len(raw))])
        ):
            continue  # "Bagian Hukum Setda" where the directory knows the Setda
        if (
            norm(name) in NOT_AGENCIES
            or norm(name).startswith(tuple(f"{n} " for n in NOT_AGENCIES))
            or len(name.split()) < 2
            or norm(name) in aliases
        ):
            continue  # "Badan Kehormatan Dewan" is the DPRD's own
        inside = [f for f in found if f.start < end and m.start() < f.end]
        # A longer name read as a known shorter one ("Dinas Pendidikan dan Kebudayaan" holds
        # "Dinas Pendidikan"; "Bagian Hukum Setda" holds "Setda"): the long name wins, unless
        # the short one is the directory's.
        if any(f.entry is not None or f.start < m.start() or f.end > end for f in inside):
            continue
        if any(_overlaps(m.start(), end, [c]) for c in claimed if not _within(c, inside)):
            continue
        found = [f for f in found if f not in inside]
        written = (
            m.group(1)
            if m.group(1) and end == m.start() + len(re.sub(r"\s*\(.*$", "", m.group(0)).strip())
            else None
        )
        label = written.strip() if written else re.sub(r"^Rumah Sakit Umum Daerah\b", "RSUD", name)
        claimed.append((m.start(), end))
        found.append(OrgMention(m.start(), end, label, OPD, label, None, 0.5))
    found.extend(_list_continued(text, sorted(found, key=lambda mention: mention.start)))
    return sorted(found, key=lambda mention: mention.start)


# "Biro Perekonomian, Dinas Bina Marga Cipta Karya, Pusdataru, Disperakim dan ESDM": a name that
# continues a list of agencies is an agency too, though no directory of this region knows it.
# Only single words shaped like an agency's short name: an acronym or a "Dis-"/"Pus-" word.
_LIST_ITEM = re.compile(
    r"(?:\s*,\s*(?:dan\s+|serta\s+)?|\s+(?:dan|serta)\s+)([A-Z][\w-]+)\b(?!\s+[A-Z])"
)
_SHORT_NAME = re.compile(
    r"^(?:[A-Z][A-Z0-9]{1,7}|(?:Dis|Din|Bappe|Bapen|Bakes|Pus|Kesbang|Sat)[a-z]{3,}[A-Za-z]*)$"
)
_NOT_SHORT_NAMES = {
    "DPRD", "DPR", "DPRP", "DPRK", "DPD", "BPK", "APBD", "APBN", "WIB", "WITA", "WIT", "RDP",
    "RDPU", "OPD", "SKPD", "PT", "CV", "TNI", "POLRI", "PKK",
}  # fmt: skip


def _list_continued(text: str, found: list[OrgMention]) -> list[OrgMention]:
    starts = {f.start: f for f in found}
    added: list[OrgMention] = []
    for mention in found:
        at = mention.end
        while m := _LIST_ITEM.match(text, at):
            if m.start(1) in starts:
                break  # the next agency is known: its own turn continues the list
            word = m.group(1)
            if not _SHORT_NAME.match(word) or word.upper() in _NOT_SHORT_NAMES:
                break
            added.append(OrgMention(m.start(1), m.end(1), word, OPD, word, None, 0.5))
            starts[m.start(1)] = added[-1]
            at = m.end(1)
    return added


# Words that may follow an agency's name without being part of it.
_AFTER_NAME = re.compile(
    r"[ \t]+(?:Kabupaten|Kab\.|Kota|Provinsi|Prov\.|Pemkab|Pemkot|Pemprov|Pemda|Setda|DPRD|"
    r"Kepala|Ketua|Sekretaris|Direktur|Dirut)\b"
)


def _cut_short(text: str, end: int, spelling: str) -> bool:
    """ "Dinas PU Cipta Karya": a usual spelling that is only the start of a longer name is not
    that agency ("Dinas PU" is not the regency's DPUPR). A place after it ("Dinkes Sidoarjo")
    or a government ("Dinas PU Pemprov") does not lengthen it."""
    if " " not in spelling:
        return False
    after = re.match(r"[ \t]+([A-Z][\w-]*)", text[end:])
    if after is None or _AFTER_NAME.match(text, end):
        return False
    return not kinds_of(after.group(1))


def _within(claim: tuple[int, int], mentions: list[OrgMention]) -> bool:
    return any(claim == (f.start, f.end) for f in mentions)


def _overlaps(start: int, end: int, claimed: list[tuple[int, int]]) -> bool:
    return any(start < c_end and c_start < end for c_start, c_end in claimed)


def is_kecamatan(mention: OrgMention) -> bool:
    return norm(mention.label).startswith(("kec ", "kecamatan "))


_TAKES_PART = re.compile(
    r"\b(bersama|dengan|antara|menghadirkan|mengundang|memanggil|dihadiri|hadir|ke|diundang|"
    # "“Tadi ada Biro Perekonomian, Dinas Bina Marga ...”": a councillor listing who came.
    r"kepada|undangan|tadi\s+ada)\b",
    re.IGNORECASE,
)
_FUTURE = re.compile(r"\b(akan|berencana|bakal)\b", re.IGNORECASE)
# "penjelasan didapat dari pejabat pembuat komitmen Dinas Kesehatan": who explained took part.
EXPLAINED_BY = re.compile(
    r"\b(?:penjelasan|keterangan|paparan|jawaban)\s+(?:\w+\s+){0,2}?dari\b", re.IGNORECASE
)


_PRESENT_AFTER = re.compile(
    r"\s*(?:\([^)]{1,25}\)\s*)?,?\s*(?:turut\s+|juga\s+)?hadir\b"
    # "Dinas Pendidikan yang mengirim utusan dengan level terlalu rendah": it sent someone.
    r"|\s+(?:yang\s+)?(?:hanya\s+)?(?:mengirim(?:kan)?|mengutus|mewakilkan|diwakili|diwakilkan)\b"
)


# "Perwakilan dari Bappeda serta perwakilan dari Dinas PU": present through a delegate.
_DELEGATE_BEFORE = re.compile(r"\b(?:perwakilan|utusan|wakil)\s+(?:dari\s+)?$", re.IGNORECASE)


def sent_someone(text: str, mention: OrgMention) -> bool:
    """Someone came for the agency: "perwakilan dari Bappeda", "Dinas Pendidikan yang mengirim
    utusan", "Dinkes hadir"."""
    return bool(
        _PRESENT_AFTER.match(text, mention.end)
        or _DELEGATE_BEFORE.search(text[max(0, mention.start - 20) : mention.start])
    )


def takes_part(text: str, sentence_start: int, mention: OrgMention, planned: bool) -> bool:
    """Named after "bersama", "dengan", "dihadiri"... in a sentence about the meeting. A call
    for some later meeting ("akan memanggil") is not attendance, unless the meeting itself is
    still to come."""
    if _PRESENT_AFTER.match(text, mention.end):
        return True  # "Dari Unit Percepatan ... (UP2KP) hadir Direktur Eksekutif, ..."
    before = text[sentence_start : mention.start]
    cues = [*_TAKES_PART.finditer(before), *EXPLAINED_BY.finditer(before)]
    cue = max(cues, key=lambda c: c.end()) if cues else None
    if cue is None or len(before) - cue.end() > 300:
        return False
    return planned or not _FUTURE.search(before)
