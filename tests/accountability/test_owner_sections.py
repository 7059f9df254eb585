"""The scoreboard's sections by who owes: agencies ranked among themselves, the DPRD's own
follow-ups per body that owes them, outside parties listed apart; the same from kept facts and
from scratch; a closed meeting's body follow-up counted for insiders only."""

import datetime

import pytest
import time_machine

from accountability.selectors.recount import scoreboard_from_scratch
from accountability.selectors.scoreboard import scoreboard
from commitments.services import commitment_create, commitment_submit, commitment_verify
from meetings.access import PUBLIC, Actor
from meetings.models import OrganizationKind
from tests.accountability.conftest import SEMESTER, TODAY, at
from tests.factories import AgencyFactory, BodyFactory

pytestmark = pytest.mark.django_db
SECRETARIAT = Actor(user_id=1, is_secretariat=True)


@pytest.fixture
def owed(world):
    pimpinan = BodyFactory(
        parent=world.k1.parent, kind=OrganizationKind.PIMPINAN, name="Pimpinan DPRD"
    )
    police = AgencyFactory(
        kind=OrganizationKind.EXTERNAL, category="", name="Polres Contoh", slug="polres"
    )
    m = world.meetings
    own = commitment_create(
        meeting=m[1],
        owner=world.k1,
        text="Menjadwalkan ulang RDP",
        due_date=datetime.date(2025, 2, 1),
    )
    with time_machine.travel(at("2025-01-20"), tick=False):
        commitment_submit(commitment=own, author=None)
        commitment_verify(commitment=own, author=None, accept=True)
    commitment_create(meeting=m[3], owner=world.k2, text="Membentuk Panja tertutup")  # closed
    commitment_create(
        meeting=m[2], owner=police, text="Menertibkan parkir", due_date=datetime.date(2025, 5, 1)
    )
    return {"pimpinan": pimpinan, "police": police, "own": own}


def names(rows) -> dict:
    return {row.organization.name: row.figures.made for row in rows}


def test_owners_are_counted_in_their_own_sections(world, owed):
    board = scoreboard(actor=PUBLIC, period=SEMESTER, today=TODAY)
    assert set(names(board.agencies)) == {"Diskominfo", "Dinas Kesehatan", "Dinas PU"}
    assert names(board.dprd) == {"Komisi I": 1}
    assert names(board.outside) == {"Polres Contoh": 1}
    [komisi] = board.dprd
    assert (komisi.figures.verified, komisi.figures.on_time) == (1, 1)
    [police] = board.outside
    assert police.figures.overdue == 1
    # The body it answers to counts it too, and the totals count every follow-up.
    assert names(board.bodies)["Pimpinan DPRD"] == 1
    assert board.totals.made == 10 + 2


def test_a_closed_meeting_s_body_follow_up_counts_for_insiders_only(world, owed):
    public = scoreboard(actor=PUBLIC, period=SEMESTER, today=TODAY)
    staff = scoreboard(actor=SECRETARIAT, period=SEMESTER, today=TODAY)
    assert "Komisi II" not in names(public.dprd)
    assert names(staff.dprd) == {"Komisi I": 1, "Komisi II": 1}


@pytest.mark.parametrize("actor", [PUBLIC, SECRETARIAT])
def test_kept_and_from_scratch_agree_on_every_section(world, owed, actor):
    kept = scoreboard(actor=actor, period=SEMESTER, today=TODAY)
    scratch = scoreboard_from_scratch(actor=actor, period=SEMESTER, today=TODAY)
    for section in ("agencies", "bodies", "dprd", "outside"):
        assert getattr(kept, section) == getattr(scratch, section), section


def test_the_page_shows_the_dprd_and_outside_sections(client, world, owed):
    with time_machine.travel(at(TODAY.isoformat()), tick=False):
        response = client.get(f"/scoreboard/?start={SEMESTER.start}&end={SEMESTER.end}")
    html = response.content.decode()
    dprd = html.split('id="dprd-table"')[1].split("</table>")[0]
    outside = html.split('id="outside-table"')[1].split("</table>")[0]
    assert f'href="/bodies/{world.k1.slug}/">Komisi I</a>' in dprd
    assert "Polres Contoh" in outside and "/agencies/polres/" not in html
    agencies = html.split('id="agencies-table"')[1].split("</table>")[0]
    assert "Polres Contoh" not in agencies and "Komisi I" not in agencies
    assert "Membentuk Panja" not in html
