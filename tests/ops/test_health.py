"""/healthz, /readyz, the request id on responses and log lines, and the deployment checks."""

import datetime
import io
import logging
from unittest import mock

import pytest
from django.conf import settings as django_settings
from django.utils import timezone
from kombu.exceptions import OperationalError

from core.requestid import RequestIdFilter
from notifications.models import Channel, Kind, Notification, SweepHeartbeat
from ops.checks import production_settings_check

pytestmark = pytest.mark.django_db


def test_healthz_answers_whatever_the_host_and_without_login(client):
    response = client.get("/healthz", HTTP_HOST="not-an-allowed-host.example")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert response["X-Request-ID"]
    assert "Set-Cookie" not in response


@pytest.fixture
def swept():
    SweepHeartbeat.objects.create(name="sweep", finished_at=timezone.now())


def test_readyz_is_ready_when_every_check_passes(client, swept):
    response = client.get("/readyz", HTTP_HOST="10.1.2.3:8000")
    assert response.status_code == 200, response.json()
    body = response.json()
    assert body["status"] == "ok"
    assert set(body["checks"]) == {"database", "cache", "broker", "sweep", "outbox"}
    assert all(check["ok"] for check in body["checks"].values())
    assert body["checks"]["outbox"]["oldest_waiting_seconds"] is None


def test_readyz_fails_without_a_recent_sweep(client, settings):
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["checks"]["sweep"]["ok"] is False
    SweepHeartbeat.objects.create(
        name="sweep",
        finished_at=timezone.now()
        - datetime.timedelta(seconds=settings.HEALTH_SWEEP_MAX_AGE_SECONDS + 60),
    )
    assert client.get("/readyz").status_code == 503


def test_readyz_reports_the_oldest_waiting_notification(client, swept, settings):
    settings.HEALTH_OUTBOX_MAX_AGE_SECONDS = 600
    Notification.objects.create(
        kind=Kind.MEETING_REMINDER,
        subject="meeting:1",
        occasion="x",
        channel=Channel.EMAIL,
        address="a@example.org",
        next_attempt_at=timezone.now() - datetime.timedelta(hours=1),
    )
    response = client.get("/readyz")
    assert response.status_code == 503
    outbox = response.json()["checks"]["outbox"]
    assert outbox["ok"] is False and outbox["oldest_waiting_seconds"] >= 3600


def test_readyz_fails_when_the_broker_is_unreachable(client, swept):
    with mock.patch(
        "tracker.celery.app.connection_for_write", side_effect=OperationalError("refused")
    ):
        response = client.get("/readyz")
    assert response.status_code == 503
    checks = response.json()["checks"]
    assert checks["broker"] == {"ok": False, "error": "OperationalError"}
    assert checks["database"]["ok"] and checks["cache"]["ok"]


def test_health_endpoints_are_not_rate_limited(client, swept, settings):
    for _ in range(50):
        assert client.get("/healthz").status_code == 200
    assert client.get("/readyz").status_code == 200


def test_request_id_from_the_proxy_when_well_formed_else_made_here(client):
    given = client.get("/healthz", HTTP_X_REQUEST_ID="5f1c0a7e-proxy.42")
    assert given["X-Request-ID"] == "5f1c0a7e-proxy.42"
    for bad in ("a b", "x" * 200, "evil\nline", ""):
        made = client.get("/healthz", HTTP_X_REQUEST_ID=bad)["X-Request-ID"]
        assert made != bad and len(made) == 32
    assert client.get("/calendar/")["X-Request-ID"]


def test_log_lines_carry_time_level_logger_and_request_id(client):
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter(django_settings.LOGGING["formatters"]["line"]["format"]))
    handler.addFilter(RequestIdFilter())
    logger = logging.getLogger("django.request")
    logger.addHandler(handler)
    try:
        client.get("/no-such-page/", HTTP_X_REQUEST_ID="req-777")
        logging.getLogger("tracker.test").warning("outside")
    finally:
        logger.removeHandler(handler)
    line = stream.getvalue().splitlines()[0]
    date, time, level, name, request_id, *_ = line.split(" ")
    datetime.datetime.strptime(f"{date} {time}", "%Y-%m-%d %H:%M:%S,%f")
    assert (level, name, request_id) == ("WARNING", "django.request", "[req-777]")


@pytest.fixture
def production(settings):
    settings.DEBUG = False
    settings.SITE_URL = "https://tracker.example.org"
    settings.SHARED_CACHE = True
    settings.BEHIND_PROXY = True
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "NUM_PROXIES": 1}
    return settings


def ids(settings=None) -> list[str]:
    return [error.id for error in production_settings_check()]


def test_deploy_checks_pass_with_production_settings(production):
    assert ids() == []


def test_deploy_check_refuses_the_default_site_url(production):
    production.SITE_URL = "http://127.0.0.1:8000/"
    assert ids() == ["tracker.E001"]


def test_deploy_check_wants_a_shared_cache(production):
    production.SHARED_CACHE = False
    assert ids() == ["tracker.E002"]


def test_deploy_check_wants_the_proxy_count_behind_a_proxy(production):
    production.REST_FRAMEWORK = {**production.REST_FRAMEWORK, "NUM_PROXIES": 0}
    assert ids() == ["tracker.E003"]
    production.BEHIND_PROXY = False
    assert ids() == []


def test_deploy_checks_are_quiet_in_debug(production):
    production.DEBUG = True
    production.SITE_URL = "http://127.0.0.1:8000"
    production.SHARED_CACHE = False
    assert ids() == []
