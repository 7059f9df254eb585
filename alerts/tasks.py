"""Celery task: a thin wrapper over the daily alerts service."""

from celery import shared_task

from alerts.services import alerts_daily


@shared_task(name="alerts.daily", ignore_result=True)
def alerts_daily_task() -> None:
    """Run by beat hourly: overdue follow-ups recorded, yesterday's digests written (both
    idempotent); the notification sweep sends what they write."""
    alerts_daily()
