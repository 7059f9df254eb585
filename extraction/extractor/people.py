"""People named with their office: "Wakil Ketua DPRD Kabupaten Probolinggo, Didik Humaidi,".

Reports introduce a speaker once with the full office, then use one name ("ujar Didik") or a
pronoun ("tegasnya"); `speaker_at` follows that thread so quotes can be attributed.
"""

import datetime
import re
from dataclasses import dataclass

from extraction.extractor.aliases import GENERIC_AGENCIES
from extraction.extractor.directory import DPRD, OPD, Directory, OrgEntry, PersonEntry
from extraction.extractor.organizations import OrgMention
from extraction.extractor.regions import kinds_of
from extraction.extractor.text import Sentence, norm

DPRD_SIDE, OPD_SIDE, OTHER_SIDE = "dprd", "opd", "other"

_OFFICE = re.compile(
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
_TAIL_WORD = re.compile(
    # "Wakil ketua DPRD kota Pontianak, Firdaus": a place's kind in lower case too.
    r"[ \t]+(?:\(?[A-Z0-9][\w.'’/&-]*\)?|dan|dari|pada|di|bidang|urusan|komisi|lain(?:nya)?|"
    r"kota|kabupaten|provinsi|"
    r"\(|\))"
)
# Titles before a name, with or without their dot ("Drs. HM. Sahnan", "KH Ujang Rahmat").
_TITLES = r"(?:(?:dr|drg|Dr|H|Hj|Hi|KH|HM|Ir|Drs|Dra|Prof|Ns|R)(?:\.\s*|[ \t]+(?=[A-Z][a-z])))"
_TITLE_WORDS = {"kh", "hm", "h", "hj", "drs", "dra", "ir", "dr", "drg", "prof", "ns"}
_HONORIFIC = re.compile(r"^(" + _TITLES + r"+)")
# A police or military rank before a name is no part of it: "Kombes I Made Suarta".
# So is how a report addresses someone: "Pak Ahong", "Ibu Hasliana".
_RANK = (
    r"(?:(?:Kombes|AKBP|Kompol|AKP|Iptu|Ipda|Aiptu|Brigjen|Irjen|Letkol|Kolonel|Pak|Bapak|Ibu|Bu|"
    r"Bung)\.?[ \t]+)?"
)
_NAME = re.compile(
    _RANK + r"(" + _TITLES + r"*"
    # Balinese names start with "I" or "Ni" ("I Made Sudiarsa"); "Andi Muh. Takdir" shortens.
    # "M Zakaria Dimas", "HT Bahrumsyah": an initial without its dot before the name.
    # "Moh. Fadli Lahama", "M. Syahrial": a first name shortened with its dot.
    r"(?:(?:I|Ni|[A-Z]|H[A-Z])(?=[ \t]+[A-Z][a-z]{2})[ \t]+|[A-Z][a-z]{0,2}\.[ \t]+(?=[A-Z][a-z]))?"
    r"[A-Z][a-zA-Z'’-]+"
    r"(?:[ \t]+(?:[A-Z][a-z]{0,2}\.(?=[ \t]+[A-Z])|[A-Z][a-zA-Z'’-]*(?!\.\w))){0,4})"
    # What may follow a name: punctuation, a lower-case word, or a degree ("Imustiar S.IP").
    r"(?=\s*(?:,|\(|\)|\.|$|\s+[a-z])|[ \t]+[A-Z]{1,2}[a-z]{0,3}\.[A-Za-z])"
)
_AGENCY_WORDS = {s for spellings in GENERIC_AGENCIES.values() for s in spellings}
_NOT_NAMES = {
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
_NUMERAL = re.compile(r"^[IVXL]+$")
_DPRD_TITLE = re.compile(
    r"\b(DPRD|DPRK|DPR Papua|DPRP|Politisi|Politikus|Legislator|Pimpinan Rapat|"
    r"[Kk]omisi|Fraksi|Dewan|Banggar|Badan Anggaran|Bapemperda|Pansus|Panitia Khusus|"
    r"Bamus|Badan Musyawarah|Badan Kehormatan|Banleg|Badan Legislasi|Banmus)\b"
)
_EXECUTIVE_TITLE = re.compile(
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


def _strip_honorific(name: str) -> str:
    return _DEGREES.sub("", _HONORIFIC.sub("", name)).strip()


def _org_in(span: tuple[int, int], orgs: list[OrgMention]) -> list[OrgMention]:
    return [o for o in orgs if span[0] <= o.start and o.end <= span[1]]


def _side(title: str, inside: list[OrgMention]) -> str:
    # The secretariat's staff serve the DPRD but are civil servants: "staf komisi, Rina".
    if re.search(r"\bSekretari(?:s|at) DPRD\b|^[Ss]taf\b", title):
        return OPD_SIDE
    if _DPRD_TITLE.search(title):
        return DPRD_SIDE
    if any(o.kind == OPD for o in inside) or _EXECUTIVE_TITLE.search(title):
        return OPD_SIDE
    return OTHER_SIDE


def _title_org(side: str, inside: list[OrgMention]) -> OrgMention | None:
    if side == DPRD_SIDE:
        bodies = [o for o in inside if o.kind != DPRD and o.kind != OPD]
        dprds = [o for o in inside if o.kind == DPRD]
        return (bodies or dprds or [None])[0]
    if side == OPD_SIDE:
        return next((o for o in inside if o.kind == OPD), None)
    return None


def find_people(
    text: str, orgs: list[OrgMention], directory: Directory, day: datetime.date | None
) -> list[PersonMention]:
    found: dict[str, PersonMention] = {}
    for m in _OFFICE.finditer(text):
        mention = _titled_person(text, m, orgs, directory)
        if mention and norm(mention.name) not in found:
            found[norm(mention.name)] = mention
    _listed_people(text, found, orgs)
    for entry in directory.people:
        _add_directory_person(text, entry, found, directory, day)
    people: dict[str, PersonMention] = {}
    for person in sorted(found.values(), key=lambda p: -len(p.name)):
        if (
            person.entry is None
            and " " not in person.name
            and (person.name.isupper() or norm(person.name) in _AGENCY_WORDS)
        ):
            continue  # "anggota pansus LKPJ", "Kesbangpol": a short form, no name
        # "Faizal SE, Kepala Dinas ...", "Reflita S.Pd": degrees are no part of a name.
        person.name = _strip_honorific(person.name) or person.name
        words = set(norm(person.name).split())
        if any(words < set(key.split()) for key in people):
            continue  # "Nizar" after "M. Nizar": the same person named short
        people.setdefault(norm(person.name), person)
    return sorted(people.values(), key=lambda p: p.start)


def _titled_person(text, m, orgs, directory) -> PersonMention | None:
    position, tail_end = m.end(), m.end()
    words = 0
    while words < 12 and (w := _TAIL_WORD.match(text, position)):
        if w.group(0).endswith(".") and w.group(0).strip(" \t().") not in _ABBREVIATIONS:
            break  # "... Markus Tandi Lolo. Wakil Ketua I": the sentence has ended
        bracket = re.match(r"[ \t]*\((?=[A-Z][a-z])", text[position:])
        person = _name_at(text, position + bracket.end()) if bracket else None
        if person and " " not in person[2] and text[person[1] : person[1] + 1] == ")":
            person = None  # "(Dishubkominfo)": a short form, no name
        if person and not any(o.start <= person[0] < o.end for o in orgs):
            # "Ketua Komisi III DPRD Pelalawan (Imustiar S.IP)": the name in brackets.
            return _person(text, m.start(), position, person, orgs, directory)
        position = w.end()
        words += 1
        if (comma := re.match(r"\s*,\s*", text[position:])) and (
            person := _name_at(text, position + comma.end())
            or _name_after_place(text, position + comma.end())
        ):
            return _person(text, m.start(), position, person, orgs, directory)
        tail_end = position
    # No comma between office and name: "Ketua Komisi III Mochammad Al-Fatih mengatakan".
    # The nearest agency the name follows: "Kabid Bapenda Indra Lesmana dan Kasubid Bapenda
    # Herlina" names Indra for the first office.
    ends = sorted({o.end for o in orgs if m.end() <= o.end <= tail_end})
    for end in ends:
        # "Plt Kepala Dinkes Kota Tarakan Witoyo": the agency's town before the name.
        if place := _TOWN_AFTER.match(text, end):
            end = place.end() if kinds_of(place.group(1)) else end
        person = _name_at(text, end + 1) if text[end : end + 1] == " " else None
        if (
            person
            and (
                " " in person[2]
                or _SAID_AFTER.match(text, person[1])
                # "... Witoyo.", "Komisi C Margaret, mengatakan" (not "Damkar Morut, Wakapolres").
                or re.match(r"\.|,\s+[a-z]", text[person[1] : person[1] + 4])
            )
        ):
            return _person(text, m.start(), end, person, orgs, directory)
    # "Direktur Utama RS AR Bunda dr. H. Syamsul Rizal SpOG MM": a titled name ends the office.
    if re.match(r" " + _TITLES, text[tail_end:]) and (person := _name_at(text, tail_end + 1)):
        return _person(text, m.start(), tail_end, person, orgs, directory)
    # "Kabid Anggaran BKAD Dedi Kurniawan,": the name after a short form no list knows.
    after_acronym = re.search(
        r"\b(?!PT\b|CV\b)[A-Z]{2,}\b[ \t]+((?:[A-Z][a-z]+[ \t]*){2,4})$", text[m.end() : tail_end]
    )
    if after_acronym and re.match(r"\s*(?:,|\.|\s[a-z])", text[tail_end : tail_end + 3]):
        start = m.end() + after_acronym.start(1)
        if person := _name_at(text, start):
            return _person(text, m.start(), start - 1, person, orgs, directory)
    # A bare office right before the name: "didampingi Wakil Ketua Yohanis Magai dan Sekretaris
    # Markus Tandi Lolo": of the body the sentence is about.
    if _BARE_OFFICE.fullmatch(m.group(0)) and text[m.end() : m.end() + 1] == " ":
        person = _name_at(text, m.end() + 1)
        if person and not any(o.start == person[0] for o in orgs) and " " in person[2]:
            return _person(text, m.start(), m.end(), person, orgs, directory)
    return None


_ABBREVIATIONS = {
    "Kab",
    "Kec",
    "Kel",
    "Prov",
    "Ds",
    "H",
    "Hj",
    "Dr",
    "Ir",
    "Drs",
    "Muh",
    "Moh",
    "St",
}
# "Kepala Dinkes Budi mengatakan": one word after an office without a comma is a name only when
# the sentence goes on with what was said ("Kadis Disperindagkop Halbar" is a place).
_SAID_AFTER = re.compile(
    r"\s+(?:mengatakan|menyampaikan|menjelaskan|menegaskan|menyebut|mengungkapkan|meminta)\b"
)
_TOWN_AFTER = re.compile(
    r"[ \t]+(?:Kota|Kabupaten|Kab\.)[ \t]+([A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)(?=[ \t]+[A-Z])"
)
_BARE_OFFICE = re.compile(r"(?:Wakil\s+Ketua|Sekretaris|Anggota)")
# "Wakil Ketua I DPRD Babel, Firmansyah, dan Wakil Ketua III, Junaidi": an office named bare
# after a DPRD office is of the same DPRD.
_BARE_TITLE = re.compile(r"(?:Wakil\s+)?(?:Ketua|Sekretaris|Anggota)(?:\s+[IVX\d]+)?")


# "Sekretaris Dinas PUPR, Palopo, Ibnu Rus": the office's town between office and name.
_PLACE_WORDS = re.compile(
    r"((?:Kabupaten[ \t]+|Kota[ \t]+)?[A-Z][a-z]+(?:[ \t]+[A-Za-z][a-z]+)?),\s*"
)


def _name_after_place(text: str, position: int) -> tuple[int, int, str] | None:
    """ "Sekretaris Dinas PUPR, Palopo, Ibnu Rus", "Ketua DPRD Sumenep, Jawa timur, Abdul"."""
    place = _PLACE_WORDS.match(text, position)
    if place and (kinds_of(place.group(1)) or kinds_of(place.group(1).title())):
        return _name_at(text, place.end())
    return None


def _name_at(text: str, position: int) -> tuple[int, int, str] | None:
    m = _NAME.match(text, position)
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
    first = norm(_strip_honorific(name)).split()[:1]
    if not first or first[0] in _NOT_NAMES or kinds_of(name):
        return None  # an office's place ("Setdakab Sinjai, ...") is no name
    if _OFFICE.match(text, m.start(1)):
        return None  # "Kepala Dinas Kebudayaan, Perbekel Cemagi serta ...": another office
    if name.isupper() and " " not in name:
        return None  # "Sekda KBB": a place's short form, no name
    return m.start(1), m.end(1), name


# Members listed without an office each: "serta anggota Nason Uti, Natan Pahabol dan Pieter
# Kwano"; a resident or activist named before what they are: "Aswar, salah seorang warga".
_NAME_WORDS = (
    r"(?:(?:H|Hj|KH|HM|dr|Ir|Drs)\.?[ \t]+(?=[A-Z][a-z]))?"
    r"(?:(?:I|Ni)[ \t]+|[A-Z][a-z]{0,2}\.[ \t]+(?=[A-Z][a-z]))?[A-Z][a-zA-Z'’-]+"
    r"(?:[ \t]+[A-Z][a-zA-Z'’-]+){0,3}"
)
_MEMBERS = re.compile(
    r"\b[Aa]nggota(?:[ \t]+(?:[Kk]omisi|DPRD|DPRK|[Pp]ansus|Banleg|Banggar)(?:[ \t]+[IVX\dA-F]+)?)?"
    # "anggota Komisi B lainnya, yakni Cendrana ..., Chairil Natsir, dan Awaluddin Saruman".
    r"(?:[ \t]+lain(?:nya)?)?(?:,?[ \t]+(?:yakni|yaitu|antara[ \t]+lain|masing-masing|"
    # "anggota Komisi I diantaranya, Laurenzus Kadepa, ...", "termasuk Simon Dima, ...".
    r"di[ \t]?antaranya|termasuk),?)?"
    r"[ \t]+((?:" + _NAME_WORDS + r")(?:[ \t]*\([^)]{1,30}\))?"
    r"(?:(?:,[ \t]*|,?[ \t]+dan[ \t]+|,?[ \t]+serta[ \t]+)(?:" + _NAME_WORDS + r")"
    r"(?:[ \t]*\([^)]{1,30}\))?)*)"
)
_DESCRIBED = re.compile(
    # "“...,” ungkap Aswar, salah seorang warga": also right after the verb that ends a quote.
    r"(?:(?<![\w,] )|(?<=\bungkap )|(?<=\bkata )|(?<=\bujar )|(?<=\btegas )|(?<=\bjelas ))("
    + _NAME_WORDS
    + r"),[ \t]+(?:salah[ \t]+seorang|seorang)[ \t]+"
    r"(warga|pedagang|petani|nelayan|aktivis|pengurus|anggota)\b"
)


_NAMED_AFTER_YAKNI = re.compile(
    r"\b((?i:kepala|ketua|sekretaris|direktur|camat)\b[^,.]{3,50}?)\s+(?:yakni|yaitu)\s+("
    + _NAME_WORDS
    + r")(?=[ \t]*[,.)]|[ \t]+[a-z])"
)
_SAID_BY = re.compile(
    r"[,.]?[”\"]\s*(?:ucap|kata|ujar|tegas|ungkap|jelas|tutur|imbuh|pungkas|tandas|sebut)\s+("
    + _NAME_WORDS
    + r")(?=[ \t]*[,.(]|[ \t]+(?:saat|ketika|usai|kepada|di|dalam)\b)"
)
_FROM_PARTY = re.compile(
    r"\b[Dd]ari\s+(?:pihak\s+)?((?:PT\.?\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}),\s+("
    + _NAME_WORDS
    + r")"
    r"(?=[ \t]*[,.]|[ \t]+[a-z])"
)
_READ_BY = re.compile(
    r"\b[Ff]raksi\b[^.]{0,80}?\b(?:dibacakan|disampaikan)\s+oleh\s+(" + _NAME_WORDS + r")"
    r"|\b[Ff]raksi\b[^.]{0,80}?\bjuru\s+bicara(?:nya)?,?\s+(" + _NAME_WORDS + r")"
)
_OF_FRACTION = re.compile(
    r"\b(" + _NAME_WORDS + r")(?:[ \t]+dari[ \t]+Fraksi\b|[ \t]*\(F[-.\s]*[A-Z][\w ]{1,20}\))"
)
_REPRESENTED = re.compile(
    r"\bdiwakili(?:[ \t]+oleh)?[ \t]+(?:[A-Za-z]+[ \t]+){0,4}?(?:[A-Za-z]+,[ \t]*)?("
    + _NAME_WORDS
    + r")"
    r"(?=[ \t]*[,.)]|[ \t]+[a-z])"
)
_SAID = (
    "kata", "ujar", "menurut", "oleh", "tegas", "ungkap", "jelas", "tutur", "imbuh", "ucap",
    "terang", "papar", "sebut", "pungkas", "kata dia",
)  # fmt: skip
# Where a name before its office starts: a sentence, or the verb after the quote it ends ("“...,”
# tegas Rina Wulandari, Ketua Komisi B DPRD Medan.").
_NAME_FIRST = r"(?:^|(?<=[.!?]\s)|(?<=\n)|" + "|".join(rf"(?<={verb}\s)" for verb in _SAID) + r")"
_BEFORE_OFFICE = re.compile(
    _NAME_FIRST + r"(" + _NAME_WORDS + r"),[ \t]+"
    r"((?:Wakil[ \t]+Ketua|Ketua|Sekretaris|Anggota|Kepala|Direktur|Koordinator)\b[^,.]{3,80})"
    r"(?:,|\.(?=\s|$)|$)"
    # "Rina Wulandari selaku Ketua Komisi III meminta ...": the office is its capitalised words.
    r"|" + _NAME_FIRST + r"(" + _NAME_WORDS + r"),?[ \t]+selaku[ \t]+("
    r"(?:(?:Plt|Plh)\.?[ \t]+)?(?i:wakil[ \t]+ketua|ketua|sekretaris|anggota|kepala|direktur|"
    r"koordinator)(?:[ \t]+(?:[A-Z0-9][\w.'’/&-]*|dan|dari|DPRD))*)",
    re.MULTILINE,
)


def _listed_people(text: str, found: dict, orgs: list[OrgMention]) -> None:
    for m in _MEMBERS.finditer(text):
        names = re.split(
            r"[ \t]*\([^)]*\)|,?[ \t]+dan[ \t]+|,?[ \t]+serta[ \t]+|,[ \t]*", m.group(1)
        )
        at, listed = m.start(1), False
        for name in filter(None, (n.strip() for n in names)):
            start = text.find(name, at)
            at = start + len(name)
            first = norm(name).split()[0]
            if first in _NOT_NAMES or _NUMERAL.match(name) or kinds_of(name):
                if listed:
                    break  # "anggota Komisi II, Ahmad, dan Kepala Dinas ...": the list ended
                continue
            if norm(name) in _TITLE_WORDS:
                continue  # "Anggota Banggar, KH. Ahmad": the title before the name
            listed = True
            if norm(name) in found:
                continue
            found[norm(name)] = PersonMention(
                start, start + len(name), name, "Anggota", DPRD_SIDE, None, None, 0.6
            )
    for m in _REPRESENTED.finditer(text):
        # "Kepala Dinkes yang diwakili Sekretaris Dinkes, Ana Rahma": the one who came.
        name = m.group(1)
        if norm(name).split()[0] in _NOT_NAMES or norm(name) in found or kinds_of(name):
            continue
        found[norm(name)] = PersonMention(m.start(1), m.end(1), name, "", OPD_SIDE, None, None, 0.5)
    for m in _BEFORE_OFFICE.finditer(text):
        # "Hamzah Ridwan, Ketua Komisi I DPRD Majene, mengatakan": the name before the office.
        at = 1 if m.group(1) else 3
        name, title = m.group(at), m.group(at + 1)
        if norm(name).split()[0] in _NOT_NAMES or norm(name) in found or kinds_of(name):
            continue
        # The agency or body in the office is whom the person speaks for, as with the office
        # written first ("Bambang, Kepala DPUPR, memastikan pihaknya ..." promises for DPUPR).
        inside = _org_in(m.span(at + 1), orgs)
        side = _side(title, inside)
        found[norm(name)] = PersonMention(
            m.start(at), m.end(at), name, title, side, _title_org(side, inside), None, 0.5
        )
    for m in _NAMED_AFTER_YAKNI.finditer(text):
        # "kepala dinas kesehatan yakni Febria Rachmanita": an office, then who holds it.
        name = m.group(2)
        if norm(name).split()[0] in _NOT_NAMES or norm(name) in found or kinds_of(name):
            continue
        side = DPRD_SIDE if re.search(r"(?i)komisi|dprd|dewan|fraksi", m.group(1)) else OPD_SIDE
        found[norm(name)] = PersonMention(
            m.start(2), m.end(2), name, m.group(1), side, None, None, 0.5
        )
    for m in _FROM_PARTY.finditer(text):
        # "Dari pihak PDAM, Yunita memastikan ...": who speaks for an outside party.
        name = m.group(2)
        if norm(name).split()[0] in _NOT_NAMES or norm(name) in found or kinds_of(name):
            continue
        inside = _org_in(m.span(1), orgs)
        side = OPD_SIDE if any(o.kind == OPD for o in inside) else OTHER_SIDE
        found[norm(name)] = PersonMention(
            m.start(2), m.end(2), name, f"Perwakilan {m.group(1)}", side,
            _title_org(side, inside), None, 0.5,
        )  # fmt: skip
    for m in _READ_BY.finditer(text):
        # "pandangan umum fraksi dibacakan oleh Agus Sugianto", "melalui juru bicaranya Sahlan".
        name = m.group(1) or m.group(2)
        if norm(name).split()[0] in _NOT_NAMES or norm(name) in found or kinds_of(name):
            continue
        at = m.start(1) if m.group(1) else m.start(2)
        found[norm(name)] = PersonMention(
            at, at + len(name), name, "Fraksi", DPRD_SIDE, None, None, 0.5
        )
    for m in _OF_FRACTION.finditer(text):
        # "Hal senada disampaikan Dedi Kuswandi dari Fraksi Gerindra": a councillor.
        name = m.group(1)
        if norm(name).split()[0] in _NOT_NAMES or norm(name) in found or kinds_of(name):
            continue
        found[norm(name)] = PersonMention(
            m.start(1), m.end(1), name, "Fraksi", DPRD_SIDE, None, None, 0.5
        )
    for m in _DESCRIBED.finditer(text):
        name = m.group(1)
        if norm(name).split()[0] in _NOT_NAMES or norm(name) in found or kinds_of(name):
            continue
        found[norm(name)] = PersonMention(
            m.start(1), m.end(1), name, m.group(2), OTHER_SIDE, None, None, 0.5
        )
    for m in _SAID_BY.finditer(text):
        # "... tidak boleh diwakilkan,” ucap Junaedi, Selasa (28/8/2018).": a speaker named only
        # after the verb, whose office the report gave just before without a name.
        name = m.group(1)
        first = norm(name).split()[0]
        if (
            first in _NOT_NAMES
            or kinds_of(name)
            or any(first in p.short_names for p in found.values())
        ):
            continue
        before = text[max(0, m.start() - 300) : m.start()]
        side = (
            DPRD_SIDE
            if _DPRD_TITLE.search(before)
            else OPD_SIDE
            if _EXECUTIVE_TITLE.search(before)
            else OTHER_SIDE
        )
        found[norm(name)] = PersonMention(m.start(1), m.end(1), name, "", side, None, None, 0.4)


def _person(text, start, title_end, person, orgs, directory) -> PersonMention:
    name_start, name_end, written = person
    title = text[start:title_end].strip()
    inside = _org_in((start, title_end), orgs)
    side = _side(title, inside)
    if side == OTHER_SIDE and _BARE_TITLE.fullmatch(title):
        if _DPRD_TITLE.search(text[max(0, start - 120) : start]):
            side = DPRD_SIDE
    name = _strip_honorific(written)
    entry = _directory_person(name, directory)
    confidence = 0.9 if entry else 0.8
    return PersonMention(
        start, name_end, name, title, side, _title_org(side, inside), entry, confidence
    )


def _directory_person(name: str, directory: Directory) -> PersonEntry | None:
    wanted = norm(name)
    for entry in directory.people:
        if wanted in (norm(_strip_honorific(entry.name)), norm(entry.form_of_address)):
            return entry
    return None


def _add_directory_person(text, entry, found, directory: Directory, day) -> None:
    """Someone the directory knows, named without an office we could read."""
    name = _strip_honorific(entry.name)
    key = norm(name)
    if key in found or not key:
        return
    m = re.search(r"(?<![\w])" + re.escape(name) + r"(?![\w])", text)
    if not m:
        return
    offices = [o for o in entry.offices if o.held_on(day)] or list(entry.offices)
    office = offices[0] if offices else None
    org: OrgEntry | None = directory.by_id.get(office.organization_id) if office else None
    side = OTHER_SIDE
    if org is not None:
        side = OPD_SIDE if org.kind in (OPD, "external") else DPRD_SIDE
    title = office.label if office else ""
    found[key] = PersonMention(m.start(), m.end(), name, title, side, None, entry, 0.6)


def speaker_at(
    sentence: Sentence, people: list[PersonMention], previous: PersonMention | None
) -> PersonMention | None:
    """Who is speaking in a sentence: a person named in it, else the last one named before."""
    named = [p for p in people if sentence.start <= p.start < sentence.end]
    if named:
        return named[0]
    words = set(norm(sentence.text).split())
    for person in people:
        if person.start < sentence.end and person.short_names & words:
            return person
    return previous
