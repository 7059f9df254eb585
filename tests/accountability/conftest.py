"""A hand-computed world for the scoreboard: the first semester of 2025, seen on 15 July 2025.

Follow-ups (B = Diskominfo, A = Dinkes, C = DPU; K1 = Komisi I, K2 = Komisi II):

    c1  m1 B→K1 due 28/2  submitted 20/2, verified 3/3           on time, 52 days
    c2  m1 B→K1 due 15/2  submitted 1/3, verified 10/3           verified late, 59 days
    c3  m1 B→K1 no due    submitted 1/2, verified 5/2            verified, undated, 26 days
    c4  m2 B→K1 due 30/5  submitted 20/5, sent back 25/5,
                          submitted 10/6, verified 12/6          reopened, late, 59 days
    c5  m2 A→K1 due 30/6  submitted 2/5, sent back 5/5,
                          submitted 20/6, verified 25/6          reopened, on time, 72 days
    c6  m2 A→K1 due 31/5  not started                            overdue
    c7  m4 A→K2 due 31/12 in progress                            open
    c8  m4 C→K2 due 1/6   closed as cannot be followed up 5/6
    c9  m4 C→K2 due 10/6  submitted 5/6, awaiting verification
    c10 m3 A→K2 due 31/3  not started, CLOSED meeting            overdue (staff only)
    c11 m2 C→K1 due 30/4  not started, NOT PUBLIC                overdue (staff only)
    c12 m0 B→K1 due 1/12/2024, meeting in 2024                   outside the period
    c13 m1 A→K1 no due    not started                            open, never overdue

Meetings: m0 10/11/2024 K1; m1 10/1/2025 K1; m3 20/2 K2 closed; m2 14/4 K1; m4 5/5 K2 with K1
joint; m5 1/6 K1 cancelled. Attendance of heads: m1 B's head present, A's own row represented;
m2 B's head excused, A's head (from 1/3) present, A's staff present (not the head), A's own row
absent; m3 A's own row present; m4 C's own row absent, B's former head (until 2024) present;
m5 B's own row absent (cancelled, does not count).
"""

import datetime
from dataclasses import dataclass
from zoneinfo import ZoneInfo

import pytest
import time_machine

from accountability.periods import Period
from commitments.models import CommitmentStatus
from commitments.services import (
    commitment_close,
    commitment_create,
    commitment_report_progress,
    commitment_submit,
    commitment_verify,
)
from meetings.models import (
    Attendance,
    MeetingKind,
    MeetingStatus,
    Membership,
    OfficeRole,
    Openness,
    Organization,
)
from meetings.roles import BODY_MEMBER, SECRETARIAT
from tests.factories import (
    AgencyFactory,
    BodyFactory,
    MeetingFactory,
    MembershipFactory,
    ParticipantFactory,
    PersonFactory,
    account,
)

WIB = ZoneInfo("Asia/Jakarta")
TODAY = datetime.date(2025, 7, 15)
SEMESTER = Period(datetime.date(2025, 1, 1), datetime.date(2025, 6, 30))
PRIVATE_TEXT = "Janji yang tidak untuk umum"
CLOSED_TEXT = "Janji di rapat tertutup"
CLOSED_TITLE = "Rapat kerja tertutup anggaran"


def at(day: str, hour: int = 10) -> datetime.datetime:
    return datetime.datetime.combine(datetime.date.fromisoformat(day), datetime.time(hour), WIB)


def on(day: str, step, **kwargs):
    with time_machine.travel(at(day), tick=False):
        return step(author=None, **kwargs)


@dataclass
class World:
    k1: Organization
    k2: Organization
    a: Organization
    b: Organization
    c: Organization
    commitments: dict
    meetings: dict


@pytest.fixture
def world(db) -> World:
    k1 = BodyFactory(name="Komisi I", slug="komisi-i")
    k2 = BodyFactory(name="Komisi II", slug="komisi-ii")
    a = AgencyFactory(name="Dinas Kesehatan", abbreviation="Dinkes", slug="dinkes")
    b = AgencyFactory(name="Diskominfo", abbreviation="Diskominfo", slug="diskominfo")
    c = AgencyFactory(name="Dinas PU", abbreviation="DPU", slug="dpu")

    def meeting(day, body, **fields):
        fields.setdefault("status", MeetingStatus.HELD)
        return MeetingFactory(lead_body=body, start=at(day, 9), **fields)

    m = {
        0: meeting("2024-11-10", k1),
        1: meeting("2025-01-10", k1),
        2: meeting("2025-04-14", k1),
        3: meeting(
            "2025-02-20",
            k2,
            kind=MeetingKind.RAPAT_KERJA,
            openness=Openness.CLOSED,
            title=CLOSED_TITLE,
        ),
        4: meeting("2025-05-05", k2),
        5: meeting("2025-06-01", k1, status=MeetingStatus.CANCELLED),
    }
    m[4].other_bodies.set([k1])

    def made(n, meeting_no, owner, body, due=None, **fields):
        return commitment_create(
            meeting=m[meeting_no],
            owner=owner,
            answers_to=body,
            text=fields.pop("text", f"Tindak lanjut c{n}"),
            due_date=datetime.date.fromisoformat(due) if due else None,
            **fields,
        )

    cs = {
        1: made(1, 1, b, k1, "2025-02-28"),
        2: made(2, 1, b, k1, "2025-02-15"),
        3: made(3, 1, b, k1),
        4: made(4, 2, b, k1, "2025-05-30"),
        5: made(5, 2, a, k1, "2025-06-30"),
        6: made(6, 2, a, k1, "2025-05-31"),
        7: made(7, 4, a, k2, "2025-12-31"),
        8: made(8, 4, c, k2, "2025-06-01"),
        9: made(9, 4, c, k2, "2025-06-10"),
        10: made(10, 3, a, k2, "2025-03-31", text=CLOSED_TEXT),
        11: made(11, 2, c, k1, "2025-04-30", text=PRIVATE_TEXT, is_public=False),
        12: made(12, 0, b, k1, "2024-12-01"),
        13: made(13, 1, a, k1),
    }
    on("2025-02-20", commitment_submit, commitment=cs[1])
    on("2025-03-03", commitment_verify, commitment=cs[1], accept=True)
    on("2025-03-01", commitment_submit, commitment=cs[2])
    on("2025-03-10", commitment_verify, commitment=cs[2], accept=True)
    on("2025-02-01", commitment_submit, commitment=cs[3])
    on("2025-02-05", commitment_verify, commitment=cs[3], accept=True)
    on("2025-05-20", commitment_submit, commitment=cs[4])
    on("2025-05-25", commitment_verify, commitment=cs[4], accept=False, reason="Belum ada bukti")
    on("2025-06-10", commitment_submit, commitment=cs[4])
    on("2025-06-12", commitment_verify, commitment=cs[4], accept=True)
    on("2025-05-02", commitment_submit, commitment=cs[5])
    on("2025-05-05", commitment_verify, commitment=cs[5], accept=False, reason="Belum lengkap")
    on("2025-06-20", commitment_submit, commitment=cs[5])
    on("2025-06-25", commitment_verify, commitment=cs[5], accept=True)
    on("2025-05-20", commitment_report_progress, commitment=cs[7], text="Mulai", progress=30)
    on("2025-06-05", commitment_close, commitment=cs[8], reason="Anggaran tidak tersedia")
    on("2025-06-05", commitment_submit, commitment=cs[9])
    for number in (6, 10, 11, 12, 13):
        assert cs[number].status == CommitmentStatus.NOT_STARTED

    head_b = MembershipFactory(organization=b, start_date=datetime.date(2024, 1, 1)).person
    head_a = MembershipFactory(organization=a, start_date=datetime.date(2025, 3, 1)).person
    former_b = MembershipFactory(
        organization=b, start_date=datetime.date(2020, 1, 1), end_date=datetime.date(2024, 12, 31)
    ).person
    staff_a = PersonFactory()
    deputy = PersonFactory()

    def attended(meeting_no, organization, attendance, person=None, **fields):
        if attendance == Attendance.REPRESENTED:
            fields["represented_by"] = deputy
        ParticipantFactory(
            meeting=m[meeting_no],
            organization=organization,
            person=person,
            attendance=attendance,
            **fields,
        )

    attended(1, b, Attendance.PRESENT, head_b)
    attended(1, a, Attendance.REPRESENTED, assignment_letter="ST/1/2025")
    attended(2, b, Attendance.EXCUSED, head_b, reason="Dinas luar")
    attended(2, a, Attendance.PRESENT, head_a)
    attended(2, a, Attendance.PRESENT, staff_a)
    attended(2, a, Attendance.ABSENT)
    attended(3, a, Attendance.PRESENT)
    attended(4, c, Attendance.ABSENT)
    attended(4, b, Attendance.PRESENT, former_b)
    attended(5, b, Attendance.ABSENT)
    return World(k1=k1, k2=k2, a=a, b=b, c=c, commitments=cs, meetings=m)


@pytest.fixture
def secretariat_user(db):
    return account("setwan", SECRETARIAT, email="setwan@example.org")


@pytest.fixture
def chair_of_k2(world):
    """A Komisi II member who chairs it, with an account."""
    user = account("ketua-k2", BODY_MEMBER, email="ketua.k2@example.org")
    Membership.objects.create(
        person=PersonFactory(user=user, email="ketua.k2@dprd.example.org"),
        organization=world.k2,
        role=OfficeRole.CHAIR,
        label="Ketua Komisi II",
    )
    return user
