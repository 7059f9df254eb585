"""What the open data may contain: open meetings, their public parts and public follow-ups.

Closed meetings are left out entirely, with everything attached to them, and so are agenda items
and documents not marked public and follow-ups not marked public. Every dataset reads through
these querysets and nothing else.
"""

from django.db.models import Prefetch, QuerySet

from commitments.models import Commitment
from meetings.models import AgendaItem, Document, Meeting, Participant


def open_meetings() -> QuerySet[Meeting]:
    return (
        Meeting.objects.open()
        .select_related("lead_body", "venue")
        .prefetch_related("other_bodies", "invited_organizations")
        .order_by("start", "pk")
    )


def public_agenda_items() -> QuerySet[AgendaItem]:
    return (
        AgendaItem.objects.filter(meeting__in=Meeting.objects.open(), is_public=True)
        .select_related("meeting", "legislation")
        .order_by("meeting__start", "meeting_id", "order")
    )


def public_attendance() -> QuerySet[Participant]:
    return (
        Participant.objects.filter(meeting__in=Meeting.objects.open())
        .select_related(
            "meeting",
            "meeting__venue",
            "meeting__lead_body",
            "person",
            "organization",
            "represented_by",
        )
        .order_by("meeting__start", "meeting_id", "pk")
    )


def public_commitments() -> QuerySet[Commitment]:
    return (
        Commitment.objects.public()
        .select_related(
            "meeting", "meeting__venue", "meeting__lead_body", "owner", "answers_to", "agenda_item"
        )
        .order_by("meeting__start", "pk")
    )


def open_meetings_in_full() -> QuerySet[Meeting]:
    """Open meetings with their public agenda, attendance and public documents (for OCD)."""
    return open_meetings().prefetch_related(
        Prefetch(
            "agenda_items",
            queryset=AgendaItem.objects.filter(is_public=True)
            .select_related("legislation")
            .order_by("order"),
            to_attr="public_agenda",
        ),
        Prefetch(
            "participants",
            queryset=Participant.objects.select_related("person", "organization"),
            to_attr="attendance_list",
        ),
        Prefetch(
            "documents",
            queryset=Document.objects.filter(is_public=True).order_by("kind", "pk"),
            to_attr="public_documents",
        ),
    )
