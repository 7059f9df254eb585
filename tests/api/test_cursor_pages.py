"""Keyset (cursor) pages: the same rows, in the same order, as page numbers; a fixed number of
queries however deep; refused for an ordering that cannot be paged by cursor."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from meetings.models import Meeting
from tests.factories import MeetingFactory

pytestmark = pytest.mark.django_db


def _walk(client, first: str) -> tuple[list[int], list[int]]:
    ids, counts, url = [], [], first
    while url:
        with CaptureQueriesContext(connection) as captured:
            response = client.get(url)
        assert response.status_code == 200, response.content
        data = response.json()
        assert data["previous"] is None
        ids += [row["id"] for row in data["results"]]
        counts.append(len(captured))
        url = data["next"]
    return ids, counts


def _by_page_numbers(client, query: str) -> list[int]:
    ids, url = [], f"/api/meetings/?page_size=4{query}"
    while url:
        data = client.get(url).json()
        ids += [row["id"] for row in data["results"]]
        url = data["next"]
    return ids


@pytest.mark.parametrize("ordering", ["", "&ordering=start", "&ordering=-updated_at"])
@pytest.mark.parametrize("role", ["anonymous", "secretariat"])
def test_cursor_pages_hold_the_rows_of_page_numbers(world, client_for, ordering, role):
    start = datetime.datetime(2025, 5, 1, 9, tzinfo=datetime.UTC)
    changed = datetime.datetime(2025, 6, 1, 9, 0, 0, 123456, tzinfo=datetime.UTC)
    for n in range(13):
        # Equal start times on purpose: ties are broken by id.
        meeting = MeetingFactory(
            lead_body=world.komisi, start=start + datetime.timedelta(days=n // 3)
        )
        # Last changes a few microseconds apart: the cursor must keep them.
        Meeting.objects.filter(pk=meeting.pk).update(
            updated_at=changed + datetime.timedelta(microseconds=n % 5)
        )
    client = client_for(role)
    expected = _by_page_numbers(client, ordering)
    ids, counts = _walk(client, f"/api/meetings/?page_size=4&cursor={ordering}")
    assert ids == expected and len(ids) >= 13
    assert len(set(counts)) == 1, counts


def test_a_bad_cursor_or_a_nullable_ordering_is_refused(world, client_for):
    client = client_for("anonymous")
    assert client.get("/api/meetings/?cursor=bm9wZQ").status_code == 400
    # Follow-ups are ordered by due date, which may be empty: page numbers only.
    assert client.get("/api/commitments/?cursor=").status_code == 400


def test_the_schema_documents_the_cursor(client):
    schema = client.get("/api/schema/", headers={"accept": "application/json"}).content
    assert b"Keyset pagination instead of page numbers" in schema
