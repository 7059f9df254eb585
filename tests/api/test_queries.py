"""Every list endpoint answers in a fixed number of queries: the count with 30+ rows equals the
count with a handful, for each kind of caller."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from meetings.models import Membership, OfficeRole
from tests.factories import (
    AgencyFactory,
    CommitmentFactory,
    LegislationFactory,
    MeetingFactory,
    PersonFactory,
    VenueFactory,
)

pytestmark = pytest.mark.django_db


def grow(world, n):
    for _ in range(n):
        meeting = MeetingFactory(lead_body=world.komisi, invited_organizations=[world.agency])
        meeting.other_bodies.add(world.other_komisi)
        CommitmentFactory(meeting=meeting, owner=world.agency, person_in_charge=PersonFactory())
        agency = AgencyFactory()
        person = PersonFactory()
        Membership.objects.create(
            person=person, organization=agency, role=OfficeRole.HEAD, label="Kepala"
        )
        VenueFactory()
        LegislationFactory()


def queries(client, path):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    assert response.status_code == 200
    return len(captured), response.json()


LISTS = [
    "/api/meetings/",
    "/api/commitments/",
    "/api/organizations/",
    "/api/people/",
    "/api/venues/",
    "/api/legislation/",
]


@pytest.mark.parametrize("path", LISTS)
@pytest.mark.parametrize("role", ["anonymous", "agency", "secretariat"])
def test_list_queries_do_not_grow_with_rows(world, client_for, path, role):
    client = client_for(role)
    grow(world, 2)
    few, _ = queries(client, path)
    grow(world, 32)
    many, data = queries(client, path)
    assert data["count"] >= 30 and len(data["results"]) >= 30
    assert many == few, f"{path} as {role}: {few} queries with few rows, {many} with many"


@pytest.mark.parametrize("role", ["anonymous", "secretariat"])
def test_meeting_detail_queries_do_not_grow(world, client_for, role):
    client = client_for(role)
    meeting = world.open_meeting
    few, _ = queries(client, f"/api/meetings/{meeting.pk}/")
    for _ in range(30):
        CommitmentFactory(meeting=meeting, owner=world.agency)
    many, data = queries(client, f"/api/meetings/{meeting.pk}/")
    assert len(data["commitments"]) == 31
    assert many == few
