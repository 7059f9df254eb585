"""Events worth an alert, and the outbox rows they make: one per confirmed subscriber who wants
each change at once, or a daily digest of the day's events per subscriber who wants that.

Recording an event is one row, written where the change is saved; matching it against the
subscriptions (tens of thousands) is a task run after the commit, so no request waits for it.

The rows are ordinary outbox rows: the notification sweep sends them, retries them and sends
each exactly once, as any other message.
"""

import datetime
from collections import defaultdict

from django.db import IntegrityError, transaction
from django.utils import timezone

from alerts import policy
from alerts.models import AlertEvent, EventKind, Frequency, Subscription
from alerts.selectors import subscribers_of
from commitments.models import Commitment
from meetings.models import Meeting
from notifications.models import Channel, Kind, Notification
from notifications.services.outbox import notifications_write


def _event_rows(event: AlertEvent, now: datetime.datetime) -> list[Notification]:
    subject = (
        f"commitment:{event.commitment_id}"
        if event.commitment_id
        else f"meeting:{event.meeting_id}"
    )
    rows = {}
    for subscription in subscribers_of(event):
        # Confirmed after the event: not told (as in a digest), so a repeated run writes the
        # same rows as the first.
        if (
            subscription.frequency != Frequency.EACH
            or subscription.confirmed_at > event.occurred_at
        ):
            continue
        # One message per address and event, however many of its subscriptions match.
        rows.setdefault(
            subscription.address,
            Notification(
                kind=Kind.ALERT,
                subject=subject,
                occasion=f"alert:{event.pk}",
                channel=Channel.EMAIL,
                address=subscription.address,
                language=subscription.language,
                meeting_id=event.meeting_id,
                commitment_id=event.commitment_id,
                context={"subscription": subscription.pk, "event": event.pk},
                next_attempt_at=now,
            ),
        )
    return list(rows.values())


def alert_event_record(
    *,
    kind: str,
    key: str,
    meeting_id: int,
    commitment_id: int | None = None,
    context: dict | None = None,
    now: datetime.datetime | None = None,
) -> AlertEvent | None:
    """Record an event once (by its key); its alerts are written by a task after the commit.
    None if it was already recorded or is not news (a meeting made by a rescheduling is told as
    the move)."""
    now = now or timezone.now()
    if not Subscription.objects.filter(confirmed_at__isnull=False).exists():
        # Nobody could be told (now or in a later digest: a digest holds only events after its
        # subscription was confirmed), so nothing is kept.
        return None
    if kind == EventKind.MEETING_SCHEDULED and Meeting.objects.filter(rescheduled_to=meeting_id):
        return None
    try:
        with transaction.atomic():
            event = AlertEvent.objects.create(
                kind=kind,
                key=key,
                meeting_id=meeting_id,
                commitment_id=commitment_id,
                context=context or {},
                occurred_at=now,
            )
    except IntegrityError:
        return None  # recorded before
    transaction.on_commit(lambda: enqueue_fan_out(event.pk))
    return event


def enqueue_fan_out(event_id: int) -> None:
    from alerts.tasks import alert_fan_out_task  # the tasks module imports these services

    alert_fan_out_task.delay(event_id)


def alert_event_fan_out(*, event_id: int, now: datetime.datetime | None = None) -> int:
    """Write the event's alerts to the outbox; returns how many rows it asked for. Safe to run
    twice: the rows' unique key (event, address) makes a repeated write a no-op, so a retried
    task sends nothing twice. An event deleted meanwhile writes nothing."""
    event = AlertEvent.objects.select_related("meeting", "commitment").filter(pk=event_id).first()
    if event is None:
        return 0
    now = now or timezone.now()
    rows = _event_rows(event, now)
    with transaction.atomic():
        notifications_write(rows)
        AlertEvent.objects.filter(pk=event_id).update(fanned_out_at=now)
    return len(rows)


def _fan_out_missed(now: datetime.datetime) -> int:
    """Events whose fan-out task never ran (lost with the broker): fanned out here, since the
    database, not the broker, is what says an alert is owed."""
    late = AlertEvent.objects.filter(
        fanned_out_at__isnull=True, occurred_at__lt=now - policy.FAN_OUT_GRACE
    ).values_list("pk", flat=True)
    missed = list(late)
    for event_id in missed:
        alert_event_fan_out(event_id=event_id, now=now)
    return len(missed)


def _record_overdue(today: datetime.date, now: datetime.datetime) -> int:
    first_day = today - datetime.timedelta(days=policy.OVERDUE_NEWS_DAYS)
    fallen_due = (
        Commitment.objects.public()
        .overdue(today)
        .filter(due_date__gte=first_day)
        .values_list("pk", "meeting_id", "due_date")
    )
    recorded = 0
    for pk, meeting_id, due_date in fallen_due:
        event = alert_event_record(
            kind=EventKind.COMMITMENT_OVERDUE,
            key=f"commitment:{pk}:overdue@{due_date}",
            meeting_id=meeting_id,
            commitment_id=pk,
            context={"due": due_date.isoformat()},
            now=now,
        )
        recorded += event is not None
    return recorded


def _write_digests(day: datetime.date, now: datetime.datetime) -> int:
    """One digest per daily subscriber with events on `day` (local time); rewriting is a no-op."""
    start = timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))
    end = start + datetime.timedelta(days=1)
    events = AlertEvent.objects.filter(occurred_at__gte=start, occurred_at__lt=end).select_related(
        "meeting", "commitment"
    )
    per_subscription: dict[int, list[int]] = defaultdict(list)
    subscriptions = {}
    for event in events:
        for subscription in subscribers_of(event):
            # Nothing from before the subscriber confirmed.
            if (
                subscription.frequency == Frequency.DAILY
                and event.occurred_at >= subscription.confirmed_at
            ):
                subscriptions[subscription.pk] = subscription
                per_subscription[subscription.pk].append(event.pk)
    rows = [
        Notification(
            kind=Kind.ALERT_DIGEST,
            subject=f"subscription:{pk}",
            occasion=f"digest@{day.isoformat()}",
            channel=Channel.EMAIL,
            address=subscriptions[pk].address,
            language=subscriptions[pk].language,
            context={"subscription": pk, "events": event_ids},
            next_attempt_at=now,
        )
        for pk, event_ids in per_subscription.items()
    ]
    notifications_write(rows)
    return len(rows)


def alerts_daily(*, now: datetime.datetime | None = None) -> dict:
    """Run by beat (hourly; everything here is idempotent): events whose fan-out was lost are
    fanned out, follow-ups that fell overdue are recorded, and yesterday's events go out in the
    daily digests."""
    now = now or timezone.now()
    today = timezone.localdate(now)
    missed = _fan_out_missed(now)
    overdue = _record_overdue(today, now)
    digests = _write_digests(today - datetime.timedelta(days=1), now)
    return {"missed": missed, "overdue": overdue, "digests": digests}
