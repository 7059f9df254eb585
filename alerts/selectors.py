"""Reads: which confirmed subscriptions an event concerns, what an event may say publicly."""

from dataclasses import dataclass, field

from django.db.models import Q

from alerts.models import AlertEvent, Subscription, Target
from commitments.models import Commitment
from meetings.models import Meeting, Openness


@dataclass(frozen=True)
class PublicFacts:
    """What a public page shows of an event's meeting or follow-up: the ids and text that
    subscriptions may match on. A closed meeting shows only its kind, date and body."""

    body_ids: frozenset[int] = field(default_factory=frozenset)
    agency_ids: frozenset[int] = field(default_factory=frozenset)
    legislation_ids: frozenset[int] = field(default_factory=frozenset)
    text: str = ""


def is_sendable(event: AlertEvent) -> bool:
    """A follow-up is told about only where it is public (public, of an open meeting)."""
    commitment = event.commitment
    if commitment is None:
        return True
    return commitment.is_public and event.meeting.openness == Openness.OPEN


def public_facts(event: AlertEvent) -> PublicFacts:
    meeting: Meeting = event.meeting
    if meeting.openness != Openness.OPEN:
        return PublicFacts(body_ids=frozenset({meeting.lead_body_id}))
    agenda = list(meeting.agenda_items.values_list("title", "legislation_id"))
    legislation_ids = frozenset(pk for _, pk in agenda if pk)
    commitment: Commitment | None = event.commitment
    if commitment is not None:
        return PublicFacts(
            body_ids=frozenset({commitment.answers_to_id}),
            agency_ids=frozenset({commitment.owner_id}),
            legislation_ids=legislation_ids,
            text=" ".join([commitment.text, meeting.title]),
        )
    return PublicFacts(
        body_ids=frozenset(
            {meeting.lead_body_id, *meeting.other_bodies.values_list("pk", flat=True)}
        ),
        agency_ids=frozenset(meeting.invited_organizations.values_list("pk", flat=True)),
        legislation_ids=legislation_ids,
        text=" ".join([meeting.title, meeting.summary, *(title for title, _ in agenda)]),
    )


def words_match(words: str, text: str) -> bool:
    """Every word of the search appears in the text (case-insensitive)."""
    haystack = text.casefold()
    terms = words.casefold().split()
    return bool(terms) and all(term in haystack for term in terms)


def subscribers_of(event: AlertEvent) -> list[Subscription]:
    """The confirmed subscriptions the event concerns, read in one query whatever their number
    (searches are matched in Python against the public text)."""
    if not is_sendable(event):
        return []
    facts = public_facts(event)
    concerned = Q(target=Target.BODY, organization_id__in=facts.body_ids)
    if facts.agency_ids:
        concerned |= Q(target=Target.AGENCY, organization_id__in=facts.agency_ids)
    if facts.legislation_ids:
        concerned |= Q(target=Target.LEGISLATION, legislation_id__in=facts.legislation_ids)
    if facts.text:
        concerned |= Q(target=Target.SEARCH)
    candidates = Subscription.objects.filter(concerned, confirmed_at__isnull=False).order_by("pk")
    return [
        subscription
        for subscription in candidates
        if subscription.target != Target.SEARCH or words_match(subscription.words, facts.text)
    ]


def alert_stale_reason(notification) -> str:
    """Why an alert row should no longer be sent, or "" (notifications.services.delivery)."""
    from notifications.models import Kind

    subscription = Subscription.objects.filter(pk=notification.context.get("subscription")).first()
    if subscription is None:
        return "unsubscribed"
    if notification.kind == Kind.ALERT_CONFIRM:
        if subscription.is_confirmed:
            return "already confirmed"
        if notification.context.get("token") != subscription.token:
            return "a newer confirmation replaces this one"
    elif not subscription.is_confirmed:
        return "not confirmed"
    return ""
