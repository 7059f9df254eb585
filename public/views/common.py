"""Small helpers the page views share."""

import datetime

from django.utils import timezone

from meetings.access import Actor, actor_for


def reader(request) -> Actor:
    """Who is reading, once per request."""
    if not hasattr(request, "_public_actor"):
        request._public_actor = actor_for(request.user)
    return request._public_actor


def query_without(request, *names: str) -> str:
    """The current query string without some keys, to build links that keep the filters."""
    query = request.GET.copy()
    for name in names:
        query.pop(name, None)
    return query.urlencode()


def month_from_query(value: str | None) -> datetime.date:
    """`?month=2025-02`; anything else means the current month."""
    try:
        year, month = (int(part) for part in (value or "").split("-"))
        return datetime.date(year, month, 1)
    except ValueError:
        return timezone.localdate().replace(day=1)


def shift_month(first_day: datetime.date, months: int) -> datetime.date:
    index = first_day.year * 12 + first_day.month - 1 + months
    return datetime.date(index // 12, index % 12 + 1, 1)
