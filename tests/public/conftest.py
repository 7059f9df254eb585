"""A public world: a commission with an agency partner, open and closed meetings in all three
zones, a cancelled one, agenda, participants and follow-ups; and a busy calendar of 36 meetings
for query counts."""

import datetime
from dataclasses import dataclass
from zoneinfo import ZoneInfo

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone

from commitments.models import Commitment, CommitmentStatus
from meetings.models import (
    Attendance,
    Meeting,
    MeetingKind,
    MeetingStatus,
    Membership,
    OfficeRole,
    Openness,
    Organization,
    Partnership,
)
from meetings.roles import AGENCY
from tests.factories import (
    AgencyFactory,
    AgendaItemFactory,
    BodyFactory,
    CommitmentFactory,
    LegislationFactory,
    MeetingFactory,
    ParticipantFactory,
    PersonFactory,
    UserFactory,
    VenueFactory,
)

WIB = ZoneInfo("Asia/Jakarta")
WITA = ZoneInfo("Asia/Makassar")
SECRET_TITLE = "Rahasia anggaran pokir"
SECRET_AGENDA = "Pembahasan tertutup dana hibah"
SECRET_PLACE = "Ruang Rahasia Lantai 3"


@dataclass
class World:
    komisi: Organization
    agency: Organization
    open_meeting: Meeting
    closed_meeting: Meeting
    wita_meeting: Meeting
    commitment: Commitment


def days_from_now(days: int, hour: int = 9, zone=WIB) -> datetime.datetime:
    day = timezone.localdate() + datetime.timedelta(days=days)
    return datetime.datetime.combine(day, datetime.time(hour), zone)


@pytest.fixture
def world(db) -> World:
    komisi = BodyFactory(name="Komisi I", slug="komisi-i", abbreviation="")
    agency = AgencyFactory(
        name="Dinas Komunikasi dan Informatika", abbreviation="Diskominfo", slug="diskominfo"
    )
    Partnership.objects.create(body=komisi, agency=agency)
    law = LegislationFactory(title="Raperda RPJMD 2025–2029")
    venue = VenueFactory(
        name="Ruang Argopuro",
        building="Kantor Bupati",
        address="Jl. Panglima Sudirman",
        city="Kraksaan",
    )
    open_meeting = MeetingFactory(
        title="Diskusi Panel Raperda RPJMD",
        kind=MeetingKind.DISKUSI_PANEL,
        lead_body=komisi,
        start=days_from_now(5),
        venue=venue,
        invited_organizations=[agency],
    )
    AgendaItemFactory(
        meeting=open_meeting,
        order=1,
        title="Peran Diskominfo",
        legislation=law,
        legislation_role="discussion",
    )
    head = PersonFactory(name="Ulfiningtyas")
    deputy = PersonFactory(name="Wakil Kepala")
    ParticipantFactory(
        meeting=open_meeting,
        person=head,
        organization=agency,
        attendance=Attendance.REPRESENTED,
        represented_by=deputy,
        assignment_letter="ST/12/2025",
    )
    closed_meeting = MeetingFactory(
        title=SECRET_TITLE,
        kind=MeetingKind.RAPAT_KERJA,
        openness=Openness.CLOSED,
        lead_body=komisi,
        start=days_from_now(6),
        venue=VenueFactory(name=SECRET_PLACE),
        invited_organizations=[agency],
    )
    AgendaItemFactory(meeting=closed_meeting, order=1, title=SECRET_AGENDA)
    ParticipantFactory(meeting=closed_meeting, organization=agency, person=None)
    wita_meeting = MeetingFactory(
        title="Kunjungan kerja ke Makassar",
        kind=MeetingKind.KUNJUNGAN_KERJA,
        lead_body=komisi,
        start=days_from_now(7, hour=10, zone=WITA),
        venue=VenueFactory(name="Kantor DPRD Sulsel", city="Makassar", time_zone="Asia/Makassar"),
    )
    commitment = CommitmentFactory(
        meeting=open_meeting,
        owner=agency,
        answers_to=komisi,
        text="Membangun sinergi komunikasi dengan seluruh OPD",
        due_date=timezone.localdate() + datetime.timedelta(days=30),
        status=CommitmentStatus.IN_PROGRESS,
        progress=40,
    )
    CommitmentFactory(
        meeting=closed_meeting,
        owner=agency,
        answers_to=komisi,
        text="Janji rahasia tertutup",
        due_date=timezone.localdate() + datetime.timedelta(days=20),
    )
    return World(komisi, agency, open_meeting, closed_meeting, wita_meeting, commitment)


@pytest.fixture
def busy_calendar(world) -> list[Meeting]:
    """36 more meetings this month and next: open, closed, cancelled, in WIB, WITA and WIT."""
    zones = ["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"]
    bodies = [world.komisi, BodyFactory(name="Komisi II")]
    venues = [VenueFactory(time_zone=zone) for zone in zones]
    meetings = []
    for n in range(36):
        meeting = MeetingFactory(
            kind=MeetingKind.RDP,
            lead_body=bodies[n % 2],
            start=days_from_now(n % 28 + 1, hour=8 + n % 6, zone=ZoneInfo(zones[n % 3])),
            venue=venues[n % 3],
            openness=Openness.CLOSED if n % 4 == 0 else Openness.OPEN,
            status=MeetingStatus.CANCELLED if n % 5 == 0 else MeetingStatus.SCHEDULED,
            invited_organizations=[world.agency, AgencyFactory()],
        )
        meeting.other_bodies.set([bodies[(n + 1) % 2]])
        AgendaItemFactory(
            meeting=meeting, order=1, legislation=LegislationFactory(), legislation_role="hearing"
        )
        AgendaItemFactory(meeting=meeting, order=2)
        ParticipantFactory(
            meeting=meeting, organization=world.agency, attendance=Attendance.PRESENT
        )
        CommitmentFactory(meeting=meeting, owner=world.agency, due_date=timezone.localdate())
        meetings.append(meeting)
    return meetings


@pytest.fixture
def agency_user(world):
    user = UserFactory(username="diskominfo")
    user.groups.add(Group.objects.get_or_create(name=AGENCY)[0])
    Membership.objects.create(
        person=PersonFactory(user=user),
        organization=world.agency,
        role=OfficeRole.HEAD,
        label="Kepala",
    )
    return user
