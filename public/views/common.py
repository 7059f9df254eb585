"""Small helpers the page views share."""

import datetime

from django.core.exceptions import ValidationError
from django.http import HttpResponseBadRequest
from django.utils import timezone

from core.dates import RANGE_MESSAGE, is_plausible


def query_without(request, *names: str) -> str:
    """The current query string without some keys, to build links that keep the filters."""
    query = request.GET.copy()
    for name in names:
        query.pop(name, None)
    return query.urlencode()


def month_from_query(value: str | None) -> datetime.date:
    """`?month=2025-02`; anything unreadable means the current month. A month outside
    1950-2100 raises ValidationError on `month` (its neighbours would overflow)."""
    try:
        year, month = (int(part) for part in (value or "").split("-"))
        first_day = datetime.date(year, month, 1)
    except (ValueError, OverflowError):
        return timezone.localdate().replace(day=1)
    if not is_plausible(first_day):
        raise ValidationError({"month": str(RANGE_MESSAGE)})
    return first_day


def shift_month(first_day: datetime.date, months: int) -> datetime.date:
    index = first_day.year * 12 + first_day.month - 1 + months
    return datetime.date(index // 12, index % 12 + 1, 1)


def bad_query(error: ValidationError) -> HttpResponseBadRequest:
    """A 400 whose text names each query parameter to fix, as the calendar feeds answer."""
    lines = [f"{field}: {' '.join(messages)}" for field, messages in error.message_dict.items()]
    return HttpResponseBadRequest("\n".join(lines), content_type="text/plain; charset=utf-8")
