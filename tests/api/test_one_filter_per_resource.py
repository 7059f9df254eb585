"""The API and the public pages filter meetings and follow-ups through one FilterSet each: the
same parameter gives the same rows on both, for every role; the pages' old parameter names
answer with a permanent redirect to the new ones."""

import datetime
import re

import pytest
from django.test import Client
from django.utils import timezone

from commitments.services import commitment_report_progress, commitment_submit
from meetings.services import meeting_update

pytestmark = pytest.mark.django_db

MONTH = "2025-02"  # the API world's meetings are all in February 2025


@pytest.fixture
def surfaces(users):
    """For a role: (ids from the API, ids from the public page) for a resource and a query."""

    def make(role):
        client = Client()
        if users[role] is not None:
            client.force_login(users[role])

        def api(resource, query):
            response = client.get(f"/api/{resource}/?{query}&page_size=100")
            assert response.status_code == 200, response.content
            return {row["id"] for row in response.json()["results"]}

        def page(resource, query):
            path = f"/calendar/list/?month={MONTH}&" if resource == "meetings" else "/commitments/?"
            response = client.get(path + query)
            assert response.status_code == 200, response.content
            return {int(pk) for pk in re.findall(rf'href="/{resource}/(\d+)/"', response.text)}

        return api, page

    return make


def meeting_queries(world):
    return [
        f"body={world.komisi.slug}",
        f"body={world.other_komisi.slug}",
        f"organization={world.agency.slug}",
        f"organization={world.other_agency.slug}",
        "kind=rdp",
        "kind=sidak",
        "status=held",
        "openness=closed",
        "q=rahasia",
        "body=no-such-body",
    ]


def commitment_queries(world):
    return [
        f"owner={world.agency.slug}",
        f"owner={world.other_agency.slug}",
        f"body={world.komisi.slug}",
        "display_status=awaiting_verification",
        "display_status=in_progress",
        "display_status=not_started",
        "overdue=true",
        "overdue=false",
        "q=RAHASIA",
        "owner_kind=opd",
        "owner_kind=body",
    ]


@pytest.mark.parametrize("role", ["anonymous", "agency", "body_member", "secretariat"])
def test_both_surfaces_filter_meetings_alike(world, surfaces, role):
    meeting_update(meeting=world.open_meeting, status="held")
    api, page = surfaces(role)
    everything = api("meetings", "")
    assert page("meetings", "") == everything
    for query in meeting_queries(world):
        found = api("meetings", query)
        assert page("meetings", query) == found, query
        assert found <= everything
    # Not vacuous: the filters do narrow the list, to one meeting at least once.
    assert any(len(api("meetings", query)) == 1 for query in meeting_queries(world))


@pytest.mark.parametrize("role", ["anonymous", "agency", "body_member", "secretariat"])
def test_both_surfaces_filter_follow_ups_alike(world, surfaces, users, role):
    commitment_report_progress(
        commitment=world.public_commitment, author=users["secretariat"], progress=50, text="ok"
    )
    commitment_submit(commitment=world.public_commitment, author=users["secretariat"])
    world.private_commitment.due_date = timezone.localdate() - datetime.timedelta(days=3)
    world.private_commitment.save()
    api, page = surfaces(role)
    everything = api("commitments", "")
    assert page("commitments", "") == everything
    narrowed = 0
    for query in commitment_queries(world):
        found = api("commitments", query)
        assert page("commitments", query) == found, query
        narrowed += bool(found) and found != everything
    assert narrowed or role == "anonymous"


def test_the_page_form_sends_the_api_names(client, world):
    calendar = client.get(f"/calendar/list/?month={MONTH}").text
    for name in ("body", "organization", "kind", "status"):
        assert f'name="{name}"' in calendar
    follow_ups = client.get("/commitments/").text
    for name in ("owner", "body", "display_status", "owner_kind"):
        assert f'name="{name}"' in follow_ups
    assert 'name="overdue" value="true"' in follow_ups
    assert 'name="opd"' not in calendar + follow_ups


@pytest.mark.parametrize(
    "old, new",
    [
        (
            f"/calendar/?month={MONTH}&opd=diskominfo&kind=rdp",
            f"/calendar/?month={MONTH}&organization=diskominfo&kind=rdp",
        ),
        ("/calendar/list/?opd=dinkes", "/calendar/list/?organization=dinkes"),
        (
            "/commitments/?opd=diskominfo&status=done&overdue=on&page=2",
            "/commitments/?owner=diskominfo&display_status=done&overdue=true&page=2",
        ),
        ("/commitments/?overdue=on", "/commitments/?overdue=true"),
        (
            "/commitments/?owed_by=komisi-i&owner_kind=body",
            "/commitments/?owner=komisi-i&owner_kind=body",
        ),
        # Both names given: the new one wins, the old one goes.
        ("/commitments/?opd=dinkes&owner=diskominfo", "/commitments/?owner=diskominfo"),
    ],
)
def test_old_page_parameters_redirect_permanently(client, world, old, new):
    response = client.get(old)
    assert response.status_code == 301
    assert response["Location"] == new
    assert client.get(new).status_code == 200


def test_new_parameters_do_not_redirect(client, world):
    for path in ("/calendar/list/?organization=diskominfo", "/commitments/?owner=diskominfo"):
        assert client.get(path).status_code == 200
