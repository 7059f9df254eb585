"""A small world for the API: two commissions, two agencies, one account per role, and an open
and a closed meeting for each commission, each with a follow-up."""

import datetime
from dataclasses import dataclass
from zoneinfo import ZoneInfo

import pytest
from rest_framework.test import APIClient

from commitments.models import Commitment
from commitments.services import commitment_create
from meetings.models import (
    Attendance,
    Meeting,
    MeetingKind,
    OfficeRole,
    Openness,
    Organization,
)
from meetings.roles import AGENCY, BODY_MEMBER, SECRETARIAT
from meetings.services import AgendaItemInput, ParticipantInput, meeting_create
from tests.factories import AgencyFactory, BodyFactory, account

WIB = ZoneInfo("Asia/Jakarta")
START = datetime.datetime(2025, 2, 26, 9, tzinfo=WIB)


@dataclass
class World:
    komisi: Organization
    other_komisi: Organization
    agency: Organization
    other_agency: Organization
    open_meeting: Meeting
    closed_meeting: Meeting
    other_closed_meeting: Meeting
    public_commitment: Commitment
    private_commitment: Commitment
    other_private_commitment: Commitment


def meeting(body, agency, title, openness, day):
    return meeting_create(
        title=title,
        kind=MeetingKind.RDP,
        lead_body=body,
        start=START + datetime.timedelta(days=day),
        end=START + datetime.timedelta(days=day, hours=2),
        openness=openness,
        summary=f"Ringkasan {title}",
        invited_organizations=[agency],
        agenda_items=[
            AgendaItemInput(title=f"Agenda {title}"),
            AgendaItemInput(title=f"Agenda internal {title}", is_public=False),
        ],
        participants=[ParticipantInput(organization=agency, attendance=Attendance.PRESENT)],
    )


@pytest.fixture
def world(db) -> World:
    komisi, other_komisi = BodyFactory(name="Komisi I"), BodyFactory(name="Komisi II")
    agency = AgencyFactory(abbreviation="Diskominfo", slug="diskominfo")
    other_agency = AgencyFactory(abbreviation="Dinkes", slug="dinkes")
    open_meeting = meeting(komisi, agency, "RDP terbuka", Openness.OPEN, 0)
    closed_meeting = meeting(komisi, agency, "Rapat tertutup RAHASIA", Openness.CLOSED, 1)
    other_closed = meeting(other_komisi, other_agency, "Rapat tertutup LAIN", Openness.CLOSED, 2)
    return World(
        komisi=komisi,
        other_komisi=other_komisi,
        agency=agency,
        other_agency=other_agency,
        open_meeting=open_meeting,
        closed_meeting=closed_meeting,
        other_closed_meeting=other_closed,
        public_commitment=commitment_create(
            meeting=open_meeting, owner=agency, text="Tindak lanjut publik"
        ),
        private_commitment=commitment_create(
            meeting=closed_meeting, owner=agency, text="Tindak lanjut RAHASIA", is_public=False
        ),
        other_private_commitment=commitment_create(
            meeting=other_closed, owner=other_agency, text="Tindak lanjut LAIN", is_public=False
        ),
    )


ROLES = ["anonymous", "agency", "other_agency", "body_member", "other_body_member", "secretariat"]


@pytest.fixture
def users(world):
    return {
        "anonymous": None,
        "agency": account("diskominfo", AGENCY, world.agency, OfficeRole.HEAD),
        "other_agency": account("dinkes", AGENCY, world.other_agency, OfficeRole.HEAD),
        "body_member": account("komisi1", BODY_MEMBER, world.komisi),
        "other_body_member": account("komisi2", BODY_MEMBER, world.other_komisi),
        "secretariat": account("setwan", SECRETARIAT),
    }


@pytest.fixture
def client_for(users):
    def make(role: str) -> APIClient:
        client = APIClient()
        if users[role] is not None:
            client.force_authenticate(users[role])
        return client

    return make
