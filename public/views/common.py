"""Small helpers the page views share."""

import datetime
import functools

from django.core.exceptions import ValidationError
from django.http import HttpResponseBadRequest, HttpResponsePermanentRedirect, QueryDict
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


def renamed_query(query: QueryDict, renamed: dict, values: dict) -> QueryDict | None:
    """The query with old parameter names (and old spellings of values) written the new way,
    other parameters kept in their order; None when nothing is old. Where both an old and its
    new name are given, the new one wins."""
    old_values = any(v in values[name] for name in values for v in query.getlist(name))
    if not old_values and not any(name in query for name in renamed):
        return None
    fresh = QueryDict(mutable=True)
    for name, items in query.lists():
        new_name = renamed.get(name, name)
        if new_name != name and new_name in query:
            continue
        spellings = values.get(new_name, {})
        for item in items:
            fresh.appendlist(new_name, spellings.get(item, item))
    return fresh


def redirect_old_parameters(renamed: dict, values: dict | None = None):
    """A view decorator: an address with a parameter the page used to read answers with a
    permanent redirect to the same address in the names the page (and the API) read now."""

    def decorate(view):
        @functools.wraps(view)
        def wrapper(request, *args, **kwargs):
            fresh = renamed_query(request.GET, renamed, values or {})
            if fresh is None:
                return view(request, *args, **kwargs)
            query = fresh.urlencode()
            return HttpResponsePermanentRedirect(
                f"{request.path}?{query}" if query else request.path
            )

        return wrapper

    return decorate
