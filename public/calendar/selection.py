"""Which meetings and commitments a feed holds, read in a fixed number of queries.

A closed meeting the reader may not see in full stays in the feed with its kind, date, time and
body only; its status is not public either, so a postponed or cancelled one simply leaves the feed.
"""

import datetime

from django.db.models import Prefetch, Q, QuerySet
from django.utils import timezone

from commitments.access import commitments_q
from commitments.models import Commitment
from meetings.access import Actor, meeting_details_q, organization_meetings_q
from meetings.models import (
    AgendaItem,
    Meeting,
    MeetingStatus,
    Organization,
)
from meetings.selectors import meetings_for
from public.calendar.window import Window

# Cancelled (and postponed) meetings stay this long after the change, so subscribers see it.
CANCELLED_KEPT_FOR = datetime.timedelta(days=30)
OFF_STATUSES = [MeetingStatus.CANCELLED, MeetingStatus.POSTPONED]


def in_window(
    meetings: QuerySet[Meeting],
    *,
    actor: Actor,
    window: Window,
    organization: Organization | None = None,
    now: datetime.datetime,
) -> QuerySet[Meeting]:
    """The feed's rows among `meetings`: the same filter for the fingerprint and the build."""
    recently_off = Q(status__in=OFF_STATUSES, updated_at__gte=now - CANCELLED_KEPT_FOR)
    meetings = meetings.filter(start__gte=window.start, start__lt=window.end).filter(
        ~Q(status__in=OFF_STATUSES) | recently_off
    )
    details = meeting_details_q(actor)
    if details:  # empty: the actor reads every meeting in full
        meetings = meetings.exclude(Q(status__in=OFF_STATUSES) & ~details)
    if organization is not None:
        meetings = meetings.filter(organization_meetings_q(actor, organization))
    return meetings


def feed_meetings(
    *,
    actor: Actor,
    window: Window,
    organization: Organization | None = None,
    now: datetime.datetime | None = None,
) -> QuerySet[Meeting]:
    """The feed's meetings as model instances with what an event shows, prefetched."""
    meetings = (
        meetings_for(actor)
        .select_related("rescheduled_to")
        .prefetch_related(
            "invited_organizations",
            Prefetch(
                "agenda_items",
                queryset=AgendaItem.objects.select_related("legislation").order_by("order"),
            ),
        )
    )
    meetings = in_window(
        meetings, actor=actor, window=window, organization=organization, now=now or timezone.now()
    )
    return meetings.order_by("start", "pk")


def feed_commitments(
    *, actor: Actor, window: Window, organization: Organization
) -> QuerySet[Commitment]:
    """The due dates an agency owes, or a body awaits, inside the window."""
    mine = Q(owner=organization) | Q(answers_to=organization)
    return (
        Commitment.objects.filter(commitments_q(actor), mine)
        .filter(due_date__gte=window.first_day, due_date__lte=window.last_day)
        .select_related("owner", "answers_to", "meeting")
        .order_by("due_date", "pk")
    )
