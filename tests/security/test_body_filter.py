"""Finding: the API's ?body= filter found a closed meeting through a joint body, which the
filter's docstring and the calendar pages rule out (a closed meeting shows its lead body only)."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.fixture
def joint_closed(world):
    world.closed_meeting.other_bodies.add(world.other_komisi)
    return world.closed_meeting


def ids(response):
    assert response.status_code == 200
    return {row["id"] for row in response.json()["results"]}


@pytest.mark.parametrize("role", ["anonymous", "other_agency"])
def test_body_filter_ignores_joint_bodies_of_closed_meetings(client_for, world, joint_closed, role):
    found = ids(client_for(role).get(f"/api/meetings/?body={world.other_komisi.slug}"))
    assert joint_closed.pk not in found
    # The lead body still finds it: the public sees that it happens.
    assert joint_closed.pk in ids(client_for(role).get(f"/api/meetings/?body={world.komisi.slug}"))


def test_a_member_of_the_joint_body_finds_it(client_for, world, joint_closed):
    found = ids(
        client_for("other_body_member").get(f"/api/meetings/?body={world.other_komisi.slug}")
    )
    assert joint_closed.pk in found


def test_calendar_page_agrees(client, world, joint_closed):
    html = client.get(f"/calendar/list/?body={world.other_komisi.slug}&month=2025-02").content
    assert f"/meetings/{joint_closed.pk}/".encode() not in html


def test_unknown_body_finds_nothing(client_for, world):
    assert ids(client_for("anonymous").get("/api/meetings/?body=no-such-body")) == set()
