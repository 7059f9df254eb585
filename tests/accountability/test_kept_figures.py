"""The kept figures (commitments.facts, the scoreboard's SQL attendance) equal a computation from
scratch (accountability.selectors.recount) on randomised data, for several readers, periods,
bodies and agencies; and after the changes that move them (a meeting moved, a timeline entry
deleted, a rebuild)."""

import datetime
import random

import pytest
import time_machine

from accountability.periods import Period
from accountability.selectors.recount import scoreboard_from_scratch
from accountability.selectors.scoreboard import scoreboard
from commitments.facts import rebuild_facts
from commitments.models import KEPT_FACTS, Commitment, CommitmentUpdate, UpdateKind
from commitments.services import (
    commitment_close,
    commitment_create,
    commitment_report_progress,
    commitment_submit,
    commitment_verify,
)
from meetings.access import PUBLIC, Actor
from meetings.models import Attendance, MeetingStatus, Openness
from tests.accountability.conftest import WIB
from tests.factories import (
    AgencyFactory,
    BodyFactory,
    MeetingFactory,
    MembershipFactory,
    ParticipantFactory,
    PersonFactory,
)

START = datetime.datetime(2024, 1, 1, tzinfo=WIB)
TODAY = datetime.date(2025, 9, 30)


def _moment(rng: random.Random, after: datetime.datetime, days: int) -> datetime.datetime:
    # Hours near midnight on purpose: UTC and local dates differ there.
    return after + datetime.timedelta(days=rng.randint(0, days), hours=rng.choice([0, 6, 23]))


def _step(when: datetime.datetime, service, **kwargs):
    with time_machine.travel(when, tick=False):
        return service(author=None, **kwargs)


@pytest.fixture
def random_world(db):
    rng = random.Random(20)
    bodies = [BodyFactory(name=f"Komisi {n}", slug=f"komisi-{n}") for n in range(3)]
    agencies = [AgencyFactory(name=f"Dinas {n}", slug=f"dinas-{n}") for n in range(4)]
    heads = {}
    for agency in agencies:
        heads[agency.pk] = [
            MembershipFactory(
                organization=agency,
                start_date=datetime.date(2024, 1, 1) + datetime.timedelta(days=rng.randint(0, 300)),
                end_date=rng.choice([None, datetime.date(2025, 6, 1)]),
            ).person
            for _ in range(2)
        ]
    deputy = PersonFactory()
    meetings = []
    for _ in range(14):
        meeting = MeetingFactory(
            lead_body=rng.choice(bodies),
            start=_moment(rng, START, 600),
            status=rng.choice([MeetingStatus.HELD] * 4 + [MeetingStatus.CANCELLED]),
            openness=rng.choice([Openness.OPEN] * 3 + [Openness.CLOSED]),
        )
        if rng.random() < 0.4:
            meeting.other_bodies.set(rng.sample(bodies, 2))
        for agency in rng.sample(agencies, 3):
            for person in [None, *heads[agency.pk], PersonFactory()][: rng.randint(1, 4)]:
                attendance = rng.choice(list(Attendance.values))
                extra = {}
                if attendance == Attendance.REPRESENTED:
                    extra = {"represented_by": deputy, "assignment_letter": "ST/1/2025"}
                elif attendance == Attendance.EXCUSED:
                    extra = {"reason": "Dinas luar"}
                ParticipantFactory(
                    meeting=meeting,
                    organization=agency,
                    person=person,
                    attendance=attendance,
                    **extra,
                )
        meetings.append(meeting)
    commitments = []
    for number in range(45):
        meeting = rng.choice(meetings)
        commitment = commitment_create(
            meeting=meeting,
            owner=rng.choice(agencies),
            answers_to=rng.choice(bodies),
            text=f"Tindak lanjut {number}",
            due_date=rng.choice(
                [None, (meeting.start + datetime.timedelta(rng.randint(5, 90))).date()]
            ),
            is_public=rng.random() < 0.8,
        )
        when = meeting.start
        for _ in range(rng.randint(0, 4)):
            when = _moment(rng, when, 40)
            commitment.refresh_from_db()
            step = rng.choice(["progress", "submit", "accept", "send_back", "close"])
            try:
                if step == "progress":
                    _step(
                        when,
                        commitment_report_progress,
                        commitment=commitment,
                        text="x",
                        progress=40,
                    )
                elif step == "submit":
                    _step(when, commitment_submit, commitment=commitment)
                elif step == "close":
                    _step(
                        when, commitment_close, commitment=commitment, reason="Tidak ada anggaran"
                    )
                else:
                    _step(
                        when,
                        commitment_verify,
                        commitment=commitment,
                        accept=step == "accept",
                        reason="Belum lengkap",
                    )
            except Exception:  # noqa: BLE001  (an illegal step at random is simply skipped)
                continue
        commitments.append(commitment)
    return {"bodies": bodies, "agencies": agencies, "meetings": meetings, "rng": rng}


def _same(**kwargs):
    kept = scoreboard(today=TODAY, **kwargs)
    scratch = scoreboard_from_scratch(today=TODAY, **kwargs)
    assert kept.totals == scratch.totals
    assert kept.agencies == scratch.agencies
    assert kept.bodies == scratch.bodies
    assert kept.quarters == scratch.quarters
    return kept


def _every_view(world):
    readers = [
        PUBLIC,
        Actor(is_secretariat=True),
        Actor(body_ids=frozenset({world["bodies"][0].pk})),
        Actor(agency_ids=frozenset({world["agencies"][1].pk})),
    ]
    periods = [Period(), Period(datetime.date(2024, 4, 1), datetime.date(2025, 3, 31))]
    for actor in readers:
        for period in periods:
            board = _same(actor=actor, period=period)
            _same(actor=actor, period=period, body=world["bodies"][1])
            _same(actor=actor, period=period, agency=world["agencies"][2])
    return board


def _kept_facts() -> list[tuple]:
    return list(Commitment.objects.order_by("pk").values_list("pk", *KEPT_FACTS))


def test_kept_figures_equal_a_computation_from_scratch(random_world):
    board = _every_view(random_world)
    assert board.totals.made > 0 and board.totals.verified > 0
    assert any(row.attendance.total for row in board.agencies)


def test_kept_figures_follow_moved_meetings_and_deleted_entries(random_world):
    for meeting in random_world["meetings"][:5]:
        meeting.start += datetime.timedelta(days=95, hours=7)
        meeting.end += datetime.timedelta(days=95, hours=7)
        meeting.save()
    for entry in CommitmentUpdate.objects.filter(kind=UpdateKind.SENT_BACK)[:3]:
        entry.delete()
    _every_view(random_world)


def test_rebuild_gives_the_facts_kept_by_the_saves(random_world):
    kept = _kept_facts()
    Commitment.objects.update(
        held_on=None,
        held_quarter=None,
        verified_days=None,
        last_submitted_on=None,
        was_reopened=True,
    )
    rebuild_facts()
    assert _kept_facts() == kept
    assert any(row[1] is not None for row in kept)
