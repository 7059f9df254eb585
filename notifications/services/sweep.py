"""One sweep: write what fell due into the outbox, claim what is ready, hand it to the worker."""

import datetime
import logging
from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone

from notifications.models import SweepHeartbeat
from notifications.notices import notices_advance
from notifications.policy import Policies
from notifications.recipients import RecipientBook
from notifications.rules import Moment, due_notifications
from notifications.services.outbox import (
    existing_keys,
    notifications_claim,
    notifications_write,
    rows_for,
)

logger = logging.getLogger(__name__)


@dataclass
class SweepReport:
    now: datetime.datetime
    # Rows the rules asked for (existing ones included; their unique key makes them no-ops).
    due: list = field(default_factory=list)
    # Of those, the rows not yet in the outbox (only computed for a dry run).
    new: list = field(default_factory=list)
    claimed: list[int] = field(default_factory=list)


def sweep(
    *, now: datetime.datetime | None = None, dry_run: bool = False, enqueue=None
) -> SweepReport:
    """Evaluate every rule at `now` and hand ready rows to `enqueue` after the commit.

    `enqueue(ids)` defaults to one Celery task per batch of ids. A dry run writes nothing.
    """
    now = now or timezone.now()
    policies = Policies()
    moment = Moment.at(now, policies)
    book = RecipientBook(today=moment.today)
    rows = list(
        rows_for(due_notifications(moment=moment, book=book, policies=policies), book=book, now=now)
    )
    report = SweepReport(now=now, due=rows)
    if dry_run:
        stored = existing_keys(rows)
        report.new = [row for row in rows if key_of(row) not in stored]
        return report
    with transaction.atomic():
        notifications_write(rows)
        if moment.in_sending_hours:
            # The dated rules ran for every follow-up whose moment had come: on to the next.
            notices_advance(now=now, today=moment.today, policies=policies)
        report.claimed = notifications_claim(now=now, policy=policies.default)
        if report.claimed:
            ids = list(report.claimed)
            transaction.on_commit(lambda: (enqueue or enqueue_delivery)(ids))
    SweepHeartbeat.objects.update_or_create(name="sweep", defaults={"finished_at": timezone.now()})
    return report


def key_of(row) -> tuple:
    return (row.kind, row.subject, row.occasion, row.channel, row.address)


# Rows per task: large enough that a connection serves many messages, small enough that two
# workers share a sweep's rows and that a batch ends well within the claim timeout.
DELIVERY_BATCH = 50


def enqueue_delivery(ids: list[int]) -> None:
    """One task per batch of row ids. A broker that is down loses nothing: the rows stay
    claimed in the database and the sweep hands them over again once the claim times out."""
    from notifications.tasks import send_notifications

    for start in range(0, len(ids), DELIVERY_BATCH):
        try:
            send_notifications.delay(ids[start : start + DELIVERY_BATCH])
        except Exception:  # the broker is unreachable; the claim timeout will bring them back
            logger.warning("Broker unavailable; %d notifications wait for the next sweep", len(ids))
            return
