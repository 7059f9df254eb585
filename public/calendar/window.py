"""Which stretch of time a feed covers: bounded, so a feed stays small and fast."""

import datetime
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _

from core.dates import RANGE_MESSAGE, is_plausible

DEFAULT_DAYS_BACK = 90
DEFAULT_DAYS_AHEAD = 365
# Longest window a caller may ask for: beyond it a feed would grow without bound.
MAX_WINDOW_DAYS = 3 * 366
# Indonesia's zones reach from UTC+7 to UTC+9: the window's edges are taken generously in UTC.
EARLIEST_ZONE = ZoneInfo("Asia/Jayapura")
LATEST_ZONE = ZoneInfo("Asia/Jakarta")


@dataclass(frozen=True)
class Window:
    first_day: datetime.date
    last_day: datetime.date

    @property
    def start(self) -> datetime.datetime:
        return datetime.datetime.combine(self.first_day, datetime.time(), EARLIEST_ZONE)

    @property
    def end(self) -> datetime.datetime:
        next_day = self.last_day + datetime.timedelta(days=1)
        return datetime.datetime.combine(next_day, datetime.time(), LATEST_ZONE)


def _parse_day(value: str, field: str) -> datetime.date:
    try:
        day = datetime.date.fromisoformat(value)
    except ValueError:
        raise ValidationError({field: _("Give a date as YYYY-MM-DD, e.g. 2025-02-26.")}) from None
    if not is_plausible(day):
        raise ValidationError({field: str(RANGE_MESSAGE)})
    return day


def window_from_query(query, today: datetime.date | None = None) -> Window:
    """`?from=YYYY-MM-DD&to=YYYY-MM-DD`, defaulting to 90 days back and a year ahead."""
    today = today or timezone.localdate()
    first = today - datetime.timedelta(days=DEFAULT_DAYS_BACK)
    last = today + datetime.timedelta(days=DEFAULT_DAYS_AHEAD)
    if query.get("from"):
        first = _parse_day(query["from"], "from")
    if query.get("to"):
        last = _parse_day(query["to"], "to")
    if last < first:
        raise ValidationError({"to": _("The end of the window must not be before its start.")})
    if (last - first).days > MAX_WINDOW_DAYS:
        raise ValidationError(
            {"to": _("A window covers at most %(days)d days.") % {"days": MAX_WINDOW_DAYS}}
        )
    return Window(first_day=first, last_day=last)
