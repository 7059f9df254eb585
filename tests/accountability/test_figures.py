"""Every figure of the scoreboard against the hand-computed world in conftest.py."""

import pytest

from accountability.periods import Period, Quarter
from accountability.selectors.scoreboard import scoreboard, sorted_rows
from meetings.access import PUBLIC, Actor
from tests.accountability.conftest import SEMESTER, TODAY

pytestmark = pytest.mark.django_db
SECRETARIAT = Actor(user_id=1, is_secretariat=True)
FIGURES = ("made", "verified", "on_time", "awaiting", "overdue", "cannot", "reopened", "no_due")


def figures(row) -> dict:
    found = {name: getattr(row.figures, name) for name in FIGURES}
    found["median_days"] = row.figures.median_days
    found["on_time_rate"] = row.figures.on_time_rate
    found["open"] = row.figures.open
    return found


def attendance(row) -> tuple[int, int, int]:
    return row.attendance.present, row.attendance.represented, row.attendance.absent


def by_name(rows) -> dict:
    return {row.organization.name: row for row in rows}


def expected(**values) -> dict:
    base = dict.fromkeys(FIGURES, 0) | {"median_days": None, "on_time_rate": None, "open": 0}
    return base | values


def test_public_figures_per_agency(world):
    board = scoreboard(actor=PUBLIC, period=SEMESTER, today=TODAY)
    rows = by_name(board.agencies)
    assert set(rows) == {"Diskominfo", "Dinas Kesehatan", "Dinas PU"}
    # c1 on time; c2 late; c3 without due date; c4 reopened and late. Days 52, 59, 26, 59.
    assert figures(rows["Diskominfo"]) == expected(
        made=4, verified=4, on_time=1, reopened=1, no_due=1, median_days=55.5, on_time_rate=33
    )
    # c5 reopened but on time (72 days); c6 overdue; c7 open; c13 open without due date.
    assert figures(rows["Dinas Kesehatan"]) == expected(
        made=4,
        verified=1,
        on_time=1,
        overdue=1,
        reopened=1,
        no_due=1,
        median_days=72,
        on_time_rate=33,
        open=2,
    )
    # c8 cannot be followed up (closed, so not overdue); c9 awaiting verification.
    assert figures(rows["Dinas PU"]) == expected(made=2, awaiting=1, cannot=1, on_time_rate=0)


def test_public_figures_per_body_and_totals(world):
    board = scoreboard(actor=PUBLIC, period=SEMESTER, today=TODAY)
    rows = by_name(board.bodies)
    assert set(rows) == {"Komisi I", "Komisi II"}
    assert figures(rows["Komisi I"]) == expected(
        made=7,
        verified=5,
        on_time=2,
        overdue=1,
        reopened=2,
        no_due=2,
        median_days=59,
        on_time_rate=40,
        open=1,
    )
    assert figures(rows["Komisi II"]) == expected(
        made=3, awaiting=1, cannot=1, on_time_rate=0, open=1
    )
    assert figures_of(board.totals) == expected(
        made=10,
        verified=5,
        on_time=2,
        awaiting=1,
        overdue=1,
        cannot=1,
        reopened=2,
        no_due=2,
        median_days=59,
        on_time_rate=25,
        open=2,
    )


def figures_of(value):
    class Holder:
        figures = value

    return figures(Holder)


def test_staff_figures_include_closed_meetings_and_private_follow_ups(world):
    board = scoreboard(actor=SECRETARIAT, period=SEMESTER, today=TODAY)
    agencies = by_name(board.agencies)
    # c10 (closed meeting) and c11 (not public) are overdue; c12 is outside the period.
    assert agencies["Dinas Kesehatan"].figures.made == 5
    assert agencies["Dinas Kesehatan"].figures.overdue == 2
    assert agencies["Dinas PU"].figures.made == 3
    assert agencies["Dinas PU"].figures.overdue == 1
    assert agencies["Diskominfo"].figures.made == 4
    assert board.totals.made == 12


def test_period_decides_by_meeting_date(world):
    board = scoreboard(actor=SECRETARIAT, period=Period(), today=TODAY)
    assert board.totals.made == 13
    assert by_name(board.agencies)["Diskominfo"].figures.overdue == 1  # c12, from 2024
    only_q1 = Period(SEMESTER.start, SEMESTER.start.replace(month=3, day=31))
    assert scoreboard(actor=PUBLIC, period=only_q1, today=TODAY).totals.made == 4


def test_quarterly_trend(world):
    board = scoreboard(actor=PUBLIC, period=SEMESTER, today=TODAY)
    quarters = dict(board.quarters)
    assert list(quarters) == [Quarter(2025, 1), Quarter(2025, 2)]
    q1, q2 = quarters[Quarter(2025, 1)], quarters[Quarter(2025, 2)]
    assert (q1.made, q1.verified, q1.on_time, q1.overdue, q1.median_days) == (4, 3, 1, 0, 52)
    assert (q2.made, q2.verified, q2.on_time, q2.overdue, q2.median_days) == (6, 2, 1, 1, 65.5)


def test_head_attendance(world):
    board = scoreboard(actor=PUBLIC, period=SEMESTER, today=TODAY)
    agencies, bodies = by_name(board.agencies), by_name(board.bodies)
    # B: head present at m1, excused at m2; the former head at m4 does not count.
    assert attendance(agencies["Diskominfo"]) == (1, 0, 1)
    # A: own row represented at m1; head present at m2 beats its own "absent" row; m3 is closed.
    assert attendance(agencies["Dinas Kesehatan"]) == (1, 1, 0)
    assert attendance(agencies["Dinas PU"]) == (0, 0, 1)
    # m4 is joint: Komisi I counts it too. The cancelled m5 counts for nobody.
    assert attendance(bodies["Komisi I"]) == (2, 1, 2)
    assert attendance(bodies["Komisi II"]) == (0, 0, 1)
    staff = scoreboard(actor=SECRETARIAT, period=SEMESTER, today=TODAY)
    assert attendance(by_name(staff.agencies)["Dinas Kesehatan"]) == (2, 1, 0)
    assert attendance(by_name(staff.bodies)["Komisi II"]) == (1, 0, 1)


def test_body_filter(world):
    board = scoreboard(actor=PUBLIC, period=SEMESTER, body=world.k2, today=TODAY)
    agencies = by_name(board.agencies)
    assert {name: row.figures.made for name, row in agencies.items()} == {
        "Dinas Kesehatan": 1,
        "Dinas PU": 2,
    }
    assert attendance(agencies["Dinas PU"]) == (0, 0, 1)
    assert [row.organization.name for row in board.bodies] == ["Komisi II"]
    assert board.totals.made == 3


def test_sorting_puts_unknown_values_last(world):
    board = scoreboard(actor=PUBLIC, period=SEMESTER, today=TODAY)
    names = [
        row.organization.name
        for row in sorted_rows(board.agencies, key="median_days", descending=True)
    ]
    assert names == ["Dinas Kesehatan", "Diskominfo", "Dinas PU"]
    names = [
        row.organization.name for row in sorted_rows(board.agencies, key="overdue", descending=True)
    ]
    assert names[0] == "Dinas Kesehatan"
    names = [
        row.organization.name for row in sorted_rows(board.agencies, key="name", descending=False)
    ]
    assert names == ["Dinas Kesehatan", "Dinas PU", "Diskominfo"]
