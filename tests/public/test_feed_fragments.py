"""Feeds built from cached per-event fragments are byte-equal to feeds written afresh, whatever
changed in between; a feed whose events are all cached reads its meetings in one query."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from meetings.access import PUBLIC
from meetings.models import AgendaItem, Meeting, Organization, Venue
from meetings.selectors import meetings_for
from public.calendar import feed as feed_module
from public.calendar import fragments
from public.calendar.directory import load_directory
from public.calendar.events import EventWriter, FeedOptions
from public.calendar.fragments import meeting_events
from tests.factories import AgencyFactory

pytestmark = pytest.mark.django_db
URL = "/calendar.ics"


@pytest.fixture
def compared(monkeypatch):
    """Every feed build also writes the feed afresh and checks the bytes are the same."""
    builds = []
    original = feed_module.build_feed

    def both(feed, directory, now, **kwargs):
        from_fragments = original(feed, directory, now)
        afresh = original(feed, directory, now, fragments=False)
        assert from_fragments == afresh
        builds.append(from_fragments)
        return from_fragments

    monkeypatch.setattr(feed_module, "build_feed", both)
    return builds


@pytest.mark.parametrize("few", [500, 0], ids=["missing-by-id", "missing-by-filter"])
def test_fragments_give_the_bytes_of_a_fresh_build_through_every_change(
    client, world, busy_calendar, compared, monkeypatch, few
):
    monkeypatch.setattr(fragments, "FEW", few)
    cache.clear()
    client.get(URL)
    client.get(URL, {"alarm": "30"})
    client.get(URL, headers={"accept-language": "en"})
    meeting = busy_calendar[3]
    item = AgendaItem.objects.filter(meeting=meeting).first()
    item.title = "Judul agenda yang baru"
    item.save()
    client.get(URL)
    busy_calendar[4].other_bodies.set([])
    busy_calendar[5].invited_organizations.add(AgencyFactory(name="Dinas Baru"))
    client.get(URL)
    Venue.objects.filter(pk=meeting.venue_id).update(name="Ruang Rapat Baru")
    Organization.objects.filter(pk=world.komisi.pk).update(name="Komisi I (baru)")
    client.get(URL)
    busy_calendar[6].title = "Rapat yang diganti judulnya"
    busy_calendar[6].save()
    AgendaItem.objects.filter(meeting=busy_calendar[7]).first().delete()
    client.get(URL)
    assert len(compared) >= 6
    assert all(b"BEGIN:VEVENT" in body for body in compared)


def test_a_feed_whose_events_are_cached_reads_its_meetings_in_one_query(world, busy_calendar):
    cache.clear()
    options = FeedOptions(base_url="https://tracker.example.org")
    meetings = meetings_for(PUBLIC).filter(pk__in=[m.pk for m in busy_calendar])
    meetings = meetings.order_by("start", "pk")
    first = meeting_events(EventWriter(options, load_directory()), meetings)
    writer = EventWriter(options, load_directory())
    with CaptureQueriesContext(connection) as queries:
        again = meeting_events(writer, meetings)
    assert again == first and len(first) == len(busy_calendar)
    assert len(queries) == 1
    assert writer.zones == {"Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"}
    # A changed meeting is written again; the others still come from the cache.
    Meeting.objects.filter(pk=busy_calendar[1].pk).update(revision=99)
    with CaptureQueriesContext(connection) as queries:
        changed = meeting_events(EventWriter(options, load_directory()), meetings)
    assert len(queries) > 1 and changed != first
    assert sum(a != b for a, b in zip(changed, first, strict=True)) == 1
