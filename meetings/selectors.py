"""Reads of the directory and meetings that need more than one query's worth of care."""

import datetime

from django.db.models import (
    BooleanField,
    Case,
    ExpressionWrapper,
    F,
    Prefetch,
    Q,
    QuerySet,
    Value,
    When,
)
from django.utils import timezone

from meetings.access import Actor, meeting_details_q, meeting_insider_q
from meetings.models import (
    AgendaItem,
    Meeting,
    Membership,
    Organization,
    Participant,
)


def office_holder(
    *, organization: Organization, role: str, on: datetime.date | None = None
) -> Membership | None:
    """Who holds an office (e.g. the head of Diskominfo) on a day, acting holders included.

    A definitive holder wins over a Plt/Plh; the latest appointment wins over older ones.
    """
    on = on or timezone.localdate()
    return (
        Membership.objects.filter(organization=organization, role=role)
        .filter(Q(start_date__isnull=True) | Q(start_date__lte=on))
        .filter(Q(end_date__isnull=True) | Q(end_date__gte=on))
        .select_related("person", "organization")
        .order_by("acting", "-start_date")
        .first()
    )


def meeting_list(*, include_closed: bool = True) -> QuerySet[Meeting]:
    meetings = Meeting.objects.select_related("lead_body", "venue")
    return meetings if include_closed else meetings.open()


def meeting_detail(*, pk: int) -> Meeting:
    """One meeting with everything its page shows, in a fixed number of queries."""
    return (
        Meeting.objects.select_related("lead_body", "venue", "rescheduled_to")
        .prefetch_related(
            "other_bodies",
            "invited_organizations",
            Prefetch(
                "agenda_items",
                queryset=AgendaItem.objects.select_related("legislation").prefetch_related(
                    "outcomes"
                ),
            ),
            Prefetch(
                "participants",
                queryset=Participant.objects.select_related(
                    "person", "organization", "represented_by"
                ),
            ),
            "documents",
        )
        .get(pk=pk)
    )


def _flag(condition: Q | None):
    """A per-row boolean; an empty condition means every row, None means none."""
    if condition is None or not condition:
        return Value(condition is not None)
    return ExpressionWrapper(condition, output_field=BooleanField())


def meetings_for(actor: Actor) -> QuerySet[Meeting]:
    """Every meeting (closed ones too: the public sees that they happen), each flagged with
    what the actor may read of it: `details_visible` and `insider` (non-public parts).

    `shown_updated_at` and `shown_revision` are the meeting's last change and revision as the
    actor may know them: for a meeting it may not read in full, its creation and 0, so that
    edits of its hidden parts never show through feeds' dates, SEQUENCE or list order."""
    return (
        Meeting.objects.select_related("lead_body", "venue", "rescheduled_from")
        .prefetch_related("other_bodies")
        .annotate(
            details_visible=_flag(meeting_details_q(actor)),
            insider=_flag(meeting_insider_q(actor)),
        )
        .annotate(
            shown_updated_at=Case(
                When(details_visible=True, then=F("updated_at")), default=F("created_at")
            ),
            shown_revision=Case(When(details_visible=True, then=F("revision")), default=Value(0)),
        )
    )


def meeting_detail_for(actor: Actor) -> QuerySet[Meeting]:
    """`meetings_for` with everything a meeting's own page or endpoint shows, prefetched."""
    return meetings_for(actor).prefetch_related(
        "invited_organizations",
        Prefetch(
            "agenda_items",
            queryset=AgendaItem.objects.select_related("legislation").prefetch_related("outcomes"),
        ),
        Prefetch(
            "participants",
            queryset=Participant.objects.select_related("person", "organization", "represented_by"),
        ),
        "documents",
    )
