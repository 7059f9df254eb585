"""Celery tasks: thin wrappers over the sweep and the delivery service."""

from celery import shared_task

from notifications.services import notification_deliver, sweep


@shared_task(name="notifications.sweep", ignore_result=True)
def sweep_notifications() -> None:
    """Run by beat every NOTIFICATION_SWEEP_SECONDS (default 60)."""
    sweep()


@shared_task(name="notifications.send", ignore_result=True, acks_late=True)
def send_notification(notification_id: int) -> str:
    return notification_deliver(notification_id=notification_id)
