"""Sending one outbox row: claimed with a lease, sent, its outcome recorded.

The row moves pending → sending → sent (or back to pending with a later attempt, or failed). A
second task for the same row finds it no longer claimable and returns. A worker killed after
the receiver took a message and before the row says so leaves it `sending`; when the lease runs
out it is sent again, with the same Message-ID / Idempotency-Key. No transport can promise
more than at-least-once across a crash: the record follows the receiver's acceptance at once.
"""

import datetime
import logging

from django.conf import settings
from django.db.models import F, Q
from django.utils import timezone

from commitments.models import CLOSED_STATUSES, Verification
from meetings.models import MeetingStatus, MinutesState
from notifications.channels import PermanentError, TransientError, email, sender_for
from notifications.models import ALERT_KINDS, Channel, Kind, Notification, Status, Unsubscription
from notifications.policy import default_policy
from notifications.rendering import render

logger = logging.getLogger(__name__)


def _claim(notification_id: int, now: datetime.datetime) -> bool:
    lease = datetime.timedelta(seconds=settings.NOTIFICATION_LEASE_SECONDS)
    claimable = Q(status=Status.PENDING, next_attempt_at__lte=now) | Q(
        status=Status.SENDING, lease_until__lt=now
    )
    return bool(
        Notification.objects.filter(claimable, pk=notification_id).update(
            status=Status.SENDING, lease_until=now + lease, attempts=F("attempts") + 1
        )
    )


def _finish(notification: Notification, **fields) -> None:
    # Only the holder of the lease records the outcome.
    Notification.objects.filter(pk=notification.pk, status=Status.SENDING).update(
        lease_until=None, **fields
    )


def stale_reason(notification: Notification, now: datetime.datetime) -> str:
    """Why a row should no longer be sent (the world changed since it fell due), or ""."""
    kind, meeting, commitment = notification.kind, notification.meeting, notification.commitment
    if Unsubscription.objects.filter(address=notification.address, kind=kind).exists():
        return "unsubscribed"
    if kind in ALERT_KINDS:
        from alerts.selectors import alert_stale_reason

        return alert_stale_reason(notification)
    if kind == Kind.MEETING_REMINDER:
        if meeting.status != MeetingStatus.SCHEDULED or meeting.start <= now:
            return "the meeting is no longer ahead"
        if notification.context.get("start") != meeting.start.isoformat():
            return "the meeting was moved; a new reminder replaces this one"
    if kind == Kind.MEETING_CHANGED:
        if meeting.revision != notification.context.get("revision") or meeting.start <= now:
            return "superseded by a later change"
    if kind == Kind.MEETING_INVITATION:
        if meeting.status != MeetingStatus.SCHEDULED or meeting.start <= now:
            return "the meeting is no longer ahead"
        if not meeting.invited_organizations.filter(pk=notification.organization_id).exists():
            return "the agency is no longer invited"
    if kind == Kind.MINUTES_MISSING and meeting.minutes_state != MinutesState.NONE:
        return "the minutes exist now"
    if kind in (Kind.COMMITMENT_DUE, Kind.COMMITMENT_OVERDUE):
        if commitment.status in CLOSED_STATUSES:
            return "the follow-up is closed"
        if not notification.occasion.endswith(f"@{commitment.due_date}"):
            return "the due date changed"
    if kind == Kind.COMMITMENT_SUBMITTED and commitment.verification != Verification.PENDING:
        return "already verified or sent back"
    return ""


def notifications_deliver(*, notification_ids: list[int]) -> list[str]:
    """Send a batch of rows, the e-mails over one SMTP connection; returns each one's outcome.

    Each row is still claimed, sent and recorded on its own, in order: a row is marked sent the
    moment the server has taken its own message, and a refusal fails that row only."""
    with email.Session() as session:
        return [
            notification_deliver(notification_id=notification_id, session=session)
            for notification_id in notification_ids
        ]


def notification_deliver(*, notification_id: int, session: email.Session | None = None) -> str:
    """Send one row if it is still due; returns what happened (for logs and the command).
    `session`: an SMTP connection shared with the rest of a batch (else one of its own)."""
    now = timezone.now()
    if not _claim(notification_id, now):
        return "not claimable"  # sent, failed, taken by another worker, or gone
    notification = Notification.objects.select_related(
        "meeting__venue",
        "meeting__lead_body",
        "commitment__owner",
        "commitment__answers_to",
        "commitment__meeting",
        "organization",
    ).get(pk=notification_id)
    reason = stale_reason(notification, now)
    if reason:
        _finish(notification, status=Status.SKIPPED, last_error=reason)
        return Status.SKIPPED
    try:
        message = render(notification, today=timezone.localdate(now))
    except Exception as error:  # a broken template will not mend itself on a retry
        logger.exception("Notification %s could not be written", notification.pk)
        _finish(notification, status=Status.FAILED, last_error=f"rendering: {error}"[:2000])
        return Status.FAILED

    def record_sent():
        # Called by the channel the moment the receiver has the message: a worker killed
        # between the two repeats it (at-least-once; the Message-ID and Idempotency-Key stay
        # the same, so receivers can drop the copy), so nothing else happens in between.
        _finish(notification, status=Status.SENT, sent_at=timezone.now(), last_error="")

    try:
        if notification.channel == Channel.EMAIL:
            email.send(notification, message, on_accepted=record_sent, session=session)
        else:
            sender_for(notification.channel)(notification, message, on_accepted=record_sent)
    except TransientError as error:
        return _retry_or_fail(notification, str(error))
    except PermanentError as error:
        _finish(notification, status=Status.FAILED, last_error=str(error)[:2000])
        return Status.FAILED
    return Status.SENT


def _retry_or_fail(notification: Notification, error: str) -> str:
    policy = default_policy()
    attempts = notification.attempts
    if attempts >= policy.max_attempts:
        _finish(notification, status=Status.FAILED, last_error=error[:2000])
        return Status.FAILED
    _finish(
        notification,
        status=Status.PENDING,
        last_error=error[:2000],
        claimed_at=None,
        next_attempt_at=timezone.now() + policy.retry_delay(attempts),
    )
    logger.info(
        "Notification %s: attempt %s failed (%s); retrying", notification.pk, attempts, error
    )
    return "retry"
