"""The API's rate limits: per client address for anonymous callers (the real client behind a
known number of proxies), per account for logged-in ones; a refusal is a 429 that says when to
come back."""

import pytest
from django.utils.module_loading import import_string
from rest_framework import throttling
from rest_framework.request import Request
from rest_framework.test import APIRequestFactory
from rest_framework.throttling import SimpleRateThrottle

from api.throttling import AnonRateThrottle, CountedThrottleMixin
from tests.factories import UserFactory
from tracker.settings import _rate

pytestmark = pytest.mark.django_db


@pytest.fixture
def tight_limits(monkeypatch):
    # DRF reads the rates once, into the throttle class; the test narrows them there.
    monkeypatch.setattr(
        SimpleRateThrottle, "THROTTLE_RATES", {"anon": "3/min", "user": "5/min", "login": "5/min"}
    )


def test_anonymous_callers_are_limited_per_address(client, tight_limits):
    for _ in range(3):
        assert client.get("/api/meetings/").status_code == 200
    refused = client.get("/api/meetings/")
    assert refused.status_code == 429
    wait = int(refused["Retry-After"])
    assert wait > 0
    # In the caller's language (Indonesian by default), with the same wait as the header.
    assert refused.json() == {"detail": f"Terlalu banyak permintaan. Coba lagi dalam {wait} detik."}
    # Another address has its own allowance.
    assert client.get("/api/meetings/", REMOTE_ADDR="192.0.2.9").status_code == 200


def test_behind_one_proxy_the_forwarded_client_counts(client, tight_limits, settings):
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "NUM_PROXIES": 1}

    def get(forwarded_for):
        return client.get("/api/meetings/", HTTP_X_FORWARDED_FOR=forwarded_for).status_code

    assert [get("198.51.100.1") for _ in range(4)] == [200, 200, 200, 429]
    # The proxy's own address is the same for everyone: the client it names decides, and a
    # client cannot escape its count by putting a made-up address in front.
    assert get("198.51.100.2") == 200
    assert get("203.0.113.66, 198.51.100.1") == 429


def test_accounts_are_limited_per_account_not_per_address(client, tight_limits):
    client.force_login(UserFactory())
    answers = [client.get("/api/meetings/").status_code for _ in range(6)]
    assert answers == [200] * 5 + [429]


@pytest.mark.parametrize(
    ("value", "expected"), [("off", None), ("OFF ", None), ("60/min", "60/min")]
)
def test_a_rate_can_be_lifted_from_the_environment(monkeypatch, value, expected):
    monkeypatch.setenv("API_ANON_RATE", value)
    assert _rate("API_ANON_RATE", "300/min") == expected


def test_defaults_limit_every_api_caller(settings):
    rates = settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"]
    assert rates["anon"] and rates["user"] and rates["login"]
    classes = [import_string(name) for name in settings.REST_FRAMEWORK["DEFAULT_THROTTLE_CLASSES"]]
    assert any(issubclass(c, throttling.AnonRateThrottle) for c in classes)
    assert any(issubclass(c, throttling.UserRateThrottle) for c in classes)
    # Counted atomically: DRF's own read-modify-write loses requests between workers.
    assert all(issubclass(c, CountedThrottleMixin) for c in classes)


class Interleaved:
    """The cache as one gunicorn worker sees it while another worker answers the same client:
    right after this worker's first cache call, the other worker handles a whole request."""

    def __init__(self, real, other_request):
        self.real, self.other_request, self.interleaved = real, other_request, False

    def __getattr__(self, name):
        operation = getattr(self.real, name)

        def call(*args, **kwargs):
            result = operation(*args, **kwargs)
            if not self.interleaved:
                self.interleaved = True
                self.other_request()
            return result

        return call


def test_requests_answered_at_once_by_two_workers_are_all_counted(tight_limits):
    """DRF's own throttle reads the history, and the other worker's request written meanwhile
    is lost when it writes back: 8 requests, 3 allowed, yet 6 went through."""
    factory = APIRequestFactory()
    allowed = []

    def request(cache=None):
        throttle = AnonRateThrottle()
        if cache is not None:
            throttle.cache = cache
        allowed.append(throttle.allow_request(Request(factory.get("/api/meetings/")), view=None))

    for _ in range(4):
        request(Interleaved(AnonRateThrottle.cache, other_request=request))
    assert len(allowed) == 8
    assert sum(allowed) == 3


def test_a_refusal_says_when_the_period_ends(tight_limits):
    factory = APIRequestFactory()
    throttle = AnonRateThrottle()
    for _ in range(3):
        assert throttle.allow_request(Request(factory.get("/api/meetings/")), view=None)
    assert not throttle.allow_request(Request(factory.get("/api/meetings/")), view=None)
    assert 1 <= throttle.wait() <= 60
