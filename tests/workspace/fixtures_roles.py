"""A small world for the agency, body, history and printables tests: two commissions each with a
partner agency, one account per role, and a follow-up owned by each agency.

Test modules wrap `build_world()` in their own fixture (the directory's conftest belongs to the
secretariat's tests).
"""

import datetime
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from django.contrib.auth.models import User

from commitments.models import Commitment
from commitments.services import commitment_create, commitment_report_progress
from meetings.models import (
    Attendance,
    Meeting,
    MeetingKind,
    OfficeRole,
    Openness,
    Organization,
    ParticipantRole,
)
from meetings.roles import AGENCY, BODY_MEMBER, SECRETARIAT
from meetings.services import AgendaItemInput, OutcomeInput, ParticipantInput, meeting_create
from tests.factories import (
    AgencyFactory,
    BodyFactory,
    DprdFactory,
    MembershipFactory,
    PersonFactory,
    VenueFactory,
    account,
)

WIB = ZoneInfo("Asia/Jakarta")
START = datetime.datetime(2025, 2, 26, 9, tzinfo=WIB)


@dataclass
class World:
    dprd: Organization
    komisi: Organization
    other_komisi: Organization
    agency: Organization
    other_agency: Organization
    meeting: Meeting
    other_meeting: Meeting
    commitment: Commitment
    other_commitment: Commitment
    agency_user: User
    other_agency_user: User
    body_user: User
    other_body_user: User
    clerk: User


def build_world() -> World:
    dprd = DprdFactory()
    komisi = BodyFactory(parent=dprd, name="Komisi I", slug="komisi-i")
    other_komisi = BodyFactory(parent=dprd, name="Komisi IV", slug="komisi-iv")
    agency = AgencyFactory(
        name="Dinas Komunikasi dan Informatika", abbreviation="Diskominfo", slug="diskominfo"
    )
    other_agency = AgencyFactory(name="Dinas Kesehatan", abbreviation="Dinkes", slug="dinkes")
    komisi.partners.add(agency)
    other_komisi.partners.add(other_agency)
    venue = VenueFactory(
        name="Ruang Argopuro", building="Kantor Bupati", city="Kraksaan", slug="argopuro"
    )
    meeting = meeting_create(
        title="Diskusi panel Raperda RPJMD",
        kind=MeetingKind.DISKUSI_PANEL,
        lead_body=komisi,
        start=START,
        end=START + datetime.timedelta(hours=3),
        venue=venue,
        invited_organizations=[agency],
        agenda_items=[AgendaItemInput(title="Raperda RPJMD")],
    )
    other_meeting = meeting_create(
        title="Rapat kerja RAHASIA Dinkes",
        kind=MeetingKind.RAPAT_KERJA,
        lead_body=other_komisi,
        start=START + datetime.timedelta(days=1),
        openness=Openness.CLOSED,
        invited_organizations=[other_agency],
    )
    return World(
        dprd=dprd,
        komisi=komisi,
        other_komisi=other_komisi,
        agency=agency,
        other_agency=other_agency,
        meeting=meeting,
        other_meeting=other_meeting,
        commitment=commitment_create(
            meeting=meeting,
            owner=agency,
            text="Membangun sinergi komunikasi dengan seluruh OPD",
            due_date=datetime.date(2099, 6, 30),
        ),
        other_commitment=commitment_create(
            meeting=other_meeting,
            owner=other_agency,
            text="Tindak lanjut RAHASIA Dinkes",
            is_public=False,
        ),
        agency_user=account("diskominfo", AGENCY, agency, OfficeRole.HEAD),
        other_agency_user=account("dinkes", AGENCY, other_agency, OfficeRole.HEAD),
        body_user=account("komisi1", BODY_MEMBER, komisi),
        other_body_user=account("komisi4", BODY_MEMBER, other_komisi),
        clerk=account("setwan", SECRETARIAT),
    )


def many_commitments(
    world: World, count: int, *, author=None, first_due=datetime.date(2025, 3, 1)
) -> list[Commitment]:
    """Follow-ups of the world's agency to its Komisi, with reports and evidence links, in
    several states: enough rows for an N+1 query to show."""
    made = []
    for index in range(count):
        commitment = commitment_create(
            meeting=world.meeting,
            owner=world.agency,
            text=f"Tindak lanjut nomor {index}",
            due_date=first_due + datetime.timedelta(days=index * 30),
            person_in_charge=PersonFactory(),
        )
        if index % 2:
            commitment_report_progress(
                commitment=commitment,
                author=author,
                text=f"Laporan {index}",
                progress=50,
                evidence_url=f"https://example.org/bukti/{index}",
            )
        made.append(commitment)
    return made


def panel_meeting(world: World) -> Meeting:
    """The 26 February 2025 panel discussion with its people, attendance and conclusions."""
    vice = PersonFactory(name="Didik Humaidi")
    MembershipFactory(
        person=vice, organization=world.dprd, role=OfficeRole.VICE_CHAIR, label="Wakil Ketua DPRD"
    )
    head = PersonFactory(name="Ulfiningtyas")
    MembershipFactory(
        person=head, organization=world.agency, role=OfficeRole.HEAD, label="Kepala Diskominfo"
    )
    deputy = PersonFactory(name="Sekretaris Dinas Contoh")
    notulis = PersonFactory(name="Notulis Setwan")
    absent = PersonFactory(name="Anggota Berhalangan")
    venue = VenueFactory(
        name="Ruang Rapat Argopuro", building="Kantor Bupati Probolinggo", city="Kraksaan"
    )
    return meeting_create(
        title="Diskusi panel bersama Diskominfo",
        kind=MeetingKind.DISKUSI_PANEL,
        lead_body=world.komisi,
        start=START,
        end=START + datetime.timedelta(hours=3),
        venue=venue,
        invited_organizations=[world.agency],
        agenda_items=[
            AgendaItemInput(
                title="Raperda RPJMD: peran Diskominfo",
                outcomes=[OutcomeInput(text="Diskominfo membangun sinergi komunikasi")],
            ),
            AgendaItemInput(title="Digitalisasi dan SPBE"),
        ],
        participants=[
            ParticipantInput(
                person=vice, role=ParticipantRole.CHAIR, attendance=Attendance.PRESENT
            ),
            ParticipantInput(
                person=head,
                organization=world.agency,
                role=ParticipantRole.SPEAKER,
                attendance=Attendance.REPRESENTED,
                represented_by=deputy,
                assignment_letter="800/123/2025",
            ),
            ParticipantInput(
                person=notulis, role=ParticipantRole.MINUTE_TAKER, attendance=Attendance.PRESENT
            ),
            ParticipantInput(
                person=absent, role=ParticipantRole.MEMBER, attendance=Attendance.ABSENT
            ),
        ],
    )
