"""Where the meeting took place, and what it was about (topics and linked legislation)."""

import re
from dataclasses import dataclass

from extraction.extractor.directory import Directory, LegislationEntry, VenueEntry, region_of
from extraction.extractor.kinds import is_meeting_sentence
from extraction.extractor.organizations import OrgMention
from extraction.extractor.text import Sentence, norm, tokens


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    label: str
    confidence: float
    entry: object = None


_STOP = (
    r"(?=\s*(?:[.;\n]|$|,\s*(?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu|pukul|yang|itu|"
    r"dengan|bersama|untuk|pada|dan\s+[a-z])|\s+(?:yang|itu|pada|untuk|dengan|bersama|pukul|"
    r"sejak|mulai|dalam|guna|serta)\b))"
)
_AT = re.compile(
    r"\bdi\s+((?:ruang|ruangan|gedung|aula|kantor|pendopo|pendapa|balai|graha|hall|rumah dinas|"
    r"kompleks|hotel|lantai)\b[^.;\n]{0,120}?)" + _STOP,
    re.IGNORECASE,
)
_TO = re.compile(
    r"\bke\s+((?:kantor|lokasi|lahan|proyek|rumah sakit|RSUD|RSU|pasar|sekolah|gedung|puskesmas|"
    r"SDN?|SMPN?|SMAN?|SMKN?|TPA|terminal|pelabuhan|bendung(?:an)?|jembatan|pabrik|gudang|"
    r"kawasan|instalasi)\b"
    r"[^.;,\n]{0,100}?)" + _STOP,
    re.IGNORECASE,
)
_REGION_TAIL = re.compile(r"\s+(?:Kabupaten|Kab\.|Kota|Provinsi)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?")
_GENERIC_PLACE = {"ruang", "ruangan", "rapat", "pertemuan", "gedung", "kantor", "aula", "di", "dan"}
_REGION_WORDS = {"kota", "kabupaten"}


def _distinctive(text: str) -> set[str]:
    return set(tokens(text)) - _GENERIC_PLACE


def _venue_matches(candidate: str, venue: VenueEntry, region: str) -> bool:
    words = set(tokens(candidate))
    if not _distinctive(venue.name) <= words:
        return False
    venue_region = region_of(f"{venue.building} {venue.city}")
    stated = words & _REGION_WORDS
    if stated and venue_region and venue_region.split()[0] not in stated:
        return False
    if venue_region and region and venue_region != region:
        return False
    building = _distinctive(venue.building)
    extra = words - _distinctive(venue.name) - _GENERIC_PLACE - {"i", "ii", "iii", "iv"}
    return not extra or not building or len(extra & building) * 2 >= len(extra)


def find_venue(
    text: str,
    sentences: list[Sentence],
    agencies: list[OrgMention],
    directory: Directory,
    region: str,
) -> Found | None:
    for sentence in sentences:
        if not is_meeting_sentence(sentence.text):
            continue
        for pattern in (_AT, _TO):
            m = pattern.search(sentence.text)
            if not m:
                continue
            start, end = sentence.start + m.start(1), sentence.start + m.end(1)
            candidate = text[start:end].strip()
            venue = next(
                (v for v in directory.venues if _venue_matches(candidate, v, region)), None
            )
            if venue:
                return Found(start, end, venue.label, 0.85, venue)
            return Found(start, end, candidate[:1].upper() + candidate[1:], 0.6)
        # A site visit names the place as the agency: "sidak ke RSUD Tongas".
        if re.search(r"\b(sidak|kunjungan)\b", sentence.text, re.IGNORECASE):
            for agency in agencies:
                if sentence.contains(agency.start) and re.search(
                    r"\bke\s+$", text[max(0, agency.start - 4) : agency.start]
                ):
                    if agency.entry is not None:
                        return Found(agency.start, agency.end, agency.label, 0.7)
                    # Not in the directory: the place as the report writes it, with its region
                    # ("Dinas Kesehatan Kabupaten Jayapura"), not the agency's short name.
                    end = agency.end
                    if region_tail := _REGION_TAIL.match(text, end):
                        end = region_tail.end()
                    return Found(agency.start, end, text[agency.start : end], 0.6)
    return None


_LEGISLATION = re.compile(
    r"\b(?:Rancangan Peraturan Daerah(?:\s*\((?:Raperda|Ranperda)\))?|Raperda|Ranperda)"
    # The title starts with a word: "empat Rancangan Peraturan Daerah (Raperda), Senin" has none.
    r"(?:[ \t]+tentang)?([ \t]+[A-Z0-9][\w-]*(?:[ \t]+(?:[A-Z0-9][\w-]*|dan|\([A-Z0-9][\w-]*\)))*)"
    r"|\bPropemperda(?:\s+(?:Tahun\s+)?\d{4})?"
    # An existing regulation the meeting sets out to change: "revisi Perda Nomor 4 Tahun 2013
    # tentang Penyelenggaraan Pendidikan" (one only cited as a basis is not on the agenda).
    r"|(?:(?<=revisi\s)|(?<=evaluasi\s)|(?<=perubahan atas\s))"
    r"(?:Perda|Peraturan Daerah)\s+(?:Nomor|No\.?)\s*\d+\s+Tahun\s+\d{4}"
    r"(?:[ \t]+tentang(?:[ \t]+(?:[A-Z0-9][\w-]*|dan))+)?"
)
_LAW_GENERIC = {"raperda", "tentang", "rancangan", "peraturan", "daerah", "tahun", "kabupaten"}


def _law_name(m: re.Match) -> str | None:
    if m.group(1) is None:
        return m.group(0)
    title = m.group(1).strip()
    if re.match(r"(?:Di|Ter|Me|Ber)[a-z]+\b", title):
        return None  # "Empat Raperda Disetujui": a headline's verb, no title
    short = re.search(r"\(([A-Z0-9][\w-]*)\)\s*$", title)
    return f"Raperda {short.group(1)}" if short else f"Raperda {title}"


def _law_entry(name: str, directory: Directory, region: str) -> LegislationEntry | None:
    wanted = set(tokens(name)) - _LAW_GENERIC - set(region.split())
    if not wanted:
        return None
    for entry in directory.legislation:
        if wanted <= set(tokens(entry.title)):
            return entry
    return None


def find_legislation(text: str, body_start: int, directory: Directory, region: str) -> list[Found]:
    found: list[Found] = []
    # The headline repeats (and shortens) what the body says; read it only if the body is silent.
    matches = list(_LEGISLATION.finditer(text))
    in_body = [m for m in matches if m.start() >= body_start]
    for m in in_body or matches:
        name = _law_name(m)
        if name is None:
            continue
        words = set(tokens(name))
        if any(words <= set(tokens(f.label)) or set(tokens(f.label)) <= words for f in found):
            continue
        entry = _law_entry(name, directory, region)
        found.append(Found(m.start(), m.end(), name, 0.85 if entry else 0.7, entry))
    return found


_TOPIC = re.compile(
    r"\b(?:membahas|dibahas|mengenai|terkait|soal|bertema|beragenda|dengan agenda|agenda|"
    # "hearing klarifikasi perizinan tower", "untuk mengklarifikasi proses seleksi ...",
    # "Berkaitan dengan retribusi parkir, ...", "Bahasannya meliputi pelayanan publik, ...".
    r"klarifikasi|mengklarifikasi|berkaitan dengan|menyangkut|mencakup|"
    # "menyusul meninggalnya pasien ...", "warga yang mengeluhkan air PDAM tak mengalir",
    # "setelah ramai kasus penundaan tindakan medis": what called the meeting.
    r"menyusul|mengeluhkan|setelah\s+ramai\s+(?:kasus|pemberitaan)|"
    r"(?:bahasan|pembahasan)(?:nya)?\s+meliputi|"
    # "rapat pembahasan RKPD 2021", "bagian dari pembahasan RPJMD": what is being discussed;
    # "untuk mengevaluasi pelaksanaan kegiatan": the meeting's purpose.
    r"(?:rapat|dari|dalam|lanjutan)\s+pembahasan|(?:untuk|guna)\s+(?:untuk\s+)?(?:mengevaluasi|evaluasi|"
    # "guna untuk mengawasi realisasi anggaran", "untuk mencari jalan keluar atas persoalan".
    r"mengawasi|membicarakan|mempertanyakan|menanyakan)|mencari\s+(?:jalan\s+keluar|solusi)\s+"
    r"(?:atas|dari|soal|terkait))\s+"
    # "agenda bulanan untuk mengevaluasi ...": how often it meets, not what about; "instansi
    # terkait untuk membahas ...": the agencies concerned, the topic (if any) comes later.
    r"(?!tersebut|itu\b|(?:(?:dua|tiga|empat|lima|enam|tujuh|delapan|\d+)\s+)?(?:raperda|ranperda|"
    r"rancangan peraturan)|rutin|bulanan|tahunan|mingguan|secara\b|"
    # "memiliki agenda penting yang ...": how weighty, not what about; "agenda hearing terkait
    # program kerja", "terkait RDP bersama Komisi III, jadwalnya ...": the meeting itself, the
    # topic (if any) comes later; "membahas 2023 semua kabid ...": a year.
    r"(?:untuk|guna|agar|penting|utama|RDPU?|rapat|hearing|pertemuan|bersama|kita|kami|"
    # "kepala dinas terkait tidak hadir ...": a clause about someone, no topic.
    r"tidak|tak|belum|kembali|sudah|harus|akan|\d{4}|"
    # "... akhirnya dibahas Komisi II DPRD setempat": who discussed it, not what.
    r"komisi|dprd|dewan|oleh|pansus|panitia)\b)"
    # "terkait dengan keluhan warga": the topic follows "dengan".
    r"(?:dengan\s+)?"
    r"([^.;\n]{5,220}?)"
    # "membahas temuan sidak, Selasa (11/3)": the day it was held ends the topic.
    r"(?=[.;\n]|,\s*(?:yang|sementara|kata|ujar|pada|"
    r"Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu)\b|$"
    # "membahas temuan sidak pada Jumat (14/3)": so does the day it is set for.
    r"|\s+pada\s+(?:hari\s+)?(?:Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu)\b)",
    re.IGNORECASE,
)


_DESCRIBING = re.compile(r"\byang\s+(?:\w+\s+)?$", re.IGNORECASE)
_LOOSE = re.compile(r"(?:menyangkut|berkaitan)\b", re.IGNORECASE)
# "Bahasannya meliputi ...": what was discussed, though no meeting word is in the sentence.
_SUBJECT_MATTER = re.compile(r"\b(?:bahasan|pembahasan)(?:nya)?\s+meliputi\b", re.IGNORECASE)
_REASON = re.compile(r"(?:alasan|penyebab|sebab)\b", re.IGNORECASE)
_ROUTINE = re.compile(r"\b(?:rutin|bulanan|tahunan|mingguan)\s*$", re.IGNORECASE)
_POINTER = re.compile(r"\b(itu|ini|tersebut)\b", re.IGNORECASE)
# "Kami akan mengundang instansi terkait untuk membahas ...": a later meeting's business.
_LATER = re.compile(r"\b(?:akan|bakal|berencana|hendak)\b", re.IGNORECASE)
_THIS_ONE = re.compile(r"\b(?:kali ini|hari ini|rapat ini|RDP ini|hearing ini)\b", re.IGNORECASE)
# "... menyiapkan data terkait site plan untuk dibahas dalam pertemuan mendatang".
_LATER_AFTER = re.compile(
    r"\b(?:pertemuan|rapat|pembahasan)\s+(?:mendatang|berikutnya|selanjutnya|lanjutan)\b",
    re.IGNORECASE,
)
# "pihak terkait lebih profesional ...", "instansi terkait": the parties concerned ("OPD
# terkait pembahasan APBD" is about the budget).
_CONCERNED = re.compile(r"\b(?:pihak|instansi|stakeholder)\s+$", re.I)


def find_topics(sentences: list[Sentence], body_start: int, planned: bool = False) -> list[Found]:
    """What the meeting was about. In the report of a meeting that was held (not `planned`),
    what is to be discussed later is not its topic."""
    found = []
    for sentence in sentences:
        if sentence.start < body_start:
            continue
        if not is_meeting_sentence(sentence.text) and not _SUBJECT_MATTER.search(sentence.text):
            continue
        for m in _TOPIC.finditer(sentence.text):
            # "dengan agenda yang sama, yakni tunggakan iuran": the topic follows "yakni".
            phrase = re.split(r"\b(?:yakni|yaitu)\s+", m.group(1))[-1]
            phrase = re.sub(r"^(?:adalah|ialah|merupakan)\s+", "", phrase)  # "... adalah X"
            if re.match(r"yang\b", phrase):
                continue  # "soal yang sama juga batal": a clause, no topic
            if m.start() <= 2:
                phrase = phrase.split(",")[0]  # "Berkaitan dengan retribusi parkir, kita ..."
            # "Rapat yang membahas banjir ... itu dijadwalkan dimulai pukul 09.30": the noun
            # phrase ends where the clause's verb follows its pointer.
            phrase = re.split(r"\s+(?:itu|tersebut)\s+(?=(?:di|me|ber|ter)\w+)", phrase)[0]
            words = phrase.split()
            topic = re.split(r"[\"“”]", " ".join(words[:20]))[0].strip().rstrip(",")
            topic = re.sub(r"\s+(?:tersebut|itu|ini)$", "", topic)  # "pembangunan tersebut"
            if norm(topic) in {norm(f.label) for f in found}:
                continue
            if len(words) <= 3 and _POINTER.search(topic):
                continue  # "membahas persoalan itu": the topic is told elsewhere
            if _REASON.match(topic):
                continue  # "soal alasan batalnya RDP": why, not what about
            if _ROUTINE.search(sentence.text[: m.start()]):
                continue  # "agenda bulanan untuk mengevaluasi kinerja": what it always does
            before = sentence.text[: m.start()]
            if not planned and _LATER.search(before) and not _THIS_ONE.search(before):
                continue  # what a later meeting is to discuss; "RDP kali ini ... akan membahas"
            if _LATER_AFTER.search(phrase) or _CONCERNED.search(sentence.text[: m.start()]):
                continue
            if _DESCRIBING.search(sentence.text[: m.start()]) and _LOOSE.match(m.group(0)):
                # "agenda penting yang menyangkut warga": what makes it weighty, no topic
                continue
            start = sentence.start + m.start(1) + m.group(1).find(words[0])
            found.append(Found(start, start + len(topic), topic, 0.6))
    return _without_wider(found)


def _without_wider(found: list[Found]) -> list[Found]:
    """ "keluhan warga soal antrean panjang" and "antrean panjang": the narrower says it."""
    kept = []
    for topic in found:
        words = set(norm(topic.label).split())
        if any(set(norm(o.label).split()) < words for o in found if o is not topic):
            continue
        kept.append(topic)
    return kept
