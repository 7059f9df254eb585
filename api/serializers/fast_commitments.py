"""The commitments list without DRF's field machinery: the same output as CommitmentSerializer,
built from .values() rows. CommitmentSerializer stays the documented schema and the serializer
of every other endpoint; tests/api/test_fast_lists.py requires the same bytes from both."""

from django.db.models import QuerySet
from django.utils import timezone

from api.serializers.fast import (
    CountedRows,
    detail_url,
    iso_date,
    iso_datetime,
    organization_lookups,
    organization_ref,
)
from commitments.models import Commitment, overdue_on, owner_group

COMMITMENT = [
    "id",
    "meeting_id",
    "meeting__kind",
    "meeting__start",
    "agenda_item",
    "kind",
    "text",
    "source_quote",
    "owner_role",
    "due_date",
    "status",
    "status_reason",
    "progress",
    "verification",
    "verified_at",
    "is_public",
    "created_at",
    "updated_at",
]
PERSON = ["id", "slug", "name", "honorific_prefix", "honorific_suffix"]


def commitment_rows(commitments: QuerySet[Commitment]) -> CountedRows:
    """The list's rows as dicts, after the filters and ordering: one query, relations joined."""
    plain = commitments.select_related(None).prefetch_related(None)
    rows = plain.values(
        *COMMITMENT,
        *organization_lookups("owner"),
        *organization_lookups("answers_to"),
        *(f"person_in_charge__{key}" for key in PERSON),
    )
    return CountedRows(rows, plain)


def _full_name(prefix: str, name: str, suffix: str) -> str:
    # Person.full_name, from the row's columns.
    name = " ".join(part for part in (prefix, name) if part)
    return f"{name}, {suffix}" if suffix else name


def _person(row: dict) -> dict | None:
    if row["person_in_charge__id"] is None:
        return None
    person = {key: row[f"person_in_charge__{key}"] for key in ("id", "slug", "name")}
    person["full_name"] = _full_name(
        row["person_in_charge__honorific_prefix"],
        row["person_in_charge__name"],
        row["person_in_charge__honorific_suffix"],
    )
    return person


def commitment_list_data(rows: list[dict], request, format: str | None) -> list[dict]:
    url = detail_url(request, "api:commitment-detail", format)
    today = timezone.localdate()
    return [
        {
            "id": row["id"],
            "url": url(row["id"]),
            "meeting": {
                "id": row["meeting_id"],
                "kind": row["meeting__kind"],
                "start": iso_datetime(row["meeting__start"]),
            },
            "agenda_item": row["agenda_item"],
            "kind": row["kind"],
            "text": row["text"],
            "source_quote": row["source_quote"],
            "owner": organization_ref(row, "owner"),
            "owner_kind": owner_group(row["owner__kind"]),
            "owner_role": row["owner_role"],
            "person_in_charge": _person(row),
            "answers_to": organization_ref(row, "answers_to"),
            "due_date": iso_date(row["due_date"]),
            "status": row["status"],
            "status_reason": row["status_reason"],
            "progress": row["progress"],
            "verification": row["verification"],
            "verified_at": iso_datetime(row["verified_at"]),
            "is_overdue": overdue_on(today, status=row["status"], due_date=row["due_date"]),
            "is_public": row["is_public"],
            "created_at": iso_datetime(row["created_at"]),
            "updated_at": iso_datetime(row["updated_at"]),
        }
        for row in rows
    ]
