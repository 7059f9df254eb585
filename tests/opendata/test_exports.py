"""Open data: every file and page leaves out closed meetings and private records, matches its
published field list, and takes a fixed number of queries."""

import csv
import datetime
import io

import pytest

from meetings.models import Attendance
from opendata.registry import DATASETS
from tests.factories import (
    AgendaItemFactory,
    CommitmentFactory,
    MeetingFactory,
    ParticipantFactory,
)
from tests.opendata.conftest import SECRETS

pytestmark = pytest.mark.django_db
SLUGS = [dataset.slug for dataset in DATASETS]


def every_url() -> list[str]:
    urls = ["/data/", "/data/catalog.json", "/data/meetings.ocd.json"]
    for slug in SLUGS:
        urls += [f"/data/{slug}/", f"/data/{slug}.csv", f"/data/{slug}.json"]
        urls.append(f"/data/{slug}/metadata.json")
    return urls


def test_nothing_closed_or_private_is_published(client, world):
    for url in every_url():
        response = client.get(url)
        assert response.status_code == 200, url
        content = response.content.decode()
        for secret in SECRETS:
            assert secret not in content, (url, secret)
    meetings = client.get("/data/meetings.json").json()["records"]
    assert [record["id"] for record in meetings] == [world.open_meeting.pk]
    for slug in ("agenda-items", "attendance", "commitments"):
        records = client.get(f"/data/{slug}.json").json()["records"]
        assert records and {record["meeting_id"] for record in records} == {
            world.open_meeting.pk
        }, slug


def test_records_and_columns_match_the_published_fields(client, world):
    for slug in SLUGS:
        metadata = client.get(f"/data/{slug}/metadata.json").json()
        names = [field["name"] for field in metadata["schema"]["fields"]]
        assert all(field["type"] for field in metadata["schema"]["fields"])
        for record in client.get(f"/data/{slug}.json").json()["records"]:
            assert list(record) == names, slug
        response = client.get(f"/data/{slug}.csv")
        assert response["Content-Type"] == "text/csv; charset=utf-8"
        assert next(csv.reader(io.StringIO(response.content.decode()))) == names


def test_values_as_published(client, world):
    meeting = client.get("/data/meetings.json").json()["records"][0]
    assert meeting["start"] == "2025-02-26T10:00:00+08:00"
    assert meeting["time_zone"] == "Asia/Makassar"
    assert meeting["invited_organizations"] == ["Diskominfo"]
    rows = list(csv.DictReader(io.StringIO(client.get("/data/commitments.csv").content.decode())))
    assert {row["text"] for row in rows} == {
        "Membangun sinergi komunikasi",
        "Janji di mata acara tersembunyi",
    }
    hidden = next(row for row in rows if row["text"] == "Janji di mata acara tersembunyi")
    assert hidden["agenda_item_id"] == ""  # the agenda item is not public
    dated = next(row for row in rows if row["due_date"])
    assert dated["due_date"] == "2025-06-30" and dated["overdue"] in ("true", "false")
    attendance = client.get("/data/attendance.json").json()["records"]
    assert [(row["person"], row["attendance"]) for row in attendance] == [
        ("Ulfiningtyas", Attendance.PRESENT)
    ]


def test_open_civic_data_events(client, world):
    events = client.get("/data/meetings.ocd.json").json()
    assert len(events) == 1
    event = events[0]
    assert event["_type"] == "event" and event["id"].startswith("ocd-event/")
    assert event["start_date"] == "2025-02-26T10:00:00+08:00"
    assert event["timezone"] == "Asia/Makassar" and event["status"] == "passed"
    assert event["classification"] == "committee-meeting"
    assert [item["description"] for item in event["agenda"]] == ["Peran Diskominfo"]
    assert event["agenda"][0]["subjects"] == ["Raperda RPJMD 2025–2029"]
    assert [doc["note"] for doc in event["documents"]] == ["Notulen"]
    assert {"entity_type": "person", "name": "Ulfiningtyas", "note": "guest"} in event[
        "participants"
    ]
    # The identifier is stable across requests and changes.
    assert client.get("/data/meetings.ocd.json").json()[0]["id"] == event["id"]


def test_catalogue_is_dcat_and_every_link_works(client, world):
    catalog = client.get("/data/catalog.json").json()
    assert catalog["@type"] == "dcat:Catalog"
    assert catalog["conformsTo"] == "https://project-open-data.cio.gov/v1.1/schema"
    assert [entry["landingPage"].rsplit("/data/", 1)[1] for entry in catalog["dataset"]] == [
        f"{slug}/" for slug in SLUGS
    ]
    for entry in catalog["dataset"]:
        for key in ("title", "description", "publisher", "license", "accrualPeriodicity"):
            assert entry[key], key
        assert entry["publisher"]["name"] == "Sekretariat DPRD Kabupaten Contoh" or (
            "DPRD Kabupaten Contoh" in entry["publisher"]["name"]
        )
        assert entry["contactPoint"]["hasEmail"] == "mailto:setwan@dprd.example.go.id"
        for distribution in entry["distribution"]:
            url = distribution["downloadURL"]
            assert url.startswith("http://testserver/data/")
            assert client.get(url.removeprefix("http://testserver")).status_code == 200
    meetings = catalog["dataset"][0]
    # The closed meeting of 5 March is outside the coverage: it is not in the data.
    assert meetings["temporal"] == "2025-02-26/2025-02-26"
    assert len(meetings["distribution"]) == 3  # CSV, JSON and Open Civic Data


def test_unknown_dataset_is_404(client, db):
    assert client.get("/data/budget.csv").status_code == 404
    assert client.get("/data/budget/metadata.json").status_code == 404


@pytest.fixture
def many(world):
    for n in range(30):
        meeting = MeetingFactory(
            lead_body=world.open_meeting.lead_body,
            start=datetime.datetime(2025, 4, 1, 9, tzinfo=datetime.UTC)
            + datetime.timedelta(days=n),
            invited_organizations=[world.open_meeting.invited_organizations.first()],
        )
        meeting.other_bodies.set([world.open_meeting.lead_body])
        AgendaItemFactory(meeting=meeting, order=1)
        ParticipantFactory(meeting=meeting, attendance=Attendance.PRESENT)
        CommitmentFactory(meeting=meeting, owner=world.open_meeting.invited_organizations.first())


@pytest.mark.parametrize(
    ("url", "queries"),
    [
        ("/data/meetings.json", 3),
        ("/data/meetings.csv", 3),
        ("/data/agenda-items.json", 1),
        ("/data/attendance.csv", 1),
        ("/data/commitments.json", 1),
        ("/data/meetings.ocd.json", 6),
        ("/data/catalog.json", 5),
        ("/data/datapackage.json", 1),
        ("/data/meetings.csv?excel=1", 3),
        ("/data/meetings/", 2),
    ],
)
def test_query_counts(client, many, django_assert_max_num_queries, url, queries):
    with django_assert_max_num_queries(queries):
        assert client.get(url).status_code == 200
