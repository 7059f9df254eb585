"""Celery tasks: thin wrappers over the sweep and the delivery service."""

from celery import shared_task
from celery.signals import worker_ready

from notifications.services import notification_deliver, notifications_deliver, sweep


@shared_task(name="notifications.sweep", ignore_result=True)
def sweep_notifications() -> None:
    """Run by beat every NOTIFICATION_SWEEP_SECONDS (default 60)."""
    sweep()


@shared_task(name="notifications.send", ignore_result=True, acks_late=True)
def send_notification(notification_id: int) -> str:
    return notification_deliver(notification_id=notification_id)


@shared_task(name="notifications.send_batch", ignore_result=True, acks_late=True)
def send_notifications(notification_ids: list[int]) -> list[str]:
    """A batch of row ids (never the rows): each is read, claimed and recorded when its turn
    comes, its e-mail sent over the connection the batch shares."""
    return notifications_deliver(notification_ids=notification_ids)


@worker_ready.connect
def sweep_when_a_worker_starts(sender=None, **kwargs) -> None:
    """Beat's first sweep comes a whole interval after it starts; a worker that has just started
    asks for one at once, so what fell due while nothing ran (or a freshly loaded demo's
    reminders) goes out now. Sweeps are idempotent: an extra one writes and sends nothing twice."""
    sweep_notifications.delay()
