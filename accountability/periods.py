"""Reporting periods: any span of days, the audit office's semesters, and calendar quarters.

A follow-up belongs to the period in which its meeting took place (the meeting's date in the
tracker's time zone, settings.TIME_ZONE).
"""

import datetime
from dataclasses import dataclass

from django.utils.translation import gettext as _


@dataclass(frozen=True)
class Period:
    """Both ends inclusive; either may be open (None) for "since the start" or "until now"."""

    start: datetime.date | None = None
    end: datetime.date | None = None

    @property
    def is_bounded(self) -> bool:
        return self.start is not None and self.end is not None

    def lookups(self, field: str) -> dict:
        """Filter keywords for a datetime field read as a local date."""
        found = {}
        if self.start:
            found[f"{field}__date__gte"] = self.start
        if self.end:
            found[f"{field}__date__lte"] = self.end
        return found

    def lookups_on_date(self, field: str) -> dict:
        """Filter keywords for a date field (already a local date)."""
        found = {}
        if self.start:
            found[f"{field}__gte"] = self.start
        if self.end:
            found[f"{field}__lte"] = self.end
        return found


@dataclass(frozen=True, order=True)
class Quarter:
    year: int
    number: int

    @property
    def label(self) -> str:
        # "T1 2025" in Indonesian (triwulan), "Q1 2025" in English.
        return _("Q%(number)s %(year)s") % {"number": self.number, "year": self.year}

    def next(self) -> "Quarter":
        return Quarter(self.year + self.number // 4, self.number % 4 + 1)


def quarter_of(day: datetime.date) -> Quarter:
    return Quarter(day.year, (day.month - 1) // 3 + 1)


def quarters_between(first: Quarter, last: Quarter, limit: int = 12) -> list[Quarter]:
    """Every quarter from first to last; only the latest `limit` of a long span."""
    quarters = []
    current = first
    while current <= last:
        quarters.append(current)
        current = current.next()
    return quarters[-limit:]


def semester_of(day: datetime.date) -> Period:
    """The audit office's half-year (semester I: January–June, II: July–December)."""
    if day.month <= 6:
        return Period(datetime.date(day.year, 1, 1), datetime.date(day.year, 6, 30))
    return Period(datetime.date(day.year, 7, 1), datetime.date(day.year, 12, 31))


def previous_semester(day: datetime.date) -> Period:
    current = semester_of(day)
    return semester_of(current.start - datetime.timedelta(days=1))


def semester_label(period: Period) -> str:
    """ "Semester I 2025" when the period is exactly a semester, else ""."""
    if not period.is_bounded or semester_of(period.start) != period:
        return ""
    number = "I" if period.start.month == 1 else "II"
    return _("Semester %(number)s %(year)s") % {"number": number, "year": period.start.year}
