"""What a feed's events are made of, read as plain rows in three queries.

Model instances, prefetch bookkeeping and lazy choice labels cost more than the events
themselves at 10,000 meetings, so the feed reads `.values()` and joins in Python; names of
organizations, venues and legislation come from the already-loaded Directory.
"""

from dataclasses import dataclass, field

from django.db.models import IntegerField, QuerySet, Value

from commitments.models import Commitment
from meetings.models import AgendaItem, Meeting

MEETING_FIELDS = (
    "pk",
    "title",
    "kind",
    "lead_body_id",
    "venue_id",
    "start",
    "end",
    "online_url",
    "status",
    "status_reason",
    "rescheduled_to_id",
    "revision",
    "created_at",
    "updated_at",
    "details_visible",  # annotated by meetings_for(actor)
    "insider",
    "shown_updated_at",
    "shown_revision",
)
AGENDA_FIELDS = ("meeting_id", "order", "number", "title", "is_public", "legislation_id")
COMMITMENT_FIELDS = (
    "pk",
    "text",
    "status",
    "verification",
    "progress",
    "owner_id",
    "answers_to_id",
    "due_date",
    "created_at",
    "updated_at",
)
OTHER_BODY, INVITED = 0, 1


@dataclass
class MeetingRow:
    values: dict
    other_body_ids: list[int] = field(default_factory=list)
    invited_ids: list[int] = field(default_factory=list)
    agenda: list[dict] = field(default_factory=list)


def meeting_rows(meetings: QuerySet[Meeting], values: list[dict] | None = None) -> list[MeetingRow]:
    """`meetings` annotated by meetings_for(actor), already filtered and ordered; `values`:
    their MEETING_FIELDS rows when already read."""
    plain = meetings.select_related(None).prefetch_related(None)
    if values is None:
        values = plain.values(*MEETING_FIELDS)
    rows = {row["pk"]: MeetingRow(row) for row in values}
    if not rows:
        return []
    # Through a subquery of the same filter, not a list of ids: a window may hold 30,000.
    ids = plain.order_by().values("pk")
    bodies = Meeting.other_bodies.through.objects.filter(meeting_id__in=ids).values_list(
        "meeting_id", "organization_id", Value(OTHER_BODY, output_field=IntegerField())
    )
    invited = Meeting.invited_organizations.through.objects.filter(meeting_id__in=ids)
    invited = invited.values_list(
        "meeting_id", "organization_id", Value(INVITED, output_field=IntegerField())
    )
    for meeting_id, organization_id, role in bodies.union(invited, all=True):
        row = rows[meeting_id]
        (row.other_body_ids if role == OTHER_BODY else row.invited_ids).append(organization_id)
    agenda = AgendaItem.objects.filter(meeting_id__in=ids).order_by("meeting_id", "order")
    for item in agenda.values(*AGENDA_FIELDS):
        rows[item["meeting_id"]].agenda.append(item)
    return list(rows.values())


def commitment_rows(commitments: QuerySet[Commitment]) -> list[dict]:
    return list(commitments.select_related(None).values(*COMMITMENT_FIELDS))
