"""Dates, times and deadlines as Indonesian reports write them.

"Rabu (26/2/2025)", "Selasa (7/3)" (year from the publication date), "Rabu, 26 Februari 2025",
"Selasa pekan depan", "pukul 10.00 WIB"; deadlines such as "paling lambat akhir April 2025" or
"dalam dua pekan". Day before month, always.
"""

import calendar
import datetime
import re
from dataclasses import dataclass

WEEKDAYS = {
    "senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4, "sabtu": 5,
    "minggu": 6, "ahad": 6,
}  # fmt: skip
MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "pebruari": 2, "feb": 2, "maret": 3, "mar": 3,
    "april": 4, "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "agustus": 8,
    "agu": 8, "agt": 8, "ags": 8, "september": 9, "sept": 9, "sep": 9, "oktober": 10, "okt": 10,
    "november": 11, "nopember": 11, "nov": 11, "desember": 12, "des": 12,
}  # fmt: skip
NUMBERS = {
    "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8,
    "sembilan": 9, "sepuluh": 10, "sebelas": 11, "dua belas": 12, "empat belas": 14,
}  # fmt: skip

_WD = r"(senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad)"
_MONTH = r"(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_NUMERIC = re.compile(
    _WD + r"\s*,?\s*\(\s*(\d{1,2})/(\d{1,2})(?:/(\d{2,4}))?\s*\)"
    r"|(?:tanggal|tgl\.?)\s*(\d{1,2})/(\d{1,2})(?:/(\d{2,4}))?",
    re.IGNORECASE,
)
_WRITTEN = re.compile(
    r"(?:" + _WD + r"\s*,?\s*\(?\s*)?(?:tanggal\s+)?\b(\d{1,2})\s+" + _MONTH + r"(?:\s+(\d{4}))?\b",
    re.IGNORECASE,
)
_RELATIVE = re.compile(
    r"\b(?:" + _WD + r"\s+)?(pekan depan|minggu depan|besok|lusa|hari ini|kemarin)\b"
    r"|\b" + _WD + r"\s+(mendatang|lalu|depan)\b",
    re.IGNORECASE,
)
_TIME = re.compile(
    r"\b(?:pukul|jam|pkl\.?)\s*(\d{1,2})(?:[.:](\d{2}))?(?:\s*(WIB|WITA|WIT)\b)?", re.IGNORECASE
)


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    value: datetime.date
    confidence: float


@dataclass(frozen=True)
class TimeMention:
    start: int
    end: int
    value: str
    zone: str


def _year(year: str | None) -> int | None:
    if not year:
        return None
    number = int(year)
    return number + 2000 if number < 100 else number


def _build(
    day: int,
    month: int,
    year: int | None,
    weekday: str | None,
    published: datetime.date | None,
    fallback_year: int | None = None,
) -> tuple[datetime.date, float] | None:
    wanted = WEEKDAYS.get(weekday.lower().replace("'", "")) if weekday else None
    if year is not None:
        candidates = [year]
    elif published is not None:
        # A date without its year is near the publication date, on either side of New Year.
        candidates = [published.year - 1, published.year, published.year + 1]
    elif fallback_year is not None:
        # No publication date: the year the text writes elsewhere (a new date, a budget year).
        candidates = [fallback_year]
    else:
        return None
    options = []
    for candidate in candidates:
        try:
            date = datetime.date(candidate, month, day)
        except ValueError:
            continue
        distance = abs((date - published).days) if published and year is None else 0
        mismatch = wanted is not None and date.weekday() != wanted
        options.append((mismatch, distance, date))
    if not options:
        return None
    mismatch, distance, date = min(options)
    if distance > 200:
        return None
    confidence = 0.95 if year is not None else (0.85 if published else 0.6)
    if wanted is not None:
        confidence = confidence + 0.03 if not mismatch else confidence - 0.25
    return date, round(confidence, 2)


_ANY_YEAR = re.compile(r"\b(20\d{2})\b")


def _year_written(text: str) -> int | None:
    """The year written most often in the text, for dates that leave it out."""
    years = [int(y) for y in _ANY_YEAR.findall(text)]
    return max(set(years), key=years.count) if years else None


def find_dates(text: str, published: datetime.date | None) -> list[DateMention]:
    found: dict[int, DateMention] = {}
    fallback = None if published else _year_written(text)
    for m in _NUMERIC.finditer(text):
        day, month, year = (m.group(2), m.group(3), m.group(4)) if m.group(2) else m.group(5, 6, 7)
        built = _build(int(day), int(month), _year(year), m.group(1), published, fallback)
        if built:
            found[m.start()] = DateMention(m.start(), m.end(), *built)
    for m in _WRITTEN.finditer(text):
        if any(d.start <= m.start(2) < d.end for d in found.values()):
            continue
        month = MONTHS[m.group(3).lower()]
        built = _build(int(m.group(2)), month, _year(m.group(4)), m.group(1), published, fallback)
        if built:
            found[m.start()] = DateMention(m.start(), m.end(), *built)
    if published is not None:
        for m in _RELATIVE.finditer(text):
            built = _relative(m, published)
            if built:
                found[m.start()] = DateMention(m.start(), m.end(), *built)
    return sorted(found.values(), key=lambda d: d.start)


def _relative(m: re.Match, published: datetime.date) -> tuple[datetime.date, float] | None:
    weekday = m.group(1) or m.group(3)
    phrase = (m.group(2) or m.group(4)).lower()
    wanted = WEEKDAYS.get(weekday.lower().replace("'", "")) if weekday else None
    if phrase in ("pekan depan", "minggu depan"):
        if wanted is None:
            return published + datetime.timedelta(days=7), 0.35
        monday = published - datetime.timedelta(days=published.weekday() - 7)
        return monday + datetime.timedelta(days=wanted), 0.75
    if phrase in ("mendatang", "depan") and wanted is not None:
        ahead = (wanted - published.weekday() - 1) % 7 + 1
        return published + datetime.timedelta(days=ahead), 0.7
    if phrase == "lalu" and wanted is not None:
        back = (published.weekday() - wanted - 1) % 7 + 1
        return published - datetime.timedelta(days=back), 0.7
    shift = {"besok": 1, "lusa": 2, "hari ini": 0, "kemarin": -1}.get(phrase)
    if shift is None:
        return None
    return published + datetime.timedelta(days=shift), 0.6


def find_times(text: str) -> list[TimeMention]:
    found = []
    for m in _TIME.finditer(text):
        hour, minute = int(m.group(1)), int(m.group(2) or 0)
        if hour < 24 and minute < 60:
            zone = (m.group(3) or "").upper()
            found.append(TimeMention(m.start(), m.end(), f"{hour:02d}:{minute:02d}", zone))
    return found


def _month_end(year: int, month: int) -> datetime.date:
    return datetime.date(year, month, calendar.monthrange(year, month)[1])


_DEADLINE_END = re.compile(
    r"\bakhir\s+(?:" + _MONTH + r"(?:\s+(\d{4}))?|(bulan|tahun)(\s+depan)?(?:\s+ini)?)\b",
    re.IGNORECASE,
)
# "dalam waktu dua pekan", "paling lambat 14 hari setelah rapat": counted from the meeting.
_DEADLINE_WITHIN = re.compile(
    r"\b(?:dalam\s+(?:waktu\s+)?|paling\s+lambat\s+|selambat-lambatnya\s+|maksimal\s+)"
    r"(\d+|" + "|".join(sorted(NUMBERS, key=len, reverse=True)) + r")"
    r"\s+(hari|pekan|minggu|bulan)\b",
    re.IGNORECASE,
)
_DEADLINE_WORDS = re.compile(
    r"\b(?:paling lambat|selambat-lambatnya|sebelum|hingga|sampai|maksimal|batas waktu)\s+$",
    re.IGNORECASE,
)
_DEADLINE_MONTH = re.compile(
    r"\b(paling lambat|selambat-lambatnya|sebelum|hingga|sampai|maksimal|"
    r"(?:selesai|rampung|tuntas)\s+(?:pada\s+)?)\s*(?:bulan\s+)?"
    + _MONTH
    + r"(?:\s+(\d{4}))?(?!\s*\d)",
    re.IGNORECASE,
)
# "mulai pekan depan" is when work starts, not when it is due.
_DEADLINE_PLAIN = re.compile(
    r"\b(?<!mulai )(?<!sejak )(pekan depan|minggu depan|bulan depan|tahun ini)\b", re.I
)


def find_deadline(
    sentence: str, *, base: datetime.date | None, published: datetime.date | None
) -> datetime.date | None:
    """The due date a follow-up sentence names, counted from the meeting (`base`)."""
    if base is None:
        return None
    if m := _DEADLINE_END.search(sentence):
        if m.group(1):
            month = MONTHS[m.group(1).lower()]
            year = _year(m.group(2)) or (base.year + (1 if month < base.month else 0))
            return _month_end(year, month)
        if m.group(3).lower() == "tahun":
            return datetime.date(base.year + (1 if m.group(4) else 0), 12, 31)
        year, month = (base.year, base.month + 1) if m.group(4) else (base.year, base.month)
        return _month_end(year + (month - 1) // 12, (month - 1) % 12 + 1)
    if m := _DEADLINE_MONTH.search(sentence):
        month = MONTHS[m.group(2).lower()]
        year = _year(m.group(3)) or (base.year + (1 if month < base.month else 0))
        if m.group(1).lower() == "sebelum":
            return datetime.date(year, month, 1) - datetime.timedelta(days=1)
        return _month_end(year, month)
    if m := _DEADLINE_WITHIN.search(sentence):
        number = m.group(1).lower()
        count = int(number) if number.isdigit() else NUMBERS[number]
        unit = m.group(2).lower()
        days = {"hari": 1, "pekan": 7, "minggu": 7, "bulan": 30}[unit] * count
        return base + datetime.timedelta(days=days)
    for mention in find_dates(sentence, published or base):
        if _DEADLINE_WORDS.search(sentence[: mention.start]):
            return mention.value
    if m := _DEADLINE_PLAIN.search(sentence):
        phrase = m.group(1).lower()
        if phrase == "tahun ini":
            return datetime.date(base.year, 12, 31)
        if phrase == "bulan depan":
            month = base.month % 12 + 1
            return _month_end(base.year + (1 if month == 1 else 0), month)
        return base + datetime.timedelta(days=7)
    return None


def is_deadline_context(text: str, start: int) -> bool:
    """A date right after "paling lambat", "sebelum", "mulai"... is a deadline, not the meeting."""
    before = text[max(0, start - 30) : start]
    return bool(
        _DEADLINE_WORDS.search(before)
        or re.search(r"\b(?:mulai|sejak|akhir|target)\s+$", before, re.IGNORECASE)
    )
