"""Open data as the standards' own validators read it: Open Civic Data (Open States' event
schema), Frictionless (Data Package and Table Schema), DCAT-US non-federal and CKAN's harvester."""

import csv
import io

import pytest
from django.test import override_settings

from meetings.models import MeetingStatus, Organization
from opendata.registry import DATASETS
from tests.factories import MeetingFactory
from tests.standards.dcat import catalog_errors, ckan_package
from tests.standards.ocd import event_errors

pytestmark = pytest.mark.django_db


@pytest.fixture
def online(world):
    return MeetingFactory(
        title="Rapat daring evaluasi SPBE",
        lead_body=world.open_meeting.lead_body,
        venue=None,
        online_url="https://meet.example.org/spbe",
    )


def test_every_event_passes_open_states_schema(client, world, online):
    events = client.get("/data/meetings.ocd.json").json()
    assert len(events) == 2
    for event in events:
        assert event_errors(event) == [], event["name"]
        assert event["_id"] == event["id"]


def test_online_meeting_has_a_named_location_with_its_link(client, world, online):
    event = next(
        e for e in client.get("/data/meetings.ocd.json").json() if e["name"] == online.title
    )
    assert event["location"]["name"]
    assert event["location"]["url"] == "https://meet.example.org/spbe"
    # Without the fix the name was empty, which the schema refuses.
    assert event_errors(event | {"location": {"name": ""}}) != []


def test_each_event_is_its_own_object(client, world, online):
    listed = {e["_id"]: e for e in client.get("/data/meetings.ocd.json").json()}
    single = client.get(f"/data/meetings.ocd/{online.pk}.json").json()
    assert single == listed[single["_id"]]
    assert client.get(f"/data/meetings.ocd/{world.closed_meeting.pk}.json").status_code == 404


def test_agenda_order_is_a_number_and_the_written_number_is_kept(client, world):
    item = client.get("/data/meetings.ocd.json").json()[0]["agenda"][0]
    assert item["order"] == 1 and "number" in item["extras"]


def test_datapackage_describes_every_csv(client, world):
    package = client.get("/data/datapackage.json").json()
    assert package["profile"] == "tabular-data-package"
    assert [r["name"] for r in package["resources"]] == [d.slug for d in DATASETS]
    for resource, dataset in zip(package["resources"], DATASETS, strict=True):
        header = next(csv.reader(io.StringIO(client.get(f"/data/{dataset.slug}.csv").text)))
        assert [f["name"] for f in resource["schema"]["fields"]] == header
        assert resource["path"].endswith(f"/data/{dataset.slug}.csv")


def test_list_fields_are_strings_with_the_documented_separator(client, world):
    world.open_meeting.invited_organizations.add(
        MeetingFactory().lead_body  # a second organization, to see the separator
    )
    metadata = client.get("/data/meetings/metadata.json").json()
    fields = {f["name"]: f for f in metadata["schema"]["fields"]}
    # Table Schema's "array" is JSON text in a cell; the CSV holds "; "-joined values.
    assert all(f["type"] != "array" for f in fields.values())
    assert fields["invited_organizations"] == fields["invited_organizations"] | {
        "type": "string",
        "separator": "; ",
    }
    row = next(csv.DictReader(io.StringIO(client.get("/data/meetings.csv").text)))
    json_row = client.get("/data/meetings.json").json()["records"][0]
    assert row["invited_organizations"].split("; ") == json_row["invited_organizations"]


def test_frictionless_finds_every_csv_valid(client, world, online):
    frictionless = pytest.importorskip("frictionless")
    package = client.get("/data/datapackage.json").json()
    for resource in package["resources"]:
        text = client.get(resource["path"].removeprefix("http://testserver")).text
        resource = resource | {"path": None, "data": list(csv.reader(io.StringIO(text)))}
        resource.pop("path")
        for key in ("format", "mediatype", "encoding", "dialect"):
            resource.pop(key)
        report = frictionless.Resource.from_descriptor(resource).validate()
        assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])


def test_spreadsheet_download_has_a_byte_order_mark(client, world):
    plain = client.get("/data/meetings.csv")
    excel = client.get("/data/meetings.csv?excel=1")
    assert not plain.content.startswith(b"\xef\xbb\xbf") and b"\r\n" not in plain.content
    assert excel.content.startswith(b"\xef\xbb\xbf")
    assert excel.content.count(b"\r\n") == plain.content.count(b"\n")
    assert excel.content.decode("utf-8-sig").replace("\r\n", "\n") == plain.content.decode()
    assert "attachment" in excel["Content-Disposition"]


def test_catalogue_passes_dcat_us_non_federal(client, world):
    assert catalog_errors(client.get("/data/catalog.json").json()) == []


@override_settings(OPEN_DATA_CONTACT_EMAIL="", DEFAULT_FROM_EMAIL="tracker@localhost")
def test_no_undeliverable_contact(client, world):
    Organization.objects.update(email="")
    catalog = client.get("/data/catalog.json").json()
    assert catalog_errors(catalog) == []
    assert "hasEmail" not in catalog["dataset"][0]["contactPoint"]


@override_settings(OPEN_DATA_CONTACT_EMAIL="ppid@dprd.example.go.id")
def test_contact_setting_wins(client, world):
    entry = client.get("/data/catalog.json").json()["dataset"][0]
    assert entry["contactPoint"]["hasEmail"] == "mailto:ppid@dprd.example.go.id"


def test_ckan_keeps_licence_and_identifiers_do_not_hold_the_host(client, world):
    here = client.get("/data/catalog.json").json()["dataset"]
    moved = client.get("/data/catalog.json", HTTP_HOST="127.0.0.1").json()["dataset"]
    for entry, same in zip(here, moved, strict=True):
        package = ckan_package(entry)
        assert package["license_url"] == "https://creativecommons.org/licenses/by/4.0/"
        assert package["guid"] == ckan_package(same)["guid"]
        assert "testserver" not in package["guid"]


def test_cancelled_meeting_event_is_valid(client, world):
    world.open_meeting.status = MeetingStatus.CANCELLED
    world.open_meeting.save()
    event = client.get("/data/meetings.ocd.json").json()[0]
    assert event["status"] == "cancelled" and event_errors(event) == []
