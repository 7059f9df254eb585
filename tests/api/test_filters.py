"""Every filter, as the secretariat (who sees all) so each result is exact."""

import datetime

import pytest
from django.utils import timezone

from commitments.services import commitment_close, commitment_create, commitment_report_progress
from meetings.models import LegislationRole
from meetings.services import meeting_update
from tests.factories import LegislationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def api(client_for):
    client = client_for("secretariat")

    def ids(path):
        response = client.get(path)
        assert response.status_code == 200, response.json()
        return {row["id"] for row in response.json()["results"]}

    return ids


def test_meeting_date_range(world, api):
    assert api("/api/meetings/?start_after=2025-02-27T00:00:00%2B07:00") == {
        world.closed_meeting.pk,
        world.other_closed_meeting.pk,
    }
    assert api("/api/meetings/?start_before=2025-02-27T00:00:00%2B07:00") == {world.open_meeting.pk}


def test_meeting_body_organization_kind_status_openness(world, api):
    assert api(f"/api/meetings/?body={world.other_komisi.slug}") == {world.other_closed_meeting.pk}
    assert api(f"/api/meetings/?organization={world.other_agency.slug}") == {
        world.other_closed_meeting.pk
    }
    assert api("/api/meetings/?kind=paripurna") == set()
    assert len(api("/api/meetings/?kind=rdp")) == 3
    assert api("/api/meetings/?openness=open") == {world.open_meeting.pk}
    meeting_update(meeting=world.open_meeting, status="held")
    assert api("/api/meetings/?status=held") == {world.open_meeting.pk}


def test_meeting_legislation_and_words(world, api):
    law = LegislationFactory()
    item = world.open_meeting.agenda_items.first()
    item.legislation, item.legislation_role = law, LegislationRole.DISCUSSION
    item.save()
    assert api(f"/api/meetings/?legislation={law.pk}") == {world.open_meeting.pk}
    assert api("/api/meetings/?q=rahasia") == {world.closed_meeting.pk}  # title, any case
    assert api("/api/meetings/?q=Agenda%20internal%20RDP") == {world.open_meeting.pk}
    assert api("/api/meetings/?q=Ringkasan%20Rapat%20tertutup%20LAIN") == {
        world.other_closed_meeting.pk
    }


def test_unknown_enum_value_is_a_clear_400(world, client_for):
    response = client_for("anonymous").get("/api/meetings/?kind=konser")
    assert response.status_code == 400
    assert "kind" in response.json()


def test_commitment_filters(world, api):
    today = timezone.localdate()
    due_soon = commitment_create(
        meeting=world.open_meeting,
        owner=world.other_agency,
        text="Menyusun SOP layanan",
        due_date=today + datetime.timedelta(days=3),
    )
    late = commitment_create(
        meeting=world.open_meeting,
        owner=world.agency,
        text="Laporan lama",
        due_date=datetime.date(2025, 3, 1),
    )
    commitment_report_progress(commitment=late, author=None, text="Mulai", progress=10)
    closed_late = commitment_create(
        meeting=world.open_meeting, owner=world.agency, text="x", due_date=datetime.date(2025, 3, 1)
    )
    commitment_close(commitment=closed_late, author=None, reason="Tidak ada anggaran")

    assert api(f"/api/commitments/?owner={world.other_agency.slug}") == {
        due_soon.pk,
        world.other_private_commitment.pk,
    }
    assert api(f"/api/commitments/?body={world.other_komisi.slug}") == {
        world.other_private_commitment.pk
    }
    assert api("/api/commitments/?status=in_progress") == {late.pk}
    assert api("/api/commitments/?overdue=true") == {late.pk}
    not_overdue = api("/api/commitments/?overdue=false")
    assert late.pk not in not_overdue
    # Closed though late, and without a due date at all: neither is overdue.
    undated = commitment_create(meeting=world.open_meeting, owner=world.agency, text="y")
    assert {closed_late.pk, due_soon.pk} <= not_overdue
    assert undated.pk in api("/api/commitments/?overdue=false")
    assert api(f"/api/commitments/?due_after={today}") == {due_soon.pk}
    assert api("/api/commitments/?due_before=2025-03-02") == {late.pk, closed_late.pk}
    assert api(f"/api/commitments/?meeting={world.closed_meeting.pk}") == {
        world.private_commitment.pk
    }
    assert api("/api/commitments/?q=sop") == {due_soon.pk}


def test_ordering_and_stable_pages(world, client_for):
    client = client_for("secretariat")
    ascending = client.get("/api/meetings/?ordering=start").json()["results"]
    assert [m["id"] for m in ascending] == [
        world.open_meeting.pk,
        world.closed_meeting.pk,
        world.other_closed_meeting.pk,
    ]
    first = client.get("/api/meetings/?ordering=start&page_size=2").json()
    assert first["count"] == 3 and first["previous"] is None
    second = client.get(first["next"]).json()
    assert [m["id"] for m in second["results"]] == [world.other_closed_meeting.pk]
    assert second["next"] is None and second["previous"]


def test_directory_filters(world, client_for):
    client = client_for("anonymous")
    agencies = client.get("/api/organizations/?kind=opd").json()["results"]
    assert {o["slug"] for o in agencies} == {"diskominfo", "dinkes"}
    assert [o["slug"] for o in client.get("/api/organizations/?q=kominfo").json()["results"]] == [
        "diskominfo"
    ]
    client_for("secretariat")  # creates the accounts and their offices
    people = client.get("/api/people/?kind=komisi").json()["results"]
    assert len(people) == 2
    assert client.get("/api/people/?q=zzz").json()["count"] == 0
