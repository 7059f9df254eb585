"""Dates, times and deadlines as Indonesian reports write them.

"Rabu (26/2/2025)", "Selasa (7/3)" (year from the publication date), "Rabu, 26 Februari 2025",
"Selasa pekan depan", "pukul 10.00 WIB". Day before month, always. Deadlines are read in
`deadlines`.
"""

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
    "agu": 8, "agt": 8, "ags": 8, "agst": 8, "september": 9, "sept": 9, "sep": 9, "oktober": 10,
    "okt": 10, "november": 11, "nopember": 11, "nov": 11, "nop": 11, "desember": 12, "des": 12,
    "peb": 2,
}  # fmt: skip

_WD = r"(senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad)"
_MONTH = r"(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_NUMERIC = re.compile(
    # "Selasa malam (08/08/2017)": the part of the day between weekday and date.
    # "Senin (30 – 12 – 2019)": dashes between the parts too.
    _WD + r"(?:\s+(?:pagi|siang|sore|malam))?\s*,?\s*\(\s*(\d{1,2})\s*[/–-]\s*(\d{1,2})"
    r"(?:\s*[/–-]\s*(\d{2,4}))?\s*\)"
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
