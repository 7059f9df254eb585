"""Writes to meetings. Each function is one transaction: it saves everything or nothing."""

import datetime
from collections.abc import Sequence

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from meetings.errors import IllegalTransition
from meetings.models import (
    AgendaItem,
    Attendance,
    Meeting,
    MeetingStatus,
    Organization,
    Outcome,
    Participant,
    Venue,
)
from meetings.models.choices import LEAD_BODY_KINDS, default_openness
from meetings.services.inputs import AgendaItemInput, ParticipantInput
from meetings.services.seating import seat_invited
from meetings.services.validation import prefixed_errors, require_valid_times, validated

# A change to any of these must reach calendar subscribers, so it raises `revision`.
CALENDAR_FIELDS = ("start", "end", "venue_id", "online_url", "status", "title", "kind")


@transaction.atomic
def meeting_create(
    *,
    title: str,
    kind: str,
    lead_body: Organization,
    start: datetime.datetime,
    end: datetime.datetime | None = None,
    other_bodies: Sequence[Organization] = (),
    invited_organizations: Sequence[Organization] = (),
    venue: Venue | None = None,
    online_url: str = "",
    openness: str | None = None,
    status: str = MeetingStatus.SCHEDULED,
    summary: str = "",
    source_url: str = "",
    external_id: str | None = None,
    agenda_items: Sequence[AgendaItemInput] = (),
    participants: Sequence[ParticipantInput] = (),
) -> Meeting:
    """Create a meeting with its agenda (and outcomes) and participants in one go."""
    require_valid_times(start=start, end=end)
    _require_lead_body(lead_body)
    meeting = validated(
        Meeting(
            title=title,
            kind=kind,
            lead_body=lead_body,
            start=start,
            end=end,
            venue=venue,
            online_url=online_url,
            openness=openness or default_openness(kind),
            status=status,
            summary=summary,
            source_url=source_url,
            external_id=external_id or None,
        )
    )
    meeting.save()
    meeting.other_bodies.set(other_bodies)
    meeting.invited_organizations.set(invited_organizations)
    _add_agenda_items(meeting, agenda_items)
    add_participants(meeting, participants)
    seat_invited(meeting)
    return meeting


@transaction.atomic
def meeting_update(*, meeting: Meeting, **changes) -> Meeting:
    """Save changed fields; a change of time, place or status raises the calendar revision."""
    for name, value in changes.items():
        setattr(meeting, name, value)
    require_valid_times(start=meeting.start, end=meeting.end)
    stored = Meeting.objects.select_for_update().get(pk=meeting.pk)
    if any(getattr(stored, name) != getattr(meeting, name) for name in CALENDAR_FIELDS):
        meeting.revision = stored.revision + 1
    validated(meeting)
    meeting.save()
    return meeting


@transaction.atomic
def meeting_reschedule(
    *,
    meeting: Meeting,
    new_start: datetime.datetime,
    new_end: datetime.datetime | None = None,
    venue: Venue | None = None,
    reason: str = "",
) -> Meeting:
    """Postpone a meeting: the old record stays, marked postponed and linked to a new one.

    The new meeting keeps the bodies, invitations, agenda and invited participants; its end
    keeps the old duration unless a new end is given; its venue stays unless a new one is given.
    """
    require_valid_times(start=new_start, end=new_end, start_field="new_start", end_field="new_end")
    meeting = _lock_scheduled(meeting)
    if new_end is None and meeting.end is not None:
        new_end = new_start + (meeting.end - meeting.start)
    rescheduled = validated(
        Meeting(
            title=meeting.title,
            kind=meeting.kind,
            lead_body_id=meeting.lead_body_id,
            start=new_start,
            end=new_end,
            venue=venue or meeting.venue,
            online_url=meeting.online_url,
            openness=meeting.openness,
            summary=meeting.summary,
            source_url=meeting.source_url,
        )
    )
    rescheduled.save()
    rescheduled.other_bodies.set(meeting.other_bodies.all())
    rescheduled.invited_organizations.set(meeting.invited_organizations.all())
    for item in meeting.agenda_items.all():
        item.pk = None
        item.meeting = rescheduled
        item.save()
    Participant.objects.bulk_create(
        Participant(
            meeting=rescheduled,
            person_id=participant.person_id,
            organization_id=participant.organization_id,
            role=participant.role,
        )
        for participant in meeting.participants.all()
    )
    meeting.status = MeetingStatus.POSTPONED
    meeting.status_reason = reason
    meeting.rescheduled_to = rescheduled
    meeting.revision += 1
    meeting.save()
    return rescheduled


@transaction.atomic
def meeting_cancel(*, meeting: Meeting, reason: str) -> Meeting:
    if not reason.strip():
        raise ValidationError({"reason": _("Say why the meeting is cancelled.")})
    meeting = _lock_scheduled(meeting)
    meeting.status = MeetingStatus.CANCELLED
    meeting.status_reason = reason.strip()
    meeting.revision += 1
    meeting.save()
    return meeting


def _require_lead_body(lead_body: Organization) -> None:
    if lead_body.kind not in LEAD_BODY_KINDS:
        raise ValidationError(
            {
                "lead_body": _("A meeting is led by the DPRD or one of its bodies, not by %(org)s.")
                % {"org": lead_body}
            }
        )


def _lock_scheduled(meeting: Meeting) -> Meeting:
    locked = Meeting.objects.select_for_update().get(pk=meeting.pk)
    if locked.status != MeetingStatus.SCHEDULED:
        raise IllegalTransition(
            {
                "status": _(
                    "Only a scheduled meeting can be changed this way; this one is %(status)s."
                )
                % {"status": locked.get_status_display()}
            }
        )
    return locked


def _add_agenda_items(meeting: Meeting, items: Sequence[AgendaItemInput]) -> None:
    for position, item in enumerate(items, start=1):
        with prefixed_errors(f"agenda_items[{position - 1}]"):
            agenda_item = validated(
                AgendaItem(
                    meeting=meeting,
                    order=position,
                    number=item.number or str(position),
                    title=item.title,
                    description=item.description,
                    legislation=item.legislation,
                    legislation_role=item.legislation_role,
                    is_public=item.is_public,
                )
            )
            agenda_item.save()
            for order, outcome in enumerate(item.outcomes, start=1):
                with prefixed_errors(f"outcomes[{order - 1}]"):
                    validated(
                        Outcome(
                            meeting=meeting,
                            agenda_item=agenda_item,
                            kind=outcome.kind,
                            text=outcome.text,
                            order=order,
                        )
                    ).save()


def add_participants(
    meeting: Meeting, participants: Sequence[ParticipantInput], *, group: str = "participants"
) -> None:
    for index, spec in enumerate(participants):
        with prefixed_errors(f"{group}[{index}]"):
            validated(
                Participant(
                    meeting=meeting,
                    person=spec.person,
                    organization=spec.organization,
                    role=spec.role,
                    attendance=spec.attendance or Attendance.INVITED,
                    represented_by=spec.represented_by,
                    representative_title=spec.representative_title,
                    assignment_letter=spec.assignment_letter,
                    reason=spec.reason,
                )
            ).save()
