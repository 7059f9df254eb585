"""The notification policy as code: each rule reads the database at a moment and says what is due.

Rules only read. They yield `Due` items; the sweep turns them into outbox rows, one per address,
and the rows' unique keys make every rule safe to evaluate again and again.
"""

import datetime
from collections.abc import Iterator
from dataclasses import dataclass, field

from django.utils import timezone

from notifications.policy import Policies
from notifications.recipients import Recipient, RecipientBook


@dataclass(frozen=True)
class Due:
    kind: str
    subject: str
    occasion: str
    recipient: Recipient
    meeting_id: int | None = None
    commitment_id: int | None = None
    organization_id: int | None = None
    context: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Moment:
    """The sweep's clock: the instant, and the local day it falls on (settings.TIME_ZONE)."""

    now: datetime.datetime
    today: datetime.date
    # Dated notices (due dates, escalations, digests) wait for working hours.
    in_sending_hours: bool

    @classmethod
    def at(cls, now: datetime.datetime, policies: Policies) -> "Moment":
        local = timezone.localtime(now)
        return cls(
            now=now,
            today=local.date(),
            in_sending_hours=local.hour >= policies.default.send_from_hour,
        )


def due_notifications(*, moment: Moment, book: RecipientBook, policies: Policies) -> Iterator[Due]:
    from notifications.rules import commitments, meetings

    for rule in (
        meetings.meeting_reminders,
        meetings.meeting_changes,
        meetings.minutes_missing,
        commitments.submitted_notices,
    ):
        yield from rule(moment=moment, book=book, policies=policies)
    if moment.in_sending_hours:
        for rule in (
            commitments.due_reminders,
            commitments.overdue_escalations,
            commitments.overdue_digests,
        ):
            yield from rule(moment=moment, book=book, policies=policies)


def each(recipients, **due) -> Iterator[Due]:
    """One Due per distinct recipient; None (no known holder or no address) is skipped."""
    seen = set()
    for recipient in recipients:
        if recipient is None or not recipient.addresses or recipient.addresses in seen:
            continue
        seen.add(recipient.addresses)
        yield Due(recipient=recipient, **due)
