"""Open data over a small world: an open and a closed meeting, public and private parts."""

import datetime
from dataclasses import dataclass
from zoneinfo import ZoneInfo

import pytest

from meetings.models import Attendance, Document, DocumentKind, Meeting, MeetingKind, Openness
from tests.factories import (
    AgencyFactory,
    AgendaItemFactory,
    BodyFactory,
    CommitmentFactory,
    DprdFactory,
    LegislationFactory,
    MeetingFactory,
    ParticipantFactory,
    PersonFactory,
    VenueFactory,
)

WITA = ZoneInfo("Asia/Makassar")
SECRETS = (
    "Rapat tertutup dana hibah",
    "Agenda rahasia",
    "Janji di rapat tertutup",
    "Janji tidak publik",
    "Mata acara tidak publik",
    "Orang di rapat tertutup",
    "Dokumen internal",
    "rahasia@example.org",
)


@dataclass
class World:
    open_meeting: Meeting
    closed_meeting: Meeting


@pytest.fixture
def world(db) -> World:
    dprd = DprdFactory(name="DPRD Kabupaten Contoh", email="setwan@dprd.example.go.id")
    komisi = BodyFactory(parent=dprd, name="Komisi I", slug="komisi-i")
    agency = AgencyFactory(name="Diskominfo", slug="diskominfo")
    open_meeting = MeetingFactory(
        title="Diskusi panel Raperda RPJMD",
        kind=MeetingKind.DISKUSI_PANEL,
        lead_body=komisi,
        start=datetime.datetime(2025, 2, 26, 10, tzinfo=WITA),
        venue=VenueFactory(name="Ruang Argopuro", time_zone="Asia/Makassar"),
        invited_organizations=[agency],
    )
    AgendaItemFactory(
        meeting=open_meeting,
        order=1,
        title="Peran Diskominfo",
        legislation=LegislationFactory(title="Raperda RPJMD 2025–2029"),
        legislation_role="discussion",
    )
    hidden_item = AgendaItemFactory(
        meeting=open_meeting, order=2, title="Mata acara tidak publik", is_public=False
    )
    ParticipantFactory(
        meeting=open_meeting,
        person=PersonFactory(name="Ulfiningtyas", email="rahasia@example.org", phone="0812"),
        organization=agency,
        attendance=Attendance.PRESENT,
    )
    Document.objects.create(
        meeting=open_meeting,
        kind=DocumentKind.MINUTES,
        title="Notulen",
        url="https://x.test/n",
        is_public=True,
    )
    Document.objects.create(
        meeting=open_meeting,
        kind=DocumentKind.OTHER,
        title="Dokumen internal",
        url="https://x.test/i",
    )
    CommitmentFactory(
        meeting=open_meeting,
        owner=agency,
        text="Membangun sinergi komunikasi",
        due_date=datetime.date(2025, 6, 30),
    )
    CommitmentFactory(
        meeting=open_meeting,
        owner=agency,
        text="Janji di mata acara tersembunyi",
        agenda_item=hidden_item,
    )
    CommitmentFactory(
        meeting=open_meeting, owner=agency, text="Janji tidak publik", is_public=False
    )
    closed = MeetingFactory(
        title="Rapat tertutup dana hibah",
        kind=MeetingKind.RAPAT_KERJA,
        openness=Openness.CLOSED,
        lead_body=komisi,
        start=datetime.datetime(2025, 3, 5, 9, tzinfo=WITA),
    )
    AgendaItemFactory(meeting=closed, order=1, title="Agenda rahasia")
    ParticipantFactory(
        meeting=closed, person=PersonFactory(name="Orang di rapat tertutup"), organization=agency
    )
    CommitmentFactory(meeting=closed, owner=agency, text="Janji di rapat tertutup")
    return World(open_meeting=open_meeting, closed_meeting=closed)
