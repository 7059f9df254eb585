"""Meetings for the home page, the calendar (month grid and list) and a meeting's own page."""

import calendar
import datetime
import hashlib
from dataclasses import dataclass, field

from django.core.cache import cache
from django.db import connection
from django.db.models import Count, Prefetch, Q, QuerySet
from django.utils import timezone

from commitments.access import commitments_q
from commitments.models import Commitment, DisplayStatus, display_status_q, overdue_q
from commitments.selectors import commitment_list
from meetings.access import Actor, meeting_details_q, meeting_insider_q
from meetings.filters import MeetingFilter
from meetings.models import Meeting, Outcome
from meetings.selectors import meeting_detail_for, meetings_for
from public.calendar.window import Window
from public.cards import MeetingCard, meeting_cards


def calendar_meetings(actor: Actor, query) -> QuerySet[Meeting]:
    """Meetings as the reader may see them, filtered by the query string through the API's
    MeetingFilter (body, organization, kind, status, ...). A value it cannot read (an unknown
    kind, say) is left out rather than failing the page."""
    return MeetingFilter(query, queryset=meetings_for(actor)).qs


@dataclass
class Day:
    date: datetime.date
    in_month: bool
    cards: list[MeetingCard] = field(default_factory=list)


def month_grid(actor: Actor, query, first_day: datetime.date) -> list[list[Day]]:
    """Weeks from Monday to Sunday covering the month, each day with its meetings."""
    last_day = first_day.replace(day=calendar.monthrange(first_day.year, first_day.month)[1])
    window = Window(first_day=first_day, last_day=last_day)
    meetings = (
        calendar_meetings(actor, query)
        .filter(start__gte=window.start, start__lt=window.end)
        .order_by("start", "pk")
    )
    by_day: dict[datetime.date, list[MeetingCard]] = {}
    for card in meeting_cards(meetings):
        # A meeting belongs to the day it happens on in its own zone.
        by_day.setdefault(card.local_date, []).append(card)
    weeks = calendar.Calendar(firstweekday=0).monthdatescalendar(first_day.year, first_day.month)
    return [
        [
            Day(date=day, in_month=day.month == first_day.month, cards=by_day.get(day, []))
            for day in week
        ]
        for week in weeks
    ]


def upcoming_cards(actor: Actor, limit: int = 5) -> list[MeetingCard]:
    meetings = meetings_for(actor).upcoming()[:limit]
    return meeting_cards(meetings)


def recent_outcomes(actor: Actor, limit: int = 6) -> list[Outcome]:
    """Outcomes of meetings the reader may see, newest meeting first."""
    visible_item = Q(agenda_item__isnull=True) | Q(agenda_item__is_public=True)
    insider = meeting_insider_q(actor, prefix="meeting__")
    if insider is not None:
        visible_item |= insider
    return list(
        Outcome.objects.filter(meeting_details_q(actor, prefix="meeting__"))
        .filter(visible_item, meeting__start__lte=timezone.now())
        .select_related("meeting", "meeting__lead_body", "meeting__venue", "agenda_item")
        .order_by("-meeting__start", "order", "pk")[:limit]
    )


# Long enough to serve a day of home pages between changes; any change makes a new key anyway.
COUNTS_TIMEOUT = 24 * 3600


def _counts_stamp() -> tuple:
    """What the counts are computed from, in one query of three index reads: the newest
    history rows of follow-ups and meetings (every save and delete writes one: status,
    verification, due date, visibility, a meeting's openness) and the highest follow-up id (rows
    inserted without history, as the scale data's raw inserts)."""
    newest = [
        f"(SELECT MAX({connection.ops.quote_name(column)}) "
        f"FROM {connection.ops.quote_name(model._meta.db_table)})"
        for model, column in (
            (Commitment, "id"),
            (Commitment.history.model, "history_id"),
            (Meeting.history.model, "history_id"),
        )
    ]
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {', '.join(newest)}")
        return tuple(cursor.fetchone())


def commitment_counts(actor: Actor) -> dict:
    """Follow-ups by the status pages show (DisplayStatus), and how many are overdue.

    Counting reads every visible follow-up (0.4-0.9 s at 300,000), so the result is cached
    under what it depends on: the day (for overdue), what the reader may see, and the stamp of
    the newest change. The first home page after a change pays the count; the next ones a
    lookup.
    """
    today = timezone.localdate()
    key = (
        "home-counts:"
        + hashlib.sha256(
            repr(
                (
                    today.isoformat(),
                    actor.is_secretariat,
                    sorted(actor.agency_ids),
                    sorted(actor.body_ids),
                    _counts_stamp(),
                )
            ).encode()
        ).hexdigest()
    )
    counts = cache.get(key)
    if counts is None:
        counts = _count(actor, today)
        cache.set(key, counts, COUNTS_TIMEOUT)
    return counts


def _count(actor: Actor, today) -> dict:
    """One pass over the visible rows. Conditional aggregates instead of a GROUP BY plus a
    count: the public filter joins every follow-up to its meeting, and one pass (on the
    commitment_meeting_public index) costs half."""
    counts = Commitment.objects.filter(commitments_q(actor)).aggregate(
        overdue=Count("pk", filter=overdue_q(today)),
        **{status: Count("pk", filter=display_status_q(status)) for status in DisplayStatus.values},
    )
    overdue = counts.pop("overdue")
    return {"by_status": {status: n for status, n in counts.items() if n}, "overdue": overdue}


def meeting_page(actor: Actor, pk: int) -> Meeting:
    """One meeting with all its page shows; raises Meeting.DoesNotExist."""
    return (
        meeting_detail_for(actor)
        .select_related("rescheduled_to")
        .prefetch_related(Prefetch("outcomes", queryset=Outcome.objects.order_by("order", "pk")))
        .get(pk=pk)
    )


def meeting_commitments(actor: Actor, meeting: Meeting) -> list[Commitment]:
    return list(commitment_list().filter(commitments_q(actor), meeting=meeting))
