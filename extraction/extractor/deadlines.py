"""When a follow-up is due, as Indonesian reports write deadlines.

"paling lambat akhir Maret", "selambat-lambatnya 30 Juni 2025", "batas waktunya Senin (10/3)",
"ditargetkan rampung pada Juni", "dalam dua minggu", "14 hari kerja setelah rapat", "sepekan",
"2x24 jam", "pekan depan", "tahun anggaran 2026".

Two conventions, so that every phrase gives one day:
- a period ends on its last day: "bulan depan" is the last day of next month, "pekan depan" the
  Sunday of next week (weeks run Monday to Sunday), "tahun anggaran 2026" 31 December 2026;
- "sebelum X" is the last day before X ("sebelum Desember" is 30 November).
Counts and relative days start from the day the words were said: the meeting, unless the
sentence dates the statement ("..., kata Agus, Selasa (25/10)").
"""

import calendar
import datetime
import re

from extraction.extractor.dates import MONTHS, find_dates
from extraction.extractor.text import Sentence

_MONTH = r"(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_UNITS = {
    "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8,
    "sembilan": 9,
}  # fmt: skip
_UNIT = "|".join(_UNITS)
# "14", "dua", "sepuluh", "sebelas", "dua belas", "tiga puluh", "dua puluh lima"
_COUNT = (
    rf"(\d{{1,3}}|(?:{_UNIT})\s+puluh(?:\s+(?:{_UNIT}))?|(?:{_UNIT})\s+belas|sepuluh|sebelas|"
    rf"{_UNIT})"
)
_PERIOD = r"(hari|pekan|minggu|bulan|tahun)(\s+kerja)?"
_UP_TO = (
    r"(?:dalam\s+(?:jangka\s+)?(?:waktu\s+)?|paling\s+lambat\s+|selambat-lambatnya\s+|"
    # "memberi waktu dua minggu", "diberi tenggat sepekan"
    r"(?:waktu|tenggat(?:\s+waktu)?|batas\s+waktu)\s+(?:sekitar\s+|kurang\s+lebih\s+)?|"
    r"maksimal\s+|maksimum\s+|kurang\s+dari\s+|tidak\s+lebih\s+dari\s+)"
)
_NOT_PAST = r"(?!\s+(?:terakhir|lalu|belakangan|sebelumnya|silam))"
# "dalam dua pekan", "paling lambat 14 hari kerja", "dua minggu setelah rapat"
_WITHIN = re.compile(
    rf"\b{_UP_TO}{_COUNT}\s+{_PERIOD}\b{_NOT_PAST}"
    rf"|\b{_COUNT}\s+{_PERIOD}\s+(?:setelah|sesudah|sejak|pasca)\s+"
    r"(?:rapat|RDP|hearing|pertemuan|sidak|kunjungan|peninjauan)",
    re.IGNORECASE,
)
# "dalam sepekan", "paling lambat sebulan"
_WITHIN_ONE = re.compile(rf"\b{_UP_TO}se(hari|pekan|minggu|bulan|tahun)\b{_NOT_PAST}", re.I)
# "dalam 2x24 jam", "1 x 24 jam"
_HOURS = re.compile(r"\b(\d)\s*[x×]\s*24\s*jam\b", re.IGNORECASE)

# The words that put a deadline before what follows them.
_BY = (
    r"(paling\s+lambat|selambat-lambatnya|sebelum|hingga|sampai(?:\s+dengan)?|maksimal|"
    r"batas\s+waktu(?:nya)?|tenggat(?:\s+waktu)?(?:nya)?|deadline(?:nya)?|target(?:nya)?|"
    r"ditargetkan(?:\s+(?:rampung|selesai|tuntas))?|(?:selesai|rampung|tuntas))"
    r"(?:\s+(?:pada|di|dalam))?(?:\s+(?:tanggal|hari|bulan))?\s+"
)
_BY_BEFORE_DATE = re.compile(_BY + r"$", re.IGNORECASE)
# "paling lambat 30/6/2025", "sebelum 30-06": a day in figures with no weekday before it.
_BY_FIGURES = re.compile(
    r"\b" + _BY + r"(\d{1,2})[/-](\d{1,2})(?:[/-](\d{4}|\d{2}))?(?![/-]?\d)", re.IGNORECASE
)
_BY_MONTH = re.compile(r"\b" + _BY + _MONTH + r"(?:\s+(\d{4}))?(?![\s/]*\d)", re.IGNORECASE)
# "ditargetkan rampung tahun 2026", "paling lambat tahun anggaran 2026"
_BY_YEAR = re.compile(r"\b" + _BY + r"(?:tahun\s+(?:anggaran\s+)?|TA\s+)(20\d{2})\b", re.IGNORECASE)
# "dianggarkan pada tahun anggaran 2026", "masuk APBD Perubahan 2025": the budget year the work
# is placed in ends when the work is due.
_BUDGET_YEAR = re.compile(
    r"\b(?:tahun\s+anggaran|TA|APBD(?:\s+(?:Perubahan|Induk|murni))?(?:\s+tahun)?|"
    # "akan dibangun pada 2026", "pada tahun 2026"
    r"pada(?:\s+tahun)?)\s+(20\d{2})\b(?!\s+(?:lalu|silam))",
    re.IGNORECASE,
)
_END = re.compile(
    r"\bakhir\s+(?:(?:bulan\s+)?" + _MONTH + r"(?:\s+(\d{4}))?"
    r"|(bulan|tahun|pekan|minggu)(?:\s+(?:anggaran\s+)?(20\d{2}))?(\s+depan)?(?:\s+ini)?)\b",
    re.IGNORECASE,
)
_MIDDLE = re.compile(
    r"\bpertengahan\s+(?:(?:bulan\s+)?"
    + _MONTH
    + r"(?:\s+(\d{4}))?|(bulan|tahun)(\s+depan)?(?:\s+ini)?)\b",
    re.IGNORECASE,
)
# "paling lambat triwulan III 2025", "akhir semester pertama"
_QUARTER = re.compile(
    r"\b(?:akhir|paling\s+lambat|selambat-lambatnya|ditargetkan(?:\s+\w+)?|pada|hingga|sampai)\s+"
    r"(triwulan|kuartal|semester)\s+(I{1,3}V?|IV|[1-4]|pertama|kedua|ketiga|"
    r"keempat)(?:\s+(?:tahun\s+)?(20\d{2}))?\b",
    re.IGNORECASE,
)
_ORDINALS = {
    "i": 1, "1": 1, "pertama": 1, "ii": 2, "2": 2, "kedua": 2, "iii": 3, "3": 3, "ketiga": 3,
    "iv": 4, "4": 4, "keempat": 4,
}  # fmt: skip
# "mulai pekan depan" is when work starts, not when it is due.
_PLAIN = re.compile(
    r"\b(?<!mulai )(?<!sejak )"
    r"(pekan depan|minggu depan|pekan ini|minggu ini|bulan depan|bulan ini|tahun depan|"
    r"tahun ini|besok|lusa)\b",
    re.IGNORECASE,
)
_BARE_WEEK = re.compile(r"(?:pekan|minggu)\s+depan", re.IGNORECASE)
_SAID = re.compile(
    r"\b(?:kata|ujar|ungkap|tegas|jelas|tutur|imbuh|ucap|terang|sebut|papar|pungkas|"
    r"katakan|ungkapkan|sampaikan|jelaskan)(?:nya)?\b",
    re.IGNORECASE,
)


def month_end(year: int, month: int) -> datetime.date:
    return datetime.date(year, month, calendar.monthrange(year, month)[1])


def _week_end(day: datetime.date, weeks: int = 0) -> datetime.date:
    return day + datetime.timedelta(days=6 - day.weekday() + 7 * weeks)


def _add_months(day: datetime.date, months: int) -> datetime.date:
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return datetime.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _add_working_days(day: datetime.date, count: int) -> datetime.date:
    while count > 0:
        day += datetime.timedelta(days=1)
        count -= day.weekday() < 5
    return day


def _number(words: str) -> int:
    words = " ".join(words.lower().split())
    if words.isdigit():
        return int(words)
    if words in ("sepuluh", "sebelas"):
        return {"sepuluh": 10, "sebelas": 11}[words]
    parts = words.split()
    if len(parts) >= 2 and parts[1] == "belas":
        return 10 + _UNITS[parts[0]]
    if len(parts) >= 2 and parts[1] == "puluh":
        return 10 * _UNITS[parts[0]] + (_UNITS[parts[2]] if len(parts) > 2 else 0)
    return _UNITS[parts[0]]


def _after(start: datetime.date, count: int, unit: str, working: bool) -> datetime.date:
    unit = unit.lower()
    if unit == "hari":
        return _add_working_days(start, count) if working else start + datetime.timedelta(count)
    if unit in ("pekan", "minggu"):
        return start + datetime.timedelta(days=7 * count)
    return _add_months(start, count * (12 if unit == "tahun" else 1))


def _month_year(month: int, written: str | None, start: datetime.date) -> int:
    """A month without its year is the next one of that name, counting the current month."""
    if written:
        return int(written)
    return start.year + (1 if month < start.month else 0)


def said_on(sentence: str, base: datetime.date, published: datetime.date | None) -> datetime.date:
    """The day the words were said: a date after the attribution ("ujar Agus, Selasa (25/10)"),
    else the meeting's."""
    for mention in find_dates(sentence, published or base):
        written = re.search(r"\d", sentence[mention.start : mention.end])
        if written and _SAID.search(sentence[: mention.start]):
            return mention.value
    return base


def _period_end(m: re.Match, start: datetime.date) -> datetime.date:
    """ "akhir Maret", "akhir bulan depan", "akhir tahun 2026", "akhir pekan ini"."""
    if m.group(1):
        month = MONTHS[m.group(1).lower()]
        return month_end(_month_year(month, m.group(2), start), month)
    period, year, ahead = m.group(3).lower(), m.group(4), bool(m.group(5))
    if period == "tahun":
        return datetime.date(int(year) if year else start.year + ahead, 12, 31)
    if period in ("pekan", "minggu"):
        return _week_end(start, 1 if ahead else 0)
    following = _add_months(start.replace(day=1), 1 if ahead else 0)
    return month_end(following.year, following.month)


def _middle(m: re.Match, start: datetime.date) -> datetime.date:
    if m.group(1):
        month = MONTHS[m.group(1).lower()]
        return datetime.date(_month_year(month, m.group(2), start), month, 15)
    if m.group(3).lower() == "tahun":
        return datetime.date(start.year + bool(m.group(4)), 6, 30)
    following = _add_months(start.replace(day=1), 1 if m.group(4) else 0)
    return following.replace(day=15)


def _quarter(m: re.Match, start: datetime.date) -> datetime.date:
    number = _ORDINALS.get(m.group(2).lower())
    if number is None or (m.group(1).lower() == "semester" and number > 2):
        return None
    last_month = number * (6 if m.group(1).lower() == "semester" else 3)
    year = int(m.group(3)) if m.group(3) else start.year + (last_month < start.month)
    return month_end(year, last_month)


def _figures(m: re.Match, start: datetime.date) -> datetime.date | None:
    """ "30/6" without its year: the next 30 June from the day it was said."""
    day, month, year = int(m.group(2)), int(m.group(3)), m.group(4)
    years = [int(year) + (2000 if len(year) == 2 else 0)] if year else [start.year, start.year + 1]
    for candidate in years:
        try:
            value = datetime.date(candidate, month, day)
        except ValueError:
            return None
        if year or value >= start:
            return value
    return None


def _plain(phrase: str, start: datetime.date) -> datetime.date:
    phrase = " ".join(phrase.lower().split())
    if phrase in ("besok", "lusa"):
        return start + datetime.timedelta(days=1 if phrase == "besok" else 2)
    period, when = phrase.split()
    ahead = when == "depan"
    if period == "tahun":
        return datetime.date(start.year + ahead, 12, 31)
    if period == "bulan":
        following = _add_months(start.replace(day=1), 1 if ahead else 0)
        return month_end(following.year, following.month)
    return _week_end(start, 1 if ahead else 0)


def is_bare_week(phrase: str) -> bool:
    """ "pekan depan" without a day: a period, due when it ends, not a day."""
    return bool(_BARE_WEEK.fullmatch(phrase.strip()))


def _before(word: str, day: datetime.date) -> datetime.date:
    return day - datetime.timedelta(days=1) if word.lower() == "sebelum" else day


def find_deadline(
    sentence: str, *, base: datetime.date | None, published: datetime.date | None
) -> datetime.date | None:
    """The due date a follow-up sentence names, counted from the day it was said."""
    if base is None:
        return None
    start = said_on(sentence, base, published)
    if m := _END.search(sentence):
        return _period_end(m, start)
    if m := _MIDDLE.search(sentence):
        return _middle(m, start)
    if m := _BY_MONTH.search(sentence):
        month = MONTHS[m.group(2).lower()]
        year = _month_year(month, m.group(3), start)
        if m.group(1).lower() == "sebelum":
            return datetime.date(year, month, 1) - datetime.timedelta(days=1)
        return month_end(year, month)
    if m := _WITHIN.search(sentence):
        count = _number(m.group(1) or m.group(4))
        unit, working = (m.group(2), m.group(3)) if m.group(1) else (m.group(5), m.group(6))
        return _after(start, count, unit, bool(working))
    if m := _WITHIN_ONE.search(sentence):
        return _after(start, 1, m.group(1), False)
    if m := _HOURS.search(sentence):
        return start + datetime.timedelta(days=int(m.group(1)))
    for mention in find_dates(sentence, start):
        if is_bare_week(sentence[mention.start : mention.end]):
            continue  # "paling lambat pekan depan": the week's end, below
        if by := _BY_BEFORE_DATE.search(sentence[: mention.start]):
            return _before(by.group(1), mention.value)
    if (m := _BY_FIGURES.search(sentence)) and (day := _figures(m, start)):
        return _before(m.group(1), day)
    if m := _QUARTER.search(sentence):
        if due := _quarter(m, start):
            return due
    if m := _BY_YEAR.search(sentence):
        year = int(m.group(2)) - (m.group(1).lower() == "sebelum")
        return datetime.date(year, 12, 31)
    for m in _BUDGET_YEAR.finditer(sentence):
        if int(m.group(1)) >= start.year:
            return datetime.date(int(m.group(1)), 12, 31)
    if m := _PLAIN.search(sentence):
        return _plain(m.group(1), start)
    return None


_DEADLINE_WORDS = re.compile(
    r"\b(?:paling lambat|selambat-lambatnya|sebelum|hingga|sampai|maksimal|batas waktu(?:nya)?|"
    r"tenggat(?:\s+waktu)?(?:nya)?|deadline(?:nya)?|ditargetkan)\s+$",
    re.IGNORECASE,
)


def is_deadline_context(text: str, start: int) -> bool:
    """A date right after "paling lambat", "sebelum", "mulai"... is a deadline, not the meeting."""
    before = text[max(0, start - 30) : start]
    return bool(
        _DEADLINE_WORDS.search(before)
        or re.search(r"\b(?:mulai|sejak|akhir|target)\s+$", before, re.IGNORECASE)
    )


# "Kami akan segera memperbaikinya. Paling lambat akhir bulan ini selesai.": a deadline that
# opens the next sentence of the same paragraph belongs to the follow-up before it.
_DEADLINE_OPENS = re.compile(
    r"^[“\"‘']?(?:\w+nya\s+)?"
    r"(?:(?:Targetnya|Ditargetkan|Diharapkan|Harapannya|Kalau bisa),?\s+)?"
    r"(?:paling lambat|selambat-lambatnya|sebelum|maksimal|batas waktu(?:nya)?|target(?:nya)?|"
    r"tenggat(?:\s+waktu)?(?:nya)?|deadline(?:nya)?|dalam\s+(?:jangka\s+)?waktu|"
    r"(?:sudah\s+)?(?:harus\s+)?(?:selesai|rampung|tuntas|masuk))\b"
    # "Ia berharap rencana itu diserahkan paling lambat ...": the speaker's hope for the same.
    r"|^(?:Ia|Dia|Pihaknya|Kami|Mereka)\s+(?:juga\s+)?(?:berharap|menargetkan|memastikan)\b"
    # "Perbaikan jalan itu ditargetkan rampung pada Juni.": the work it promised, given a date.
    r"|^[“\"‘']?(?:[\w-]+\s+){1,4}?(?:ditargetkan|direncanakan)\s+(?:sudah\s+)?"
    r"(?:selesai|rampung|tuntas)\b",
    re.IGNORECASE,
)


def follow_up_due(
    sentence: Sentence,
    sentences: list[Sentence],
    *,
    base: datetime.date | None,
    published: datetime.date | None,
) -> datetime.date | None:
    """When the follow-up said in `sentence` is due: a deadline it names, else a day after the
    meeting it names, else a deadline opening the next sentence of the paragraph."""
    due = find_deadline(sentence.text, base=base, published=published)
    if due is not None:
        return due
    if base is not None:
        # "akan menyerahkan data pada Senin (10/3)": a day after the meeting is when it is due,
        # unless it is when work starts ("mulai Senin (10/3)").
        # "..., ujar Fahri, Kamis (1/5)" is when it was said.
        # "Senin depan" counts from the day it was said.
        said = said_on(sentence.text, base, published)
        for mention in find_dates(sentence.text, said):
            before = sentence.text[max(0, mention.start - 16) : mention.start]
            if _SAID.search(sentence.text[: mention.start]) or re.search(
                r"(?:mulai|sejak)\s+(?:pada\s+)?$", before, re.IGNORECASE
            ):
                continue  # also "dimulai pada Senin (10/3)": when work starts
            if is_bare_week(sentence.text[mention.start : mention.end]):
                continue  # "dilanjutkan pekan depan" is due when that week ends (above)
            if 0 < (mention.value - base).days <= 366:
                return mention.value
    following = next((s for s in sentences if s.start > sentence.start), None)
    if following is None or following.paragraph != sentence.paragraph:
        return None
    if not _DEADLINE_OPENS.match(following.text):
        return None
    return find_deadline(following.text, base=base, published=published)
