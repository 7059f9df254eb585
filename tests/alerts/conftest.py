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
