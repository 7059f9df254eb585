"""Reads of the outbox for pages: the secretariat's list, and who will be reminded of what."""

import datetime
from dataclasses import dataclass, field

from django.db.models import Prefetch, QuerySet
from django.utils import timezone

from commitments.models import Commitment
from meetings.formatting import format_local_datetime
from meetings.models import Meeting, Participant
from notifications.models import Channel, Kind, Notification, Status
from notifications.planning import commitment_occasions, meeting_occasions
from notifications.policy import Policies
from notifications.recipients import RecipientBook

# The outbox page's filter: what a clerk asks ("still waiting?"), not every internal state.
OUTBOX_STATES = {
    "waiting": [Status.PENDING, Status.SENDING],
    "sent": [Status.SENT],
    "failed": [Status.FAILED],
    "skipped": [Status.SKIPPED],
}


def outbox_rows(
    *, state: str = "", meeting_id: int | None = None, commitment_id: int | None = None
) -> QuerySet[Notification]:
    """The outbox, newest first, with what each row is about; `state` is a key of OUTBOX_STATES.

    A meeting's rows include those about the follow-ups made in it (they carry the meeting too).
    """
    rows = Notification.objects.select_related("meeting", "commitment", "organization")
    if state:
        rows = rows.filter(status__in=OUTBOX_STATES[state])
    if meeting_id is not None:
        rows = rows.filter(meeting_id=meeting_id)
    if commitment_id is not None:
        rows = rows.filter(commitment_id=commitment_id)
    return rows.order_by("-created_at", "-pk")


@dataclass(frozen=True)
class ReminderLine:
    kind: str
    kind_label: str
    recipient: str
    office: str
    channel_label: str
    # Planned: when it falls due ("" = at the next sweep). Written: when it was sent, if it was.
    when: str
    status: str = ""
    status_label: str = ""


@dataclass
class ReminderPlan:
    planned: list[ReminderLine] = field(default_factory=list)
    written: list[ReminderLine] = field(default_factory=list)


def planned_reminders(
    *,
    meeting: Meeting | None = None,
    commitment: Commitment | None = None,
    now: datetime.datetime | None = None,
) -> ReminderPlan:
    """The reminders the policy will write about a meeting or a follow-up (kind, recipient's
    name and office, channel, when) and those already written, with their state. Names and
    offices only: the pages that show this are read by more than the secretariat."""
    now = now or timezone.now()
    policies = Policies()
    book = RecipientBook(today=timezone.localdate(now))
    if meeting is not None:
        meeting = _meeting_with_invitees(meeting.pk)
        subject, zone = f"meeting:{meeting.pk}", meeting.time_zone
        occasions = list(meeting_occasions(meeting, now=now, book=book, policies=policies))
    else:
        commitment = _commitment_with_parties(commitment.pk)
        subject, zone = f"commitment:{commitment.pk}", commitment.meeting.time_zone
        occasions = list(commitment_occasions(commitment, now=now, book=book, policies=policies))
    stored = list(Notification.objects.filter(subject=subject).order_by("created_at", "pk"))
    written_keys = {(row.kind, row.occasion, row.channel, row.address) for row in stored}
    offices: dict[str, str] = {}
    plan = ReminderPlan()
    for occasion in occasions:
        seen = set()
        for recipient, office in occasion.audience:
            if recipient is None or recipient.addresses in seen:
                continue
            seen.add(recipient.addresses)
            for channel, address in recipient.addresses:
                offices.setdefault(address, office)
                key = (occasion.kind, occasion.occasion, channel, address)
                if key in written_keys or book.is_unsubscribed(address, occasion.kind):
                    continue
                plan.planned.append(
                    ReminderLine(
                        kind=occasion.kind,
                        kind_label=Kind(occasion.kind).label,
                        recipient=recipient.name,
                        office=office,
                        channel_label=Channel(channel).label,
                        when=format_local_datetime(occasion.when, zone) if occasion.when else "",
                    )
                )
    plan.written = [
        ReminderLine(
            kind=row.kind,
            kind_label=row.get_kind_display(),
            recipient=row.recipient_name,
            office=offices.get(row.address, ""),
            channel_label=row.get_channel_display(),
            when=format_local_datetime(row.sent_at, zone) if row.sent_at else "",
            status=row.status,
            status_label=row.get_status_display(),
        )
        for row in stored
    ]
    return plan


def _meeting_with_invitees(pk: int) -> Meeting:
    return (
        Meeting.objects.select_related("lead_body", "venue")
        .prefetch_related(
            Prefetch(
                "participants",
                queryset=Participant.objects.select_related("person", "organization"),
            ),
            "invited_organizations",
        )
        .get(pk=pk)
    )


def _commitment_with_parties(pk: int) -> Commitment:
    return Commitment.objects.select_related(
        "owner", "answers_to", "person_in_charge", "meeting__venue", "meeting__lead_body"
    ).get(pk=pk)
