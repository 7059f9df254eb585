"""How a person is written in a report: the offices, titles, ranks, degrees and forms of
address around a name, which words are no name, and which side of the meeting an office is on."""

import re
from dataclasses import dataclass

from extraction.extractor.aliases import GENERIC_AGENCIES
from extraction.extractor.directory import DPRD, OPD, PersonEntry
from extraction.extractor.organizations import OrgMention
from extraction.extractor.regions import kinds_of
from extraction.extractor.text import norm

DPRD_SIDE, OPD_SIDE, OTHER_SIDE = "dprd", "opd", "other"

OFFICE = re.compile(
    r"\b(?:(?:Plt|Plh)\.?\s+)?(?:Wakil\s+[Kk]etua|Ketua|Sekretaris|Anggota|Kepala|Kadis|Kabid|"
    r"Kasubid|Kasubag|Kasubbag|Kasi|Kasie|Sekdis|"
    r"Kabag|Camat|Wakil\s+Bupati|Bupati|Wakil\s+Wali\s*Kota|Wali\s*Kota|Sekda|Direktur|"
    r"Kasatpol\s+PP|Kalaksa|Koordinator|Perwakilan|Juru\s+[Bb]icara|Jubir|Asisten|Inspektur|"
    r"Politisi|Politikus|Legislator|Staf\s+Ahli|Kapolres|Kapolsek|Kapolda|Kasat\s+\w+|AKBP|"
    r"Kompol|AKP|Iptu|Ipda|Aiptu|Dirut|Direktur\s+Utama|General\s+Manager|Manajer|Manager|"
    # "Kadisbud Badung, I Gede ...", "Perbekel Cemagi, I Putu ...", "Kombes I Made ...".
    r"Wakil\s+Gubernur|Gubernur|Pj\.?\s+(?:Bupati|Wali\s*Kota|Gubernur)|Kadis\w+|Kadin\w+|"
    r"Perbekel|Bendesa|Lurah|Kades|Kombes|Brigjen|Irjen|Kapolresta|Dandim|Kajari|Kajati)\b"
    # A lower-case office only where a sentence or clause starts: "sekretaris komisi III, Puji".
    r"|(?:(?<=^)|(?<=[.!?]\s)|(?<=\n))(?:wakil\s+ketua|ketua|sekretaris|anggota|kepala)\b"
    # "Rombongan dipimpin koordinator komisi, Suyuti": an office after who led the party.
    r"|(?<=dipimpin\s)(?:koordinator|wakil\s+ketua|ketua|sekretaris)\b"
    # "... kata ketua komisi III Rudi": a lower-case office of the DPRD anywhere.
    r"|(?:wakil\s+)?(?:ketua|sekretaris|anggota)(?=\s+(?i:komisi|dprd|fraksi|pansus|banggar|"
    r"bapemperda|badan|dewan)\b)"
    # "memerintahkan staf komisi, Rina", "perwakilan Kementerian Kehutanan di Pontianak, Andi".
    r"|staf(?=\s+(?:komisi|ahli|sekretariat|dprd)\b)"
    r"|perwakilan(?=\s+(?:Kementerian|Kanwil|Balai|Kantor|Badan|Dinas|PT|Polda|Polres|BPN)\b)",
    re.MULTILINE,
)
# "Kepala Bidang Bina Marga pada DPUPR, Yudi": an office goes on through "dan", "pada" ...
TAIL_WORD = re.compile(
    # "Wakil ketua DPRD kota Pontianak, Firdaus": a place's kind in lower case too.
    r"[ \t]+(?:\(?[A-Z0-9][\w.'’/&-]*\)?|dan|dari|pada|di|bidang|urusan|komisi|lain(?:nya)?|"
    r"kota|kabupaten|provinsi|"
    r"\(|\))"
)
# Titles before a name, with or without their dot ("Drs. HM. Sahnan", "KH Ujang Rahmat").
TITLES = r"(?:(?:dr|drg|Dr|H|Hj|Hi|KH|HM|Ir|Drs|Dra|Prof|Ns|R)(?:\.\s*|[ \t]+(?=[A-Z][a-z])))"
TITLE_WORDS = {"kh", "hm", "h", "hj", "drs", "dra", "ir", "dr", "drg", "prof", "ns"}
HONORIFIC = re.compile(r"^(" + TITLES + r"+)")
# A police or military rank before a name is no part of it: "Kombes I Made Suarta".
# So is how a report addresses someone: "Pak Ahong", "Ibu Hasliana".
_RANK = (
    r"(?:(?:Kombes|AKBP|Kompol|AKP|Iptu|Ipda|Aiptu|Brigjen|Irjen|Letkol|Kolonel|Pak|Bapak|Ibu|Bu|"
    r"Bung)\.?[ \t]+)?"
)
NAME = re.compile(
    _RANK + r"(" + TITLES + r"*"
    # Balinese names start with "I" or "Ni" ("I Made Sudiarsa"); "Andi Muh. Takdir" shortens.
    # "M Zakaria Dimas", "HT Bahrumsyah": an initial without its dot before the name.
    # "Moh. Fadli Lahama", "M. Syahrial": a first name shortened with its dot.
    r"(?:(?:I|Ni|[A-Z]|H[A-Z])(?=[ \t]+[A-Z][a-z]{2})[ \t]+|[A-Z][a-z]{0,2}\.[ \t]+(?=[A-Z][a-z]))?"
    r"[A-Z][a-zA-Z'’-]+"
    r"(?:[ \t]+(?:[A-Z][a-z]{0,2}\.(?=[ \t]+[A-Z])|[A-Z][a-zA-Z'’-]*(?!\.\w))){0,4})"
    # What may follow a name: punctuation, a lower-case word, or a degree ("Imustiar S.IP").
    r"(?=\s*(?:,|\(|\)|\.|$|\s+[a-z])|[ \t]+[A-Z]{1,2}[a-z]{0,3}\.[A-Za-z])"
)
AGENCY_WORDS = {s for spellings in GENERIC_AGENCIES.values() for s in spellings}
NOT_NAMES = {
    "dprd", "komisi", "kabupaten", "kota", "dinas", "badan", "pemkab", "pemkot", "kami", "ia",
    "dia", "rapat", "fraksi", "kecamatan", "desa", "pansus", "banggar", "rsud", "kantor", "dewan",
    "para", "seluruh", "sekretaris", "ketua", "wakil", "anggota", "kepala", "bupati", "camat",
    "direktur", "pemerintah", "tim", "bagian", "biro", "inspektorat", "sekretariat", "setda",
    "pt", "pdam", "perusahaan", "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu",
    "januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september",
    "oktober", "november", "nopember", "desember", "pembahasan", "hadir", "gedung", "ruang",
    "rumah", "hotel", "balai", "polres", "politisi", "partai", "dprk", "dprp", "banleg",
    "bapemperda", "bamus", "banmus",
    # Offices written short, in a list of who was absent: "Kadis PUPR, Kadis Perindag, UPTD ...".
    "kadis", "kabid", "kabag", "kasubag", "kasubbag", "kasi", "sekdis", "plt", "plh", "uptd",
    "upt", "lurah", "kades", "asisten", "staf", "kapolres", "kapolsek", "kasat", "dirut",
    "manajer", "kasatpol", "sekwan", "kadin",
    # Institutions written before a member's name: "anggota Bawaslu Maluku Hasan Rumakat".
    "bawaslu", "kpu", "polda", "kejari", "kejaksaan", "bpk", "ombudsman", "kementerian", "dapil",
    "jawa", "sumatera", "kalimantan", "sulawesi", "papua", "bali", "maluku",
    # Sentence adverbs and headline verbs: "Kemudian Jumaga bertanya", "DPRD Kotabaru Gelar".
    # ("Lalu" is also the Sasak title before a name: "Lalu Muhsin".)
    "kemudian", "selanjutnya", "namun", "sementara", "gelar", "dpr", "provinsi",
    "wakapolres", "koramil", "danramil", "polsek", "kodim", "dandim", "setdakab", "setdakot",
    "setkab", "setkot", "pulau", "kelurahan",
}  # fmt: skip
# "Anggota Komisi III, Hendra": the body's numeral is no name.
NUMERAL = re.compile(r"^[IVXL]+$")
DPRD_TITLE = re.compile(
    r"\b(DPRD|DPRK|DPR Papua|DPRP|Politisi|Politikus|Legislator|Pimpinan Rapat|"
    r"[Kk]omisi|Fraksi|Dewan|Banggar|Badan Anggaran|Bapemperda|Pansus|Panitia Khusus|"
    r"Bamus|Badan Musyawarah|Badan Kehormatan|Banleg|Badan Legislasi|Banmus)\b"
)
EXECUTIVE_TITLE = re.compile(
    r"\b(Bupati|Wali\s*Kota|Gubernur|Sekda|Sekretaris Daerah|Camat|Asisten|Inspektur|Pemkab|Pemkot|"
    r"RSUD|Dinas|Kasatpol|Kalaksa|Kadis\w*|Lurah|Kades|Kepala Desa|Perbekel|Kabid|Kabag|Kasubid|"
    r"Kasubag|Kasubbag|Kasi|Kasie|Sekdis)\b"
)


@dataclass
class PersonMention:
    start: int
    end: int
    name: str
    title: str
    side: str
    organization: OrgMention | None
    entry: PersonEntry | None
    confidence: float

    @property
    def short_names(self) -> set[str]:
        return {t for t in norm(self.name).split() if len(t) >= 4}


# Degrees written after a name without their dots: "Bambang Sutrisno ST MT".
_DEGREES = re.compile(
    r"(?:,?[ \t]+(?:ST|MT|SH|MH|SE|MM|MSi|MPd|SPd|SKM|MKes|SKom|SSos|SIP|MAP|MBA|PhD|SAg|MAg|"
    r"SKep|SP|MP|SSi|SSTP|MSc|SHI|SPdI|MPdI|Ak|MIP|MA|MKn|SIKom|MKM|Sp[A-Z]\w{0,3}|S\.\w{1,4}|M\.\w{1,4})\.?)+$"
)


def strip_honorific(name: str) -> str:
    return _DEGREES.sub("", HONORIFIC.sub("", name)).strip()


def orgs_within(span: tuple[int, int], orgs: list[OrgMention]) -> list[OrgMention]:
    return [o for o in orgs if span[0] <= o.start and o.end <= span[1]]


def side_of_office(title: str, inside: list[OrgMention]) -> str:
    # The secretariat's staff serve the DPRD but are civil servants: "staf komisi, Rina".
    if re.search(r"\bSekretari(?:s|at) DPRD\b|^[Ss]taf\b", title):
        return OPD_SIDE
    if DPRD_TITLE.search(title):
        return DPRD_SIDE
    if any(o.kind == OPD for o in inside) or EXECUTIVE_TITLE.search(title):
        return OPD_SIDE
    return OTHER_SIDE


def office_org(side: str, inside: list[OrgMention]) -> OrgMention | None:
    if side == DPRD_SIDE:
        bodies = [o for o in inside if o.kind != DPRD and o.kind != OPD]
        dprds = [o for o in inside if o.kind == DPRD]
        return (bodies or dprds or [None])[0]
    if side == OPD_SIDE:
        return next((o for o in inside if o.kind == OPD), None)
    return None


_PLACE_WORDS = re.compile(
    r"((?:Kabupaten[ \t]+|Kota[ \t]+)?[A-Z][a-z]+(?:[ \t]+[A-Za-z][a-z]+)?),\s*"
)


def name_after_place(text: str, position: int) -> tuple[int, int, str] | None:
    """ "Sekretaris Dinas PUPR, Palopo, Ibnu Rus", "Ketua DPRD Sumenep, Jawa timur, Abdul"."""
    place = _PLACE_WORDS.match(text, position)
    if place and (kinds_of(place.group(1)) or kinds_of(place.group(1).title())):
        return name_at(text, place.end())
    return None


def name_at(text: str, position: int) -> tuple[int, int, str] | None:
    m = NAME.match(text, position)
    if not m:
        return None
    name = m.group(1).strip()
    if re.match(r"[A-Z] ", name) and re.search(
        # "Wakil Ketua I Yulius Saman": the office's numeral, then the name.
        r"\b(?:Pansus|Komisi|Panja|Fraksi|Ketua)\s+$",
        text[:position],
    ):
        # "Ketua Pansus B Fitri Maryani": the body's letter, then the name.
        name = name[2:]
        return (m.start(1) + 2, m.end(1), name) if " " in name else None
    first = norm(strip_honorific(name)).split()[:1]
    if not first or first[0] in NOT_NAMES or kinds_of(name):
        return None  # an office's place ("Setdakab Sinjai, ...") is no name
    if OFFICE.match(text, m.start(1)):
        return None  # "Kepala Dinas Kebudayaan, Perbekel Cemagi serta ...": another office
    if name.isupper() and " " not in name:
        return None  # "Sekda KBB": a place's short form, no name
    return m.start(1), m.end(1), name


# Members listed without an office each: "serta anggota Nason Uti, Natan Pahabol dan Pieter
# Kwano"; a resident or activist named before what they are: "Aswar, salah seorang warga".
NAME_WORDS = (
    r"(?:(?:H|Hj|KH|HM|dr|Ir|Drs)\.?[ \t]+(?=[A-Z][a-z]))?"
    r"(?:(?:I|Ni)[ \t]+|[A-Z][a-z]{0,2}\.[ \t]+(?=[A-Z][a-z]))?[A-Z][a-zA-Z'’-]+"
    r"(?:[ \t]+[A-Z][a-zA-Z'’-]+){0,3}"
)
