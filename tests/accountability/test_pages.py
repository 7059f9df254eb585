"""The scoreboard page: what each reader sees, the charts, sorting, filters and query counts."""

import datetime

import pytest
import time_machine

from meetings.models import Attendance, MeetingStatus, Openness
from tests.accountability.conftest import CLOSED_TITLE, PRIVATE_TEXT, SEMESTER, TODAY, at
from tests.factories import (
    AgencyFactory,
    BodyFactory,
    CommitmentFactory,
    MeetingFactory,
    ParticipantFactory,
)

pytestmark = pytest.mark.django_db
URL = "/scoreboard/"
SEMESTER_QUERY = f"?start={SEMESTER.start}&end={SEMESTER.end}"


@pytest.fixture(autouse=True)
def _on_the_fixture_day():
    with time_machine.travel(at(TODAY.isoformat()), tick=False):
        yield


def made_by_agency(response) -> dict:
    return {row.organization.name: row.figures.made for row in response.context["agencies"]}


def test_public_scoreboard_counts_public_follow_ups_only(client, world):
    response = client.get(URL + SEMESTER_QUERY)
    assert response.status_code == 200
    assert made_by_agency(response) == {"Dinas Kesehatan": 4, "Diskominfo": 4, "Dinas PU": 2}
    page = response.content.decode()
    assert PRIVATE_TEXT not in page and CLOSED_TITLE not in page
    assert "Hanya tindak lanjut publik" in page or "Public follow-ups of open meetings only" in page


def test_secretariat_sees_complete_figures(client, world, secretariat_user):
    client.force_login(secretariat_user)
    response = client.get(URL + SEMESTER_QUERY)
    assert made_by_agency(response) == {"Dinas Kesehatan": 5, "Diskominfo": 4, "Dinas PU": 3}


def test_body_member_adds_its_own_bodies(client, world, chair_of_k2):
    client.force_login(chair_of_k2)
    response = client.get(URL + SEMESTER_QUERY)
    # c10 answers to Komisi II (closed meeting): counted; c11 answers to Komisi I: not.
    assert made_by_agency(response) == {"Dinas Kesehatan": 5, "Diskominfo": 4, "Dinas PU": 2}


def test_page_draws_charts_and_states_its_definitions(client, world):
    page = client.get(URL + SEMESTER_QUERY).content.decode()
    for chart in ("chart-agencies", "chart-trend", "chart-attendance"):
        assert f'id="{chart}"' in page
    assert page.count('class="bar"') >= 10
    assert "<script" not in page
    assert 'id="definitions-heading"' in page
    assert "55,5" in page or "55.5" in page  # Diskominfo's median days


def test_tables_sort_by_any_column(client, world):
    response = client.get(URL + SEMESTER_QUERY + "&sort=overdue&order=desc")
    assert response.context["agencies"][0].organization.name == "Dinas Kesehatan"
    page = response.content.decode()
    assert 'aria-sort="descending"' in page
    assert "sort=overdue&amp;order=asc" in page  # a second click reverses
    ascending = client.get(URL + SEMESTER_QUERY + "&sort=made&order=asc")
    assert ascending.context["agencies"][0].organization.name == "Dinas PU"


def test_filters_by_body_and_drops_bad_input(client, world):
    response = client.get(URL + SEMESTER_QUERY + "&body=komisi-ii")
    assert made_by_agency(response) == {"Dinas Kesehatan": 1, "Dinas PU": 2}
    response = client.get(URL + "?start=2025-06-30&end=2025-01-01&body=no-such-body")
    assert response.status_code == 200
    assert response.context["board"].totals.made == 11  # everything public, any time


@pytest.fixture
def crowded(world):
    """Forty more agencies, each with follow-ups, attendance and a meeting of its own."""
    bodies = [world.k1, world.k2, BodyFactory(name="Komisi III")]
    for n in range(40):
        agency = AgencyFactory()
        meeting = MeetingFactory(
            lead_body=bodies[n % 3],
            status=MeetingStatus.HELD,
            start=datetime.datetime(2025, 1 + n % 6, 10, 9, tzinfo=at("2025-01-01").tzinfo),
            openness=Openness.CLOSED if n % 5 == 0 else Openness.OPEN,
        )
        meeting.other_bodies.set([bodies[(n + 1) % 3]])
        for due in (datetime.date(2025, 3, 1), None):
            CommitmentFactory(meeting=meeting, owner=agency, due_date=due)
        ParticipantFactory(
            meeting=meeting, organization=agency, person=None, attendance=Attendance.PRESENT
        )
    return bodies


@pytest.mark.parametrize(
    ("who", "agencies", "queries"),
    # Nine reads: the body filter's choices, figures per agency, per body and per quarter,
    # verification days, attendance rows, head offices, joint bodies, organization names; a
    # logged-in reader adds its session, user and groups.
    [("public", 35, 9), ("secretariat", 43, 12)],
)
def test_query_count_does_not_grow_with_organizations(
    client, crowded, secretariat_user, django_assert_max_num_queries, who, agencies, queries
):
    # Eight of the forty agencies met only in closed meetings: the public does not see them.
    if who == "secretariat":
        client.force_login(secretariat_user)
    with django_assert_max_num_queries(queries):
        response = client.get(URL + SEMESTER_QUERY + "&sort=median_days")
    assert len(response.context["agencies"]) == agencies


def test_indonesian_by_default_english_on_request(client, world):
    page = client.get(URL + SEMESTER_QUERY).content.decode()
    assert "Papan skor" in page and "TW1 2025" in page and "Rabu, 1 Januari 2025" in page
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    page = client.get(URL + SEMESTER_QUERY).content.decode()
    assert "Which agency keeps its word?" in page and "Q1 2025" in page
    assert "Wednesday 1 January 2025" in page


def test_each_chart_has_a_visible_title_a_summary_and_its_numbers(client, world):
    response = client.get(URL + SEMESTER_QUERY)
    page = response.content.decode()
    for name in ("agencies", "trend", "attendance"):
        chart = response.context[{"agencies": "status_chart"}.get(name, f"{name}_chart")]
        assert f'<h3 id="{name}-figure-title" class="chart-title">' in page
        assert chart.title and chart.summary and f">{chart.summary}</p>" in page
    assert page.count('<details class="chart-numbers">') == 3
    assert page.count('class="scoreboard-table chart-table"') == 3
