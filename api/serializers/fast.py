"""Building blocks of the hand-written list serializers (fast_meetings, fast_commitments).

Each helper reproduces what the DRF field it replaces would output, byte for byte, so a list
built here renders exactly like one built by the serializers (tests/api/test_fast_lists.py
compares the two). They skip DRF's per-field machinery, which dominated the cost of a page of
50 nested meetings (about 80% of the request, measured in docs/benchmarks.md).
"""

import decimal
from collections.abc import Callable
from functools import cache
from zoneinfo import ZoneInfo

from django.db.models import QuerySet
from django.utils import timezone
from rest_framework.reverse import reverse

from api.serializers.directory import ORGANIZATION_REF_FIELDS
from core.fastpath import address_per_pk


def detail_url(request, view_name: str, format: str | None) -> Callable[[int], str]:
    """What HyperlinkedIdentityField gives: reverse() (versioning, format suffix, absolute URI)
    for one placeholder key, reused for every row, instead of a reverse() per row."""
    return address_per_pk(
        lambda pk: reverse(view_name, kwargs={"pk": pk}, request=request, format=format)
    )


def iso_datetime(value, zone=None) -> str | None:
    """DRF's DateTimeField with DATETIME_FORMAT iso-8601: in the current zone, "Z" for UTC.
    With `zone`, the meeting's own zone instead (MeetingSerializer's start and end)."""
    if value is None:
        return None
    if zone is not None:
        return value.astimezone(zone).isoformat()
    text = value.astimezone(timezone.get_current_timezone()).isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text


def iso_date(value) -> str | None:
    return None if value is None else value.isoformat()


def decimal_text(value, max_digits: int, places: int) -> str | None:
    """DRF's DecimalField (COERCE_DECIMAL_TO_STRING): quantized to the field's places."""
    if value is None:
        return None
    if not isinstance(value, decimal.Decimal):
        value = decimal.Decimal(str(value).strip())
    context = decimal.getcontext().copy()
    context.prec = max_digits
    return f"{value.quantize(decimal.Decimal('.1') ** places, context=context):f}"


@cache
def zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


def organization_lookups(relation: str) -> list[str]:
    return [f"{relation}__{key}" for key in ORGANIZATION_REF_FIELDS]


def organization_ref(row: dict, relation: str) -> dict | None:
    """OrganizationRefSerializer over the `<relation>__<field>` keys of a .values() row."""
    if row[f"{relation}__id"] is None:
        return None
    return {key: row[f"{relation}__{key}"] for key in ORGANIZATION_REF_FIELDS}


class CountedRows:
    """A page source for the paginator: rows from a .values() queryset, counted on the queryset
    it came from. Counting the .values() one would keep its joins (lead body, venue, the
    rescheduled meeting): 64 ms instead of 2 ms on 100,000 meetings in SQLite."""

    def __init__(self, rows: QuerySet, counted: QuerySet):
        self.rows, self.counted = rows, counted
        self.ordered = rows.ordered

    def count(self) -> int:
        return self.counted.count()

    def __len__(self) -> int:
        return self.count()

    def __getitem__(self, index):
        return self.rows[index]

    def __iter__(self):
        return iter(self.rows)
