"""Working days in Indonesia: weekends and national public holidays (hari libur nasional).

The holiday list comes from the maintained `holidays` package (its Indonesian calendar follows
the government's yearly joint decree); it is only used to warn, never to refuse a date.
"""

import datetime
from functools import lru_cache

import holidays
from django.utils import translation
from django.utils.translation import gettext as _

LANGUAGES = {"id": "id", "en": "en_US"}


@lru_cache(maxsize=64)
def _holidays(year: int, language: str) -> dict[datetime.date, str]:
    return dict(holidays.Indonesia(years=year, language=language))


def non_working_day(day: datetime.date) -> str | None:
    """Why `day` is not a working day ("a Saturday", "a public holiday: Idul Fitri"), or None."""
    language = LANGUAGES.get((translation.get_language() or "id")[:2], "id")
    name = _holidays(day.year, language).get(day)
    if name:
        return _("a public holiday: %(name)s") % {"name": name}
    if day.weekday() == 5:
        return _("a Saturday")
    if day.weekday() == 6:
        return _("a Sunday")
    return None


def holidays_between(first: datetime.date, last: datetime.date) -> dict[str, str]:
    """ISO date -> holiday name for the years covering [first, last], for the form's script."""
    language = LANGUAGES.get((translation.get_language() or "id")[:2], "id")
    days = {}
    for year in range(first.year, last.year + 1):
        days.update({d.isoformat(): n for d, n in _holidays(year, language).items()})
    return days
