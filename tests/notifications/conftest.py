"""A small world for the notification rules: Komisi I with a chair, Diskominfo with its head and
a person in charge, a secretariat clerk, and a meeting on Senin, 10 Maret 2025, 09.00 WIB."""

import datetime
from dataclasses import dataclass

import pytest
import time_machine
from django.test import TestCase

from meetings.models import Meeting, OfficeRole, Organization, Person
from meetings.roles import SECRETARIAT
from notifications.models import Notification
from notifications.services import sweep
from tests.factories import (
    WIB,
    AgencyFactory,
    AgendaItemFactory,
    BodyFactory,
    DprdFactory,
    MeetingFactory,
    MembershipFactory,
    ParticipantFactory,
    PersonFactory,
    account,
)

MEETING_START = datetime.datetime(2025, 3, 10, 9, 0, tzinfo=WIB)


@dataclass
class World:
    komisi: Organization
    agency: Organization
    chair: Person
    head: Person
    officer: Person
    member: Person
    meeting: Meeting


@pytest.fixture(autouse=True)
def _site(settings):
    settings.SITE_URL = "https://tracker.example.org"
    settings.NOTIFICATION_WEBHOOK_URL = ""
    settings.NOTIFICATION_POLICY = {}


@pytest.fixture
def world(db) -> World:
    dprd = DprdFactory()
    komisi = BodyFactory(parent=dprd, name="Komisi I", slug="komisi-i", email="komisi1@example.org")
    agency = AgencyFactory(
        name="Dinas Komunikasi dan Informatika",
        abbreviation="Diskominfo",
        email="kominfo@example.org",
    )
    chair = PersonFactory(name="Ketua Komisi", email="ketua@example.org")
    head = PersonFactory(name="Kepala Dinas", email="kadis@example.org", phone="+6281200000001")
    officer = PersonFactory(name="Petugas Tindak Lanjut", email="pic@example.org")
    member = PersonFactory(name="Anggota Komisi", email="anggota@example.org")
    MembershipFactory(person=chair, organization=komisi, role=OfficeRole.CHAIR)
    MembershipFactory(person=head, organization=agency, role=OfficeRole.HEAD)
    meeting = MeetingFactory(
        lead_body=komisi,
        start=MEETING_START,
        end=MEETING_START + datetime.timedelta(hours=2),
        invited_organizations=[agency],
    )
    AgendaItemFactory(meeting=meeting, order=1, title="Raperda RPJMD 2025-2029")
    ParticipantFactory(meeting=meeting, person=member)
    account("clerk", SECRETARIAT, email="setwan@example.org")
    return World(komisi, agency, chair, head, officer, member, meeting)


def local(*args) -> datetime.datetime:
    return datetime.datetime(*args, tzinfo=WIB)


def sweep_at(moment: datetime.datetime, **kwargs):
    """One sweep with the clock at `moment`; enqueued ids are collected instead of sent."""
    handed = []
    with time_machine.travel(moment, tick=False):
        # The test runs inside a transaction: run the after-commit hooks as a commit would.
        with TestCase.captureOnCommitCallbacks(execute=True):
            report = sweep(enqueue=handed.extend, **kwargs)
    report.handed = handed
    return report


def rows(**filters) -> list[tuple[str, str, str]]:
    """(kind, address, occasion) of the outbox rows, sorted."""
    return sorted(Notification.objects.filter(**filters).values_list("kind", "address", "occasion"))
