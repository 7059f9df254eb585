"""Health endpoints for the proxy, the process manager and monitoring.

/healthz: the process answers (liveness). /readyz: the database, the cache and the broker answer,
beat's sweep ran recently and the outbox is not stuck (readiness), each check by name.

Answered by a middleware ahead of every other one: no host check (probes use 127.0.0.1 or a pod
address), no login, no rate limit, no session or language cookie."""

import datetime
import logging
import time

from celery import current_app
from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.http import JsonResponse
from django.utils import timezone

logger = logging.getLogger(__name__)

LIVE_PATH = "/healthz"
READY_PATH = "/readyz"


def check_database() -> dict:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return {"ok": True}


def check_cache() -> dict:
    key = "readyz:probe"
    value = str(time.monotonic())
    cache.set(key, value, timeout=30)
    ok = cache.get(key) == value
    return {"ok": ok, "backend": settings.CACHES["default"]["BACKEND"].rsplit(".", 1)[-1]}


def check_broker() -> dict:
    # The project's Celery app (tracker/celery.py), reached without importing the configuration.
    app = current_app
    with app.connection_for_write() as conn:
        conn.ensure_connection(max_retries=1, interval_start=0, timeout=2)
    return {"ok": True, "transport": app.conf.broker_url.split("://", 1)[0]}


def check_sweep(now: datetime.datetime) -> dict:
    from notifications.models import SweepHeartbeat

    beat = SweepHeartbeat.objects.filter(name="sweep").first()
    limit = settings.HEALTH_SWEEP_MAX_AGE_SECONDS
    if beat is None:
        return {"ok": False, "age_seconds": None, "max_age_seconds": limit}
    age = max(0, int((now - beat.finished_at).total_seconds()))
    return {"ok": age <= limit, "age_seconds": age, "max_age_seconds": limit}


def check_outbox(now: datetime.datetime) -> dict:
    from notifications.models import Notification, Status

    oldest = (
        Notification.objects.filter(status=Status.PENDING, next_attempt_at__lte=now)
        .order_by("next_attempt_at")
        .values_list("next_attempt_at", flat=True)
        .first()
    )
    limit = settings.HEALTH_OUTBOX_MAX_AGE_SECONDS
    age = None if oldest is None else max(0, int((now - oldest).total_seconds()))
    return {
        "ok": age is None or age <= limit,
        "oldest_waiting_seconds": age,
        "max_age_seconds": limit,
    }


def readiness() -> tuple[bool, dict]:
    now = timezone.now()
    checks = {
        "database": check_database,
        "cache": check_cache,
        "broker": check_broker,
        "sweep": lambda: check_sweep(now),
        "outbox": lambda: check_outbox(now),
    }
    results = {}
    for name, check in checks.items():
        try:
            results[name] = check()
        except Exception as error:  # a failing dependency is an answer, not a crash
            logger.warning("Readiness check %s failed: %s", name, error)
            results[name] = {"ok": False, "error": type(error).__name__}
    return all(result["ok"] for result in results.values()), results


class HealthCheckMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        path = request.path_info.rstrip("/")
        if path == LIVE_PATH:
            return _json({"status": "ok"}, 200)
        if path == READY_PATH:
            ready, checks = readiness()
            return _json(
                {"status": "ok" if ready else "unavailable", "checks": checks},
                200 if ready else 503,
            )
        return self.get_response(request)


def _json(data: dict, status: int) -> JsonResponse:
    response = JsonResponse(data, status=status)
    response["Cache-Control"] = "no-store"
    return response
