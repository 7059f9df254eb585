"""Who the DPRD asks when it is no agency: a company, a contractor, a utility, "all agencies".

"meminta PT KIMA segera ...", "meminta kontraktor ...", "meminta semua dinas ..."; a company's
officer asked in the passive ("direktur utama diminta hadir sendiri"); and whoever does the
work a councillor wants finished ("Kami ingin perbaikan ini selesai tepat waktu" after "perbaikan
bendung yang dikerjakan Perusahaan Air Minum Tirta Karajae").
"""

import re

from extraction.extractor.directory import EXTERNAL
from extraction.extractor.organizations import OrgMention
from extraction.extractor.regions import kinds_of

_GOVERNMENT = (
    r"(?:(?:Penjabat\s+\(Pj\.?\)|Pj\.?|Plt\.?|Plh\.?)\s+)?(?:Wali\s*[Kk]ota|Bupati|Gubernur)"
    r"(?:\s+[A-Z][\w-]*){0,2}"
    r"|(?:Pemkab|Pemkot|Pemprov|Pemda)(?:\s+[A-Z][\w-]*){0,2}"
    r"|[Pp]emerintah\s+(?:daerah|kabupaten|kota|provinsi)(?:\s+[A-Z][\w-]*){0,2}"
)
_CONTRACTOR = re.compile(
    r"(?:pihak\s+)?(kontraktor|rekanan|pelaksana proyek|konsultan(?:\s+pengawas|\s+perencana)?)\b",
    re.IGNORECASE,
)
_COMPANY = re.compile(r"\bPT\.?\s+(?:[A-Z][\w-]*\s?){1,4}")
_OUTSIDE = re.compile(
    r"(?:pihak\s+|manajemen\s+)?((?:PT|CV|PLN|PDAM|Perumda|PAM|Polres|Polda|Polsek|BPN|BPPW|"
    r"Telkom|Pertamina|BPJS|Bank|KPU|Bawaslu)\b(?:\s+(?:[A-Z][\w-]*|[A-Z]{2,}))*"
    r"|(?:semua|seluruh|jajaran|para)\s+(?:kepala\s+)?(?:dinas|OPD)|OPD\b(?:\s+lain)?"
    # "kami ingin agar kepala dinas yang hadir ...": every agency's head.
    r"|kepala\s+dinas(?!\s+[A-Z])"
    # The regional government or its head: "meminta Wali Kota Medan menjatuhkan sanksi",
    # "mendorong Pemkab segera ...", "meminta pemerintah daerah bertindak tegas".
    r"|" + _GOVERNMENT + r")",
)


_ACRONYM = re.compile(r"[A-Z]{2,6}\b")
_NOT_PARTIES = {"DPRD", "DPRK", "DPR", "OPD", "SKPD", "RDP", "RDPU", "WIB", "WITA", "WIT", "APBD"}


def _defined_short_form(text: str, at: int) -> str | None:
    """ "meminta PHR membuka ..." where the report wrote "Pertamina Hulu Rokan (PHR)": a body the
    report named in full and then by its short form."""
    m = _ACRONYM.match(text, at)
    if m is None or m.group(0) in _NOT_PARTIES:
        return None
    full = re.search(r"[A-Z][\w-]+(?:\s+[A-Z][\w-]+)+\s*\(" + m.group(0) + r"\)", text)
    return m.group(0) if full else None


_PIHAK_NAMED = re.compile(r"pihak\s+((?:[A-Z][\w-]*)(?:\s+[A-Z][\w-]*){0,4})")
_UTILITY = re.compile(
    r"(?:PT\s+)?(PLN|Telkom|Pertamina|BPJS(?:\s+Kesehatan|\s+Ketenagakerjaan)?)\b"
)


def _party(start: int, end: int, label: str) -> OrgMention:
    return OrgMention(start, end, label, EXTERNAL, label, None, 0.5)


def with_place(text: str, label: str) -> str:
    """ "PDAM" asked, "Perumda Air Minum (PDAM) Makassar" named before: "PDAM Makassar"; a
    water company the report names in full ("PDAM Gapura Tirta Rahayu") by that name."""
    if " " in label:
        return label
    body = text[text.find("\n") + 1 :]  # a headline capitalises every word
    if label in ("PDAM", "Perumda") and (
        full := re.search(re.escape(label) + r"((?:[ \t]+[A-Z][\w-]+){2,4})", body)
    ):
        return label + full.group(1)
    for m in re.finditer(re.escape(label) + r"\)?[ \t]+([A-Z][\w-]+)", text):
        if kinds_of(m.group(1)):
            return f"{label} {m.group(1)}"
    return label


def contractor_at(text: str, at: int) -> OrgMention | None:
    """ "meminta kontraktor segera ...": the company the report names, if one."""
    contractor = _CONTRACTOR.match(text, at)
    if contractor is None:
        return None
    company = _COMPANY.search(text)
    label = company.group(0).strip() if company else contractor.group(1)
    return _party(at, contractor.end(), label)


def outside_party_at(text: str, at: int) -> OrgMention | None:
    """ "meminta PT KIMA", "meminta pihak PLN", "meminta semua dinas" ("OPD")."""
    outside = _OUTSIDE.match(text, at)
    if outside is None and (defined := _defined_short_form(text, at)):
        return _party(at, at + len(defined), defined)
    if outside is None:
        # "meminta agar pihak Desa Adat Bale Agung segera ...": a party named after "pihak".
        named = _PIHAK_NAMED.match(text, at)
        if named is None or kinds_of(named.group(1)):
            return None
        return _party(at, named.end(), named.group(1))
    label = re.sub(r"^Penjabat\s+\(Pj\.?\)", "Pj.", outside.group(1))
    if re.match(r"(?:semua|seluruh|jajaran|para|OPD|kepala\s+dinas)\b", label):
        label = "OPD"
    elif utility := _UTILITY.match(label):
        # "PLN UPDK Bengkulu", "PT PLN (Persero) Wilayah Riau": the utility, not its unit.
        label = with_place(text, utility.group(1))
    else:
        label = with_place(text, label)
    return _party(at, outside.end(), label)


def outside_party_before(text: str, start: int, at: int) -> OrgMention | None:
    """The outside party named right before `at`: "KPU Maluku harus hadir ..."."""
    for m in re.finditer(r"\b(?=\w)", text[start:at]):
        party = outside_party_at(text, start + m.start())
        if party and at - 2 <= party.end <= at and party.label != "OPD":
            return party
    return None


# "direktur utama diminta hadir sendiri": a company's officer asked, no company named with it.
_OFFICER_ASKED = re.compile(
    r"\b(?:para\s+)?(?:direktur(?:\s+utama)?|dirut|general\s+manager|pimpinan|manajemen)"
    r"(?:\s+perusahaan)?\s+(?:juga\s+)?(?:diminta|diharapkan|wajib|harus)\s+",
    re.IGNORECASE,
)
# "hearing ... dengan 25 perusahaan perkebunan": the companies the meeting was held with.
_COMPANIES = re.compile(
    r"\b(?:dengan|bersama|memanggil|mengundang)\s+(?:\d+\s+|sejumlah\s+|puluhan\s+|para\s+)?"
    r"(perusahaan\s+(?!yang\b|itu\b|tersebut\b)[a-z]+(?:\s+(?:sawit|tambang|swasta))?)\b"
)


def officer_asked(text: str, sentence_start: int, sentence_end: int):
    """(the company, what its officer is asked) for "direktur utama diminta hadir sendiri"."""
    m = _OFFICER_ASKED.search(text, sentence_start, sentence_end)
    if m is None:
        return None
    company = _COMPANY.search(text) or _COMPANIES.search(text)
    if company is None:
        return None
    label = (company.group(1) if company.re is _COMPANIES else company.group(0)).strip()
    officer = re.sub(r"\s+(?:juga\s+)?(?:diminta|diharapkan)\s+$", " ", m.group(0)).strip()
    return _party(m.start(), m.end(), label), f"{officer} {text[m.end() : sentence_end]}"


# "Kami ingin perbaikan ini selesai ...": the work, then who the report says does it.
_WORK = re.compile(
    r"(?:perbaikan|pembangunan|pengerjaan|pekerjaan|proyek|rehabilitasi|renovasi)\b", re.I
)
_DOER = re.compile(
    r"\b(?i:perbaikan|pembangunan|pengerjaan|pekerjaan|proyek|rehabilitasi|renovasi)\b"
    r"[^.]{0,60}?\b(?:dikerjakan|dilaksanakan|ditangani|digarap)\s+(?:oleh\s+)?"
    r"(?!(?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu|Pada|Sejak|Mulai)\b)"
    r"((?:PT\.?\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,5})"
)


def work_doer_at(text: str, at: int, orgs: list[OrgMention]) -> OrgMention | None:
    """Whoever the report says does the work named at `at`: an agency or a company."""
    if not _WORK.match(text, at):
        return None
    doer = _DOER.search(text)
    if doer is None:
        return None
    named = next((o for o in orgs if o.start == doer.start(1)), None)
    return named or _party(doer.start(1), doer.end(1), doer.group(1))
