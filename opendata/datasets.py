"""The published datasets: their descriptions, their fields with types, and their rows.

Field types follow Frictionless Table Schema (string, integer, number, boolean, date, datetime,
array); arrays are JSON lists, and in CSV their values are joined with LIST_SEPARATOR ("; "),
so the CSV's Table Schema declares them as strings (Table Schema's own array is JSON text).
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django.db.models import QuerySet
from django.utils import timezone
from django.utils.functional import Promise

from core.spreadsheet import LIST_SEPARATOR
from opendata import sources


@dataclass(frozen=True)
class Field:
    name: str
    type: str
    description: Promise
    # The only values the column takes, stated so that validators check them.
    enum: tuple[str, ...] = ()

    def table_schema(self) -> dict:
        """The field as a Frictionless Table Schema field of the CSV file."""
        if self.type == "array":
            return {
                "name": self.name,
                "type": "string",
                "description": str(self.description),
                # Not Table Schema: tells readers how to split the cell.
                "separator": LIST_SEPARATOR,
            }
        schema = {"name": self.name, "type": self.type, "description": str(self.description)}
        if self.enum:
            schema["constraints"] = {"enum": list(self.enum)}
        return schema


@dataclass(frozen=True)
class Dataset:
    slug: str
    title: Promise
    description: Promise
    keywords: tuple[str, ...]
    fields: tuple[Field, ...]
    # The rows as dicts keyed by field name; `absolute` turns a site path into a full URL.
    rows: Callable[[Callable[[str], str]], Iterable[dict]]
    # The rows' queryset, the path from a row to its meeting (for the temporal coverage) and
    # the field that says when a row last changed.
    source: Callable[[], QuerySet]
    meetings_path: str
    modified_field: str
    has_ocd: bool = False


def _local(value):
    return value.astimezone(timezone.get_default_timezone()) if value else None


def _iso(value) -> str | None:
    return value.isoformat() if value else None


def _meeting_start(meeting) -> str:
    # In the meeting's own zone, with its offset: 2025-02-26T09:00:00+07:00.
    return meeting.local_start.isoformat()


def meeting_rows(absolute) -> Iterable[dict]:
    for meeting in sources.open_meetings():
        venue = meeting.venue
        yield {
            "id": meeting.pk,
            "url": absolute(f"/meetings/{meeting.pk}/"),
            "title": meeting.title,
            "kind": meeting.kind,
            "kind_label": meeting.get_kind_display(),
            "status": meeting.status,
            "status_label": meeting.get_status_display(),
            "start": _meeting_start(meeting),
            "end": _iso(meeting.end.astimezone(meeting.local_start.tzinfo))
            if meeting.end
            else None,
            "time_zone": meeting.time_zone,
            "lead_body": meeting.lead_body.name,
            "lead_body_slug": meeting.lead_body.slug,
            "other_bodies": [body.name for body in meeting.other_bodies.all()],
            "invited_organizations": [org.name for org in meeting.invited_organizations.all()],
            "venue": venue.full_address if venue else "",
            "online_url": meeting.online_url,
            "summary": meeting.summary,
            "minutes_state": meeting.minutes_state,
            "rescheduled_to": meeting.rescheduled_to_id,
            "source_url": meeting.source_url,
        }


def agenda_rows(absolute) -> Iterable[dict]:
    for item in sources.public_agenda_items():
        yield {
            "id": item.pk,
            "meeting_id": item.meeting_id,
            "meeting_url": absolute(f"/meetings/{item.meeting_id}/"),
            "order": item.order,
            "number": item.number,
            "title": item.title,
            "description": item.description,
            "legislation": item.legislation.title if item.legislation_id else "",
            "legislation_kind": item.legislation.kind if item.legislation_id else "",
            "legislation_role": item.legislation_role,
        }


def attendance_rows(absolute) -> Iterable[dict]:
    for participant in sources.public_attendance():
        yield {
            "id": participant.pk,
            "meeting_id": participant.meeting_id,
            "meeting_start": _meeting_start(participant.meeting),
            "person": participant.person.full_name if participant.person_id else "",
            "organization": participant.organization.name if participant.organization_id else "",
            "organization_slug": (
                participant.organization.slug if participant.organization_id else ""
            ),
            "role": participant.role,
            "attendance": participant.attendance,
            "attendance_label": participant.get_attendance_display(),
            "represented_by": (
                participant.represented_by.full_name if participant.represented_by_id else ""
            ),
            "assignment_letter": participant.assignment_letter,
            "reason": participant.reason,
        }


def commitment_rows(absolute) -> Iterable[dict]:
    for commitment in sources.public_commitments():
        item = commitment.agenda_item
        yield {
            "id": commitment.pk,
            "url": absolute(f"/commitments/{commitment.pk}/"),
            "meeting_id": commitment.meeting_id,
            "meeting_date": commitment.meeting.local_start.date().isoformat(),
            # A non-public agenda item of an open meeting stays unnamed here too.
            "agenda_item_id": item.pk if item is not None and item.is_public else None,
            "kind": commitment.kind,
            "text": commitment.text,
            "owner": commitment.owner.name,
            "owner_slug": commitment.owner.slug,
            "owner_kind": commitment.owner_group,
            "answers_to": commitment.answers_to.name,
            "answers_to_slug": commitment.answers_to.slug,
            "due_date": _iso(commitment.due_date),
            "status": commitment.status,
            # The words the pages use: a follow-up reported done awaits verification until verified.
            "status_label": commitment.display_status.label,
            "progress": commitment.progress,
            "verification": commitment.verification,
            "verified_on": _iso(_local(commitment.verified_at).date())
            if commitment.verified_at
            else None,
            "overdue": commitment.is_overdue,
        }
