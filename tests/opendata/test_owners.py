"""The follow-ups dataset carries who owes each one: an agency, a DPRD body or an outside party,
with the column described and constrained in the data package and the catalogue; a closed
meeting's body follow-up is published nowhere."""

import csv
import io

import pytest

from meetings.models import Meeting, Organization, OrganizationKind
from tests.factories import AgencyFactory, CommitmentFactory
from tests.opendata.test_exports import every_url

pytestmark = pytest.mark.django_db
SECRET = "Panja rahasia Komisi I"


@pytest.fixture
def owed(world):
    komisi = Organization.objects.get(slug="komisi-i")
    pimpinan = AgencyFactory(
        kind=OrganizationKind.PIMPINAN, category="", parent=komisi.parent, name="Pimpinan DPRD"
    )
    police = AgencyFactory(
        kind=OrganizationKind.EXTERNAL, category="", name="Polres", slug="polres"
    )
    CommitmentFactory(
        meeting=world.open_meeting, owner=komisi, answers_to=pimpinan, text="Menjadwalkan ulang RDP"
    )
    CommitmentFactory(meeting=world.open_meeting, owner=police, text="Menertibkan parkir")
    closed: Meeting = world.closed_meeting
    CommitmentFactory(meeting=closed, owner=komisi, answers_to=pimpinan, text=SECRET)


def test_each_follow_up_says_who_owes_it(client, world, owed):
    records = client.get("/data/commitments.json").json()["records"]
    kinds = {record["owner_slug"]: record["owner_kind"] for record in records}
    assert kinds == {"diskominfo": "opd", "komisi-i": "body", "polres": "external"}
    rows = list(csv.DictReader(io.StringIO(client.get("/data/commitments.csv").text)))
    assert {row["owner_kind"] for row in rows} == {"opd", "body", "external"}


def test_the_column_is_described_and_constrained(client, world, owed):
    package = client.get("/data/datapackage.json").json()
    [resource] = [r for r in package["resources"] if r["name"] == "commitments"]
    field = {f["name"]: f for f in resource["schema"]["fields"]}["owner_kind"]
    assert field["type"] == "string" and field["constraints"] == {
        "enum": ["opd", "body", "external"]
    }
    assert "body" in field["description"]
    metadata = client.get("/data/commitments/metadata.json").json()
    assert "owner_kind" in [f["name"] for f in metadata["schema"]["fields"]]


def test_frictionless_checks_the_owner_kinds(client, world, owed):
    frictionless = pytest.importorskip("frictionless")
    package = client.get("/data/datapackage.json").json()
    [resource] = [r for r in package["resources"] if r["name"] == "commitments"]
    text = client.get("/data/commitments.csv").text
    rows = list(csv.reader(io.StringIO(text)))
    descriptor = {
        key: value
        for key, value in resource.items()
        if key not in ("path", "format", "mediatype", "encoding", "dialect")
    }
    report = frictionless.Resource.from_descriptor(descriptor | {"data": rows}).validate()
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    # A value outside the three kinds is caught by the published constraint.
    column = rows[0].index("owner_kind")
    rows[1][column] = "fraksi"
    report = frictionless.Resource.from_descriptor(descriptor | {"data": rows}).validate()
    assert not report.valid


def test_a_closed_meeting_s_body_follow_up_is_published_nowhere(client, world, owed):
    for url in every_url():
        assert SECRET not in client.get(url).content.decode(), url
