"""Komisi I and Diskominfo, a Raperda, and helpers to follow them and change their meetings."""

import datetime

import pytest
from django.utils import timezone

from alerts.models import Subscription
from tests.factories import (
    AgencyFactory,
    AgendaItemFactory,
    BodyFactory,
    DprdFactory,
    LegislationFactory,
    MeetingFactory,
)


@pytest.fixture(autouse=True)
def _site(settings):
    settings.SITE_URL = "https://tracker.example.org"
    settings.NOTIFICATION_WEBHOOK_URL = ""
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"


@pytest.fixture(autouse=True)
def fan_out_here(monkeypatch):
    """The fan-out task runs in this process when enqueued (a worker runs it in production and
    in tests/delivery); the ids it was enqueued with are kept for the tests that look."""
    from alerts.tasks import alert_fan_out_task

    enqueued: list[int] = []

    def run(event_id: int) -> None:
        enqueued.append(event_id)
        alert_fan_out_task.apply(args=[event_id])

    monkeypatch.setattr("alerts.services.events.enqueue_fan_out", run)
    return enqueued


@pytest.fixture
def komisi(db):
    return BodyFactory(parent=DprdFactory(), name="Komisi I", slug="komisi-i")


@pytest.fixture
def agency(db):
    return AgencyFactory(name="Dinas Pekerjaan Umum", abbreviation="DPU", slug="dpu")


@pytest.fixture
def raperda(db):
    return LegislationFactory(title="Raperda Bangunan Gedung", slug="raperda-bangunan-gedung")


@pytest.fixture
def meeting(komisi, agency, raperda):
    """An open hearing next week on the Raperda, with Diskominfo invited."""
    meeting = MeetingFactory(
        title="Rapat kerja jalan rusak",
        lead_body=komisi,
        start=timezone.now() + datetime.timedelta(days=7),
        end=timezone.now() + datetime.timedelta(days=7, hours=2),
        invited_organizations=[agency],
    )
    AgendaItemFactory(
        meeting=meeting, title="Pembahasan", legislation=raperda, legislation_role="discussion"
    )
    return meeting


def follow(address: str, confirmed: bool = True, **choice) -> Subscription:
    """A subscription made directly (the sign-up flow has its own tests)."""
    return Subscription.objects.create(
        address=address,
        token=f"token-{address}-{Subscription.objects.count()}",
        confirmed_at=timezone.now() if confirmed else None,
        **choice,
    )
