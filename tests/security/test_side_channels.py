"""Finding: a closed meeting's hidden edits showed through side channels: its .ics ETag,
Last-Modified, SEQUENCE, DTSTAMP and LAST-MODIFIED, the Atom `updated`, the RSS order and the
API's ?ordering=updated_at all moved when only its hidden parts changed."""

import datetime

import pytest
from django.utils import timezone

from meetings.models import AgendaItem, Meeting
from meetings.services import meeting_update
from tests.factories import VenueFactory

pytestmark = pytest.mark.django_db

WINDOW = "from=2025-02-01&to=2025-03-31"


def snapshot(client, world):
    pk = world.closed_meeting.pk
    seen = {}
    for path in (
        f"/calendar.ics?{WINDOW}",
        f"/meetings/{pk}.ics",
        f"/calendar/{world.komisi.slug}.ics?{WINDOW}",
    ):
        response = client.get(path)
        assert response.status_code == 200
        seen[path] = (response["ETag"], response.get("Last-Modified"), response.content)
    for path in ("/feeds/meetings.rss", "/feeds/meetings.atom"):
        seen[path] = client.get(path).content
    api = client.get("/api/meetings/?ordering=-updated_at").json()["results"]
    seen["api order"] = [row["id"] for row in api]
    return seen


def test_hidden_edits_of_a_closed_meeting_do_not_show(client, world):
    a_while_ago = timezone.now() - datetime.timedelta(days=30)
    Meeting.objects.update(created_at=a_while_ago, updated_at=a_while_ago)
    closed = Meeting.objects.get(pk=world.closed_meeting.pk)
    # Made first: a new venue is a public change of the directory, seen by every feed.
    venue = VenueFactory(time_zone=closed.time_zone)
    before = snapshot(client, world)
    meeting_update(
        meeting=closed,
        title="Judul baru yang rahasia",
        summary="Ringkasan baru",
        venue=venue,
        status_reason="",
    )
    AgendaItem.objects.create(meeting=closed, order=9, title="Mata acara baru", is_public=False)
    after = snapshot(client, world)
    for key in before:
        assert before[key] == after[key], key


def test_an_open_meetings_edit_still_shows(client, world):
    a_while_ago = timezone.now() - datetime.timedelta(days=30)
    Meeting.objects.update(created_at=a_while_ago, updated_at=a_while_ago)
    before = client.get(f"/calendar.ics?{WINDOW}")
    meeting_update(meeting=world.open_meeting, title="Judul terbuka baru")
    after = client.get(f"/calendar.ics?{WINDOW}")
    assert before["ETag"] != after["ETag"]
    assert b"Judul terbuka baru" in after.content
