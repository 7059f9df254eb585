"""A DPRD body's page and a government agency's (OPD) page."""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.db.models import Case, Prefetch, Q, When
from django.urls import reverse
from django.utils import timezone

from accountability.selectors.figures import Figures
from accountability.selectors.scoreboard import record
from commitments.access import commitments_q
from commitments.models import (
    CLOSED_STATUSES,
)
from commitments.selectors import commitment_list
from meetings.access import Actor, organization_meetings_q
from meetings.models import Meeting, Membership, Organization, Participant
from meetings.selectors import meetings_for
from public.cards import Labels, meeting_card, meeting_cards

MEETINGS_SHOWN = 50
COMMITMENTS_SHOWN = 100


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
    return meeting_cards(meetings)


@dataclass(frozen=True)
class CommitmentExcerpt:
    """The first follow-ups a page lists, how many there are, and where the full list is."""

    rows: list
    total: int
    full_list_url: str

    @property
    def is_partial(self) -> bool:
        return self.total > len(self.rows)


def commitment_excerpt(
    actor: Actor, *, owner: Organization | None = None, answers_to: Organization | None = None
) -> CommitmentExcerpt:
    """Open follow-ups first, soonest due first; at most COMMITMENTS_SHOWN of them.

    For an agency's page (`owner`) or a body's (`answers_to`). A busy agency or Komisi owes
    thousands of follow-ups: rendering them all took two seconds; the full list is the
    commitments page, filtered the same way.
    """
    where = {"owner": owner} if owner else {"answers_to": answers_to}
    visible = commitment_list().filter(commitments_q(actor), **where)
    closed_last = Case(When(status__in=CLOSED_STATUSES, then=1), default=0)
    rows = list(
        visible.alias(closed=closed_last).order_by("closed", "due_date", "pk")[:COMMITMENTS_SHOWN]
    )
    total = len(rows) if len(rows) < COMMITMENTS_SHOWN else visible.count()
    query = urlencode({"owner": owner.slug} if owner else {"body": answers_to.slug})
    return CommitmentExcerpt(rows, total, f"{reverse('public:commitments')}?{query}")


def agency_meetings(actor: Actor, agency: Organization) -> list[tuple]:
    """(card, how the agency took part) for each meeting it was invited to or attended."""
    # The newest ids first, then only those rows in full: sorting the agency's thousands of
    # meetings with every column (summaries included) cost 70-300 ms at 100,000 meetings.
    newest = list(
        Meeting.objects.filter(organization_meetings_q(actor, agency))
        .order_by("-start", "-pk")
        .values_list("pk", flat=True)[:MEETINGS_SHOWN]
    )
    meetings = (
        meetings_for(actor)
        .filter(pk__in=newest)
        .prefetch_related(
            Prefetch(
                "participants",
                queryset=Participant.objects.filter(organization=agency).select_related(
                    "person", "represented_by"
                ),
                to_attr="agency_participants",
            )
        )
        .order_by("-start", "-pk")
    )
    labels = Labels.now()
    return [(meeting_card(meeting, labels), meeting.agency_participants) for meeting in meetings]


def on_time_record(actor: Actor, agency: Organization) -> Figures:
    """How the agency keeps its due dates, over all its follow-ups the reader may see, with the
    scoreboard's definitions and from its kept figures (accountability.selectors.scoreboard)."""
    return record(actor=actor, agency=agency)
