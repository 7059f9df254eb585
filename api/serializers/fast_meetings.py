"""The meetings list without DRF's field machinery: the same output as MeetingSerializer (keys,
order, values, redaction of closed meetings), built from .values() rows.

MeetingSerializer stays the documented schema and the serializer of every other endpoint;
tests/api/test_fast_lists.py renders one page both ways and requires the same bytes.
"""

from django.db.models import QuerySet

from api.serializers.directory import VENUE_FIELDS
from api.serializers.fast import (
    CountedRows,
    decimal_text,
    detail_url,
    iso_datetime,
    organization_lookups,
    organization_ref,
    zone,
)
from api.serializers.meetings import MeetingSerializer
from core.fastpath import choice_labels
from meetings.models import Meeting, MeetingKind
from meetings.models.choices import ZONE_ABBREVIATIONS

MEETING = [
    "id",
    "kind",
    "title",
    "start",
    "end",
    "openness",
    "online_url",
    "status",
    "status_reason",
    "rescheduled_to",
    "rescheduled_from",
    "minutes_state",
    "revision",
    "updated_at",
    "details_visible",
]
# Venue.latitude/longitude: DecimalField(max_digits=9, decimal_places=6).
COORDINATE = (9, 6)


def meeting_rows(meetings: QuerySet[Meeting]) -> CountedRows:
    """The list's rows as dicts, from meetings_for() after the filters and ordering: one query
    with the lead body and venue joined (other bodies come in one more, per page)."""
    plain = meetings.select_related(None).prefetch_related(None)
    rows = plain.values(
        *MEETING,
        *organization_lookups("lead_body"),
        "lead_body__time_zone",
        *(f"venue__{key}" for key in VENUE_FIELDS),
    )
    return CountedRows(rows, plain)


def _other_bodies(meeting_ids: list[int]) -> dict[int, list[dict]]:
    """Each meeting's joint bodies, in Organization's own order (as the prefetch gives them)."""
    if not meeting_ids:
        return {}
    links = (
        Meeting.other_bodies.through.objects.filter(meeting_id__in=meeting_ids)
        .order_by("organization__kind", "organization__name")
        .values("meeting_id", *organization_lookups("organization"))
    )
    bodies: dict[int, list[dict]] = {}
    for link in links:
        bodies.setdefault(link["meeting_id"], []).append(organization_ref(link, "organization"))
    return bodies


def _venue(row: dict) -> dict | None:
    if row["venue__id"] is None:
        return None
    venue = {key: row[f"venue__{key}"] for key in VENUE_FIELDS}
    venue["latitude"] = decimal_text(venue["latitude"], *COORDINATE)
    venue["longitude"] = decimal_text(venue["longitude"], *COORDINATE)
    return venue


def _redacted(data: dict) -> dict:
    """MeetingSerializer's redaction: what is not kept becomes empty ("" for text, [] for lists,
    None otherwise) and the title becomes the kind's name."""
    keep = MeetingSerializer.REDACTED_KEEP
    redacted = {}
    for key, value in data.items():
        if key in keep:
            redacted[key] = value
        elif isinstance(value, list):
            redacted[key] = []
        else:
            redacted[key] = "" if isinstance(value, str) and key != "updated_at" else None
    redacted["title"] = data["kind_label"]
    return redacted


def meeting_list_data(rows: list[dict], request, format: str | None) -> list[dict]:
    url = detail_url(request, "api:meeting-detail", format)
    kinds = choice_labels(MeetingKind.choices)
    # Closed meetings the caller may not read get no joint bodies: they are emptied anyway.
    others = _other_bodies([row["id"] for row in rows if row["details_visible"]])
    results = []
    for row in rows:
        # The venue decides the zone; online meetings follow the lead body's (Meeting.time_zone).
        time_zone = row["venue__time_zone"] if row["venue__id"] else row["lead_body__time_zone"]
        local = zone(time_zone)
        kind_label = kinds.get(row["kind"], row["kind"])
        data = {
            "id": row["id"],
            "url": url(row["id"]),
            "is_redacted": not row["details_visible"],
            "kind": row["kind"],
            "kind_label": kind_label,
            "title": row["title"],
            "lead_body": organization_ref(row, "lead_body"),
            "other_bodies": others.get(row["id"], []),
            "start": iso_datetime(row["start"], local),
            "end": iso_datetime(row["end"], local),
            "time_zone": time_zone,
            "zone_label": ZONE_ABBREVIATIONS.get(time_zone, time_zone),
            "openness": row["openness"],
            "venue": _venue(row),
            "online_url": row["online_url"],
            "status": row["status"],
            "status_reason": row["status_reason"],
            "rescheduled_to": row["rescheduled_to"],
            "rescheduled_from": row["rescheduled_from"],
            "minutes_state": row["minutes_state"],
            "revision": row["revision"],
            "updated_at": iso_datetime(row["updated_at"]),
        }
        results.append(data if row["details_visible"] else _redacted(data))
    return results
