"""A DPRD body's page and a government agency's (OPD) page."""

from django.db.models import Max, Prefetch, Q
from django.utils import timezone

from commitments.access import commitments_q
from commitments.models import CLOSED_STATUSES, CommitmentStatus, UpdateKind
from commitments.selectors import commitment_list
from meetings.access import Actor
from meetings.models import Membership, Organization, Participant
from meetings.selectors import meetings_for
from public.calendar.selection import organization_meetings_q
from public.cards import meeting_card

MEETINGS_SHOWN = 50


def current_members(body: Organization) -> list[Membership]:
    today = timezone.localdate()
    return list(
        Membership.objects.filter(organization=body)
        .filter(Q(start_date__isnull=True) | Q(start_date__lte=today))
        .filter(Q(end_date__isnull=True) | Q(end_date__gte=today))
        .select_related("person")
        .order_by("role", "person__name")
    )


def organization_meeting_cards(actor: Actor, organization: Organization):
    meetings = (
        meetings_for(actor)
        .filter(organization_meetings_q(actor, organization))
        .order_by("-start")[:MEETINGS_SHOWN]
    )
    return [meeting_card(meeting) for meeting in meetings]


def body_commitments(actor: Actor, body: Organization):
    return list(commitment_list().filter(commitments_q(actor), answers_to=body))


def agency_meetings(actor: Actor, agency: Organization) -> list[tuple]:
    """(card, how the agency took part) for each meeting it was invited to or attended."""
    meetings = (
        meetings_for(actor)
        .filter(organization_meetings_q(actor, agency))
        .prefetch_related(
            Prefetch(
                "participants",
                queryset=Participant.objects.filter(organization=agency).select_related(
                    "person", "represented_by"
                ),
                to_attr="agency_participants",
            )
        )
        .order_by("-start")[:MEETINGS_SHOWN]
    )
    return [(meeting_card(meeting), meeting.agency_participants) for meeting in meetings]


def agency_commitments(actor: Actor, agency: Organization):
    # When the agency reported it done: the last "submitted as done" step of its timeline.
    return list(
        commitment_list()
        .filter(commitments_q(actor), owner=agency)
        .annotate(finished_on=Max("updates__date", filter=Q(updates__kind=UpdateKind.SUBMITTED)))
    )


def on_time_record(commitments) -> dict:
    """How the agency keeps its due dates: done on time, done late, overdue, still open."""
    record = {"on_time": 0, "late": 0, "overdue": 0, "open": 0, "total": len(commitments)}
    for commitment in commitments:
        if commitment.status == CommitmentStatus.DONE and commitment.due_date:
            finished = commitment.finished_on or commitment.updated_at.date()
            record["on_time" if finished <= commitment.due_date else "late"] += 1
        elif commitment.status not in CLOSED_STATUSES:
            record["overdue" if commitment.is_overdue else "open"] += 1
    return record
