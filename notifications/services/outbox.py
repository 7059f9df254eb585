"""Outbox rows: written from due items, claimed for the worker, handed back for a retry."""

import datetime
from collections.abc import Iterable

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from notifications.models import Notification, Status
from notifications.policy import Policy
from notifications.recipients import RecipientBook
from notifications.rules import Due


def claim_timeout() -> datetime.timedelta:
    return datetime.timedelta(seconds=settings.NOTIFICATION_CLAIM_TIMEOUT_SECONDS)


def rows_for(dues: Iterable[Due], *, book: RecipientBook, now: datetime.datetime):
    """One unsaved row per address of each due item, minus unsubscribed addresses."""
    for due in dues:
        for channel, address in due.recipient.addresses:
            if book.is_unsubscribed(address, due.kind):
                continue
            yield Notification(
                kind=due.kind,
                subject=due.subject,
                occasion=due.occasion,
                channel=channel,
                address=address,
                recipient_name=due.recipient.name[:250],
                recipient_id=due.recipient.person_id,
                language=due.recipient.language,
                meeting_id=due.meeting_id,
                commitment_id=due.commitment_id,
                organization_id=due.organization_id,
                context=due.context,
                next_attempt_at=now,
            )


def notifications_write(rows: list[Notification]) -> None:
    # The unique key turns a row that already exists into a no-op: sweeps can overlap or repeat.
    Notification.objects.bulk_create(rows, ignore_conflicts=True, batch_size=500)


def existing_keys(rows: list[Notification]) -> set[tuple]:
    """Which of these rows are already in the outbox (for a dry run)."""
    occasions = {row.occasion for row in rows}
    subjects = {row.subject for row in rows}
    stored = Notification.objects.filter(occasion__in=occasions, subject__in=subjects)
    return set(stored.values_list("kind", "subject", "occasion", "channel", "address"))


def claimable(now: datetime.datetime) -> Q:
    ready = Q(status=Status.PENDING, next_attempt_at__lte=now)
    # A worker that died mid-send leaves its lease to expire.
    abandoned = Q(status=Status.SENDING, lease_until__lt=now)
    # A claim is renewed when its message may have been lost with the broker.
    unclaimed = Q(claimed_at__isnull=True) | Q(claimed_at__lt=now - claim_timeout())
    return (ready | abandoned) & unclaimed


def notifications_claim(*, now: datetime.datetime, policy: Policy) -> list[int]:
    """Mark the rows that are ready as handed to the worker; returns their ids, oldest first."""
    condition = claimable(now)
    ids = list(
        Notification.objects.filter(condition)
        .order_by("next_attempt_at", "pk")
        .values_list("pk", flat=True)[: policy.claim_batch]
    )
    Notification.objects.filter(condition, pk__in=ids).update(claimed_at=now)
    return ids


def notification_retry(*, notification: Notification) -> None:
    """An operator's retry of a failed (or skipped) row: due again at the next sweep."""
    Notification.objects.filter(pk=notification.pk).exclude(status=Status.SENT).update(
        status=Status.PENDING,
        next_attempt_at=timezone.now(),
        claimed_at=None,
        lease_until=None,
        attempts=0,
    )


@transaction.atomic
def notification_retry_failed(*, notification_id: int) -> bool:
    """A clerk's retry from the outbox page: a failed row is due again at the next sweep.

    Only a failed row moves, so a second click (or two clerks at once) changes nothing and
    nothing is sent twice; returns whether this call moved it.
    """
    return bool(
        Notification.objects.filter(pk=notification_id, status=Status.FAILED).update(
            status=Status.PENDING,
            next_attempt_at=timezone.now(),
            claimed_at=None,
            lease_until=None,
            attempts=0,
        )
    )
