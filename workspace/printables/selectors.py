"""What the printed attendance list and minutes show, read in a fixed number of queries."""

import datetime
from dataclasses import dataclass

from django.db.models import Prefetch, Q

from commitments.models import Commitment
from meetings.models import (
    AgendaItem,
    Attendance,
    Meeting,
    Membership,
    OfficeRole,
    Outcome,
    Participant,
    ParticipantRole,
)

PRESENT = [Attendance.PRESENT, Attendance.REPRESENTED]


def printable_meeting(*, pk: int) -> Meeting:
    """Raises Meeting.DoesNotExist. Outcomes not tied to an agenda item are `general_outcomes`."""
    return (
        Meeting.objects.select_related("lead_body", "venue")
        .prefetch_related(
            Prefetch(
                "agenda_items",
                queryset=AgendaItem.objects.order_by("order").prefetch_related("outcomes"),
            ),
            Prefetch(
                "participants",
                queryset=Participant.objects.select_related(
                    "person", "organization", "represented_by"
                ).order_by("pk"),
            ),
            Prefetch(
                "outcomes",
                queryset=Outcome.objects.filter(agenda_item__isnull=True),
                to_attr="general_outcomes",
            ),
        )
        .get(pk=pk)
    )


def offices_on(person_ids, day: datetime.date) -> dict[int, str]:
    """Each person's office on the meeting's day ("Kepala – Diskominfo"): the office a
    participant held then is what the minutes record, not the one held today."""
    memberships = (
        Membership.objects.filter(person_id__in=person_ids)
        .filter(Q(start_date__isnull=True) | Q(start_date__lte=day))
        .filter(Q(end_date__isnull=True) | Q(end_date__gte=day))
        .select_related("organization")
        # A real office before plain membership; the definitive holder before an acting one.
        .order_by("person_id", "acting", "-start_date")
    )
    best: dict[int, Membership] = {}
    for membership in memberships:
        held = best.get(membership.person_id)
        if held is None or (
            held.role == OfficeRole.MEMBER and membership.role != OfficeRole.MEMBER
        ):
            best[membership.person_id] = membership
    return {person_id: _office(membership) for person_id, membership in best.items()}


def _office(membership: Membership) -> str:
    organization = membership.organization
    label = membership.label or membership.get_role_display()
    name = organization.abbreviation or organization.name
    prefix = f"{membership.get_acting_display()} " if membership.acting else ""
    return f"{prefix}{label}" if name in label else f"{prefix}{label} – {name}"


@dataclass(frozen=True)
class Row:
    participant: Participant
    name: str
    office: str


def participant_rows(meeting: Meeting) -> list[Row]:
    participants = list(meeting.participants.all())
    day = meeting.local_start.date()
    offices = offices_on({p.person_id for p in participants if p.person_id}, day)
    rows = []
    for participant in participants:
        organization = participant.organization
        if participant.person is None:
            # An agency invited as such: its name is the row's name, its office unknown.
            rows.append(Row(participant=participant, name=organization.name, office=""))
            continue
        office = offices.get(participant.person_id, "")
        if not office and organization is not None:
            office = organization.name
        name = str(participant.person)
        rows.append(Row(participant=participant, name=name, office=office))
    return rows


def with_role(rows: list[Row], role: str) -> list[Row]:
    return [row for row in rows if row.participant.role == role]


def present(rows: list[Row]) -> list[Row]:
    """Members and guests present, the chair and the minute-taker being named apart."""
    apart = {ParticipantRole.CHAIR, ParticipantRole.MINUTE_TAKER}
    return [
        row
        for row in rows
        if row.participant.attendance in PRESENT and row.participant.role not in apart
    ]


def meeting_commitments(meeting: Meeting) -> list[Commitment]:
    return list(
        Commitment.objects.filter(meeting=meeting)
        .select_related("owner", "person_in_charge", "agenda_item")
        .order_by("agenda_item__order", "pk")
    )
