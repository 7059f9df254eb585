"""Celery tasks: thin wrappers over the alerts services."""

from celery import shared_task

from alerts.services import alert_event_fan_out, alerts_daily


@shared_task(name="alerts.fan_out", ignore_result=True, acks_late=True)
def alert_fan_out_task(event_id: int) -> int:
    """Enqueued after the commit that recorded the event: its alerts written to the outbox
    (idempotent, so a redelivered message writes nothing twice)."""
    return alert_event_fan_out(event_id=event_id)


@shared_task(name="alerts.daily", ignore_result=True)
def alerts_daily_task() -> None:
    """Run by beat hourly: overdue follow-ups recorded, yesterday's digests written (both
    idempotent); the notification sweep sends what they write."""
    alerts_daily()
