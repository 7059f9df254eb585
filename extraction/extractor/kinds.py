"""Whether a text reports a meeting at all, of which kind, and whether it was held.

A status word counts only in a sentence about the meeting and when not negated: the shared
example says digitalisation "tidak bisa ditunda lagi", which postpones nothing.
"""

import datetime
import re

from extraction.extractor.organizations import OrgMention
from extraction.extractor.text import Sentence, norm

# In order of preference when two kinds start at the same place.
KIND_PATTERNS = [
    ("rdpu", r"rapat dengar pendapat umum|\bRDPU\b|\baudiensi\b|menyampaikan aspirasi ke DPRD"),
    ("gabungan_komisi", r"rapat gabungan(?: komisi)?|gabungan komisi"),
    ("rdp", r"rapat dengar pendapat|\bRDP\b|\bhearing\b|dengar pendapat"),
    ("rapat_kerja", r"rapat kerja|\braker\b|rapat koordinasi|\brakor\b|rapat pembahasan"),
    ("diskusi_panel", r"diskusi panel"),
    # "rapat komisi maupun paripurna": kinds listed, none of them this one.
    ("paripurna", r"\b(?:rapat|sidang) paripurna|(?<!maupun )(?<!atau )\bparipurna\b"),
    ("kunjungan_kerja", r"kunjungan kerja|\bkunker\b|\bmeninjau\b|\bpeninjauan\b"),
    ("sidak", r"inspeksi mendadak|\bsidak\b"),
    ("banggar", r"rapat (?:banggar|badan anggaran)"),
    ("pansus", r"rapat (?:pansus|panitia khusus)"),
    ("bapemperda", r"rapat (?:bapemperda|badan pembentukan)"),
    ("bamus", r"rapat (?:bamus|banmus|badan musyawarah)"),
    ("bk", r"rapat (?:bk|badan kehormatan)\b"),
    ("pimpinan", r"rapat pimpinan"),
    # A commission forming a working committee: its own meeting.
    ("komisi", r"\bpanja\b|panitia kerja"),
    # A summons with no meeting noun: "akan memanggil PDAM", "menjadwalkan pemanggilan".
    ("rdp", r"\bmemanggil\b|\bpemanggilan\b|\bdipanggil\b"),
]
_KINDS = [(kind, re.compile(pattern, re.IGNORECASE)) for kind, pattern in KIND_PATTERNS]
_SUMMONS = _KINDS[-1][1]
_PUBLIC_HEARING = re.compile(r"rapat dengar pendapat umum|\bRDPU\b", re.IGNORECASE)
_GENERIC = re.compile(r"\b(rapat|pertemuan)\b", re.IGNORECASE)
_ROOM = re.compile(r"\bruang(?:an)?\s+$", re.IGNORECASE)
MEETING_WORDS = re.compile(
    r"\b(rapat|RDPU?|hearing|diskusi|pertemuan|audiensi|kunjungan|kunker|sidak|paripurna|"
    r"raker|rakor|dengar pendapat|pansus|memanggil|pemanggilan|dipanggil|meninjau|peninjauan|"
    r"menyampaikan aspirasi)\b",
    re.IGNORECASE,
)
# Bodies whose own meetings are a kind of their own.
BODY_MEETING_KINDS = {"banggar", "pansus", "bapemperda", "bamus", "bk"}

_CANCELLED = re.compile(r"\b(batal|dibatalkan|membatalkan|pembatalan|urung)\b", re.IGNORECASE)
_POSTPONED = re.compile(
    r"\b(ditunda|menunda|penundaan|diundur|mengundurkan|dijadwal(?:kan)? ulang|"
    # "terpaksa di agendakan ulang", "Terpaksa kami reschedule rapat".
    r"di\s?agendakan ulang|reschedule|di-reschedule)\b",
    re.IGNORECASE,
)
# "membatalkan RDP ... dan menjadwalkan ulang": called off that day, to be held later.
_SET_AGAIN = re.compile(
    r"\b(?:(?:men)?jadwalkan|(?:meng)?agendakan) (?:ulang|kembali)\b", re.IGNORECASE
)
PLANNED = re.compile(
    r"\b(akan|bakal|berencana|rencananya|dijadwalkan)\s+(?:\w+\s+)?"
    r"(menggelar|digelar|mengadakan|diadakan|dilaksanakan|melaksanakan|memanggil|membahas|"
    r"berlangsung|rapat)",
    re.IGNORECASE,
)
_NEGATED = re.compile(r"\b(tidak|tak|jangan|belum)\b(?:\s+\w+)?\s+$", re.IGNORECASE)


def is_meeting_sentence(text: str) -> bool:
    return bool(MEETING_WORDS.search(text))


def find_kind(text: str) -> tuple[str | None, int, float]:
    """(kind, offset, confidence) of the first named kind of meeting; generic "rapat" gives
    (None, offset, 0.5); nothing at all gives (None, -1, 0)."""
    best: tuple[int, int, str] | None = None
    summoned: tuple[int, int, str] | None = None
    for kind, pattern in _KINDS:
        for m in pattern.finditer(text):
            if _ROOM.search(text[max(0, m.start() - 12) : m.start()]):
                continue
            candidate = (m.start(), -len(m.group(0)), kind)
            if pattern is _SUMMONS:
                summoned = summoned or candidate
            else:
                best = min(best, candidate) if best else candidate
            break
    # "Dipanggil Bahas Pilkada, KPU Absen di Rapat Komisi I" ... "rapat koordinasi": a summons
    # tells the kind only when the report names none.
    best = best or summoned
    if best and best[2] == "rdp" and (public := _PUBLIC_HEARING.search(text)):
        # "hearing dengan PLN" ... "Rapat dengar pendapat umum (RDPU) itu": the exact name wins.
        return "rdpu", public.start(), 0.85
    if best:
        return best[2], best[0], 0.85
    generic = next(
        (m for m in _GENERIC.finditer(text) if not _ROOM.search(text[: m.start()][-12:])), None
    )
    return (None, generic.start(), 0.5) if generic else (None, -1, 0.0)


# Words that tell a meeting took place or was set, as against one wished for or talked about.
_EVENT = re.compile(
    r"\b(menggelar|digelar|gelar|melakukan|dilakukan|melaksanakan|dilaksanakan|mengadakan|"
    r"diadakan|berlangsung|dijadwalkan|menjadwalkan|mengagendakan|diagendakan|agendakan|dibuka|"
    r"dipimpin|menerima|diterima|meninjau|batal|ditunda|dibatalkan|memanggil|dipanggil|"
    r"pemanggilan|mengundang|diundang|dihadiri|hadir|menghadirkan|turun|membahas|dibahas|"
    # "Pembahasan tersebut tetap kami laksanakan", "hari ini kita panggil mereka".
    r"mengikuti|rencananya|sedianya|semestinya|laksanakan|adakan|panggil)\b"
    # "Dalam waktu dekat Komisi C akan Rapat Dengar Pendapat dengan 3 instansi": the meeting
    # noun used as the verb.
    r"|\b(?:akan|bakal|segera)\s+(?:rapat|RDPU?|hearing|sidak|kunker|audiensi)\b",
    re.IGNORECASE,
)


def reports_meeting(sentences: list[Sentence]) -> bool:
    """Whether some sentence reports a meeting held, set or called off, rather than one asked
    for ("meminta DPRD menggelar RDP") or discussed in general ("RDP bisa dipakai")."""
    for sentence in sentences:
        if not is_meeting_sentence(sentence.text):
            continue
        for event in _EVENT.finditer(sentence.text):
            before = sentence.text[: event.start()]
            # "dewan belum bisa memastikan kapan RDPU akan digelar": no meeting set yet.
            if not _WISH.search(before) and not _UNSURE.search(before):
                return True
            if _WISH.search(before):
                break  # "meminta DPRD menggelar RDP ... yang dihadiri": all of it wished
        # "Hearing Komisi D ... diwarnai penolakan, Senin (24/10/2023)": dated, said outside
        # quotes, not denied.
        told = _QUOTED.sub("", sentence.text)
        if (
            is_meeting_sentence(told)
            and _DATED.search(told)
            and not _DENIED.search(told)
            and not _WISH.search(told)
        ):
            return True
    return False


_UNSURE = re.compile(
    r"(?:\b(?:kapan|apakah)\b|\bbelum\s+(?:bisa\s+|dapat\s+)?(?:dipastikan|memastikan|ditentukan|"
    r"menentukan|dijadwalkan)\b)[^.]{0,40}$",
    re.IGNORECASE,
)
_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”")
_DENIED = re.compile(r"\b(belum|tidak|tak|bukan)\b", re.IGNORECASE)


_DATED = re.compile(r"\b(senin|selasa|rabu|kamis|jum'?at|sabtu|minggu)\b\s*,?\s*\(?\d", re.I)


def public_counterpart(sentences: list[Sentence], groups: tuple[str, ...]) -> bool:
    """Whether the public is the other side of the meeting: "hearing bersama Kelompok Kajian",
    "warga menyampaikan aspirasi ke DPRD", not residents merely named ("merugikan
    masyarakat")."""
    words = "|".join(groups)
    side = re.compile(
        r"\b(?:bersama|dengan|menerima)\s+(?:\w+\s+){0,2}?(?:" + words + r")\b"
        # "hearing dengan PT Indah Kiat dan Koalisi Peduli Lingkungan": last in a list.
        r"|\b(?:bersama|dengan|menerima)\s+(?:\w+\s+){1,5}?dan\s+(?:" + words + r")\b"
        r"|\b(?:" + words + r")\b(?:\s+\w+){0,4}?\s+(?:menyampaikan|mengadukan|mendatangi|"
        r"beraudiensi|mengajukan)\b"
    )
    return any(
        is_meeting_sentence(sentence.text) and side.search(norm(sentence.text))
        for sentence in sentences
    )


def refine_kind(
    kind: str | None, bodies: list[OrgMention], has_agencies: bool, public_present: bool
) -> str | None:
    lead = bodies[0].kind if bodies else None
    if kind in (None, "rdp", "rapat_kerja") and lead in BODY_MEETING_KINDS:
        return lead
    if kind == "rdp" and not has_agencies and public_present:
        return "rdpu"
    if kind is None and bodies:
        komisi = [b for b in bodies if b.kind == "komisi"]
        return "gabungan_komisi" if len(komisi) > 1 else ("komisi" if komisi else lead)
    return kind


# "Kopel meminta hearing dibatalkan", "berharap rapat segera dijadwalkan": wishes, not events.
_WISH = re.compile(
    r"\b(meminta|minta|mendesak|berharap|mengusulkan|menyarankan|agar|supaya)\b", re.IGNORECASE
)


def _flagged_at(pattern: re.Pattern, sentences: list[Sentence]) -> tuple[int, Sentence] | None:
    """(offset, sentence) of the first unnegated status word in a sentence about a meeting."""
    for sentence in sentences:
        if not is_meeting_sentence(sentence.text):
            continue
        for m in pattern.finditer(sentence.text):
            before = sentence.text[: m.start()]
            if not _NEGATED.search(before) and not _WISH.search(before):
                return sentence.start + m.start(), sentence
    return None


def _flagged(pattern: re.Pattern, sentences: list[Sentence]) -> Sentence | None:
    found = _flagged_at(pattern, sentences)
    return found[1] if found else None


def find_status(
    sentences: list[Sentence], date: datetime.date | None, published: datetime.date | None
) -> tuple[str, float, Sentence | None]:
    """(status, confidence, the sentence that says so)."""
    cancelled = _flagged_at(_CANCELLED, sentences)
    postponed = _flagged_at(_POSTPONED, sentences)
    # "batal dilaksanakan ... ditunda sampai waktu yang belum ditentukan" postpones; "ditunda ke
    # Jumat ... akhirnya dibatalkan" cancels: the later word tells how it ended.
    if cancelled and postponed and postponed[0] > cancelled[0]:
        return "postponed", 0.75, postponed[1]
    if cancelled and any(_SET_AGAIN.search(s.text) for s in sentences):
        return "postponed", 0.7, cancelled[1]
    if cancelled:
        return "cancelled", 0.85, cancelled[1]
    if postponed:
        return "postponed", 0.85, postponed[1]
    if date and published:
        return ("planned", 0.8, None) if date > published else ("held", 0.8, None)
    if found := _flagged(PLANNED, sentences):
        return "planned", 0.6, found
    return "held", 0.5, None
