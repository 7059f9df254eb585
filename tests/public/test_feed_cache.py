"""Feed validators come before the build: 304s and cache hits never build, and every source of
an event's content changes the ETag and the body."""

import datetime

import icalendar
import pytest

from meetings.access import PUBLIC, actor_for
from meetings.models import AgendaItem, Legislation, Meeting, Organization, Venue
from public.calendar import feed as feed_module
from public.calendar.events import FeedOptions
from public.calendar.feed import Feed, serve_feed
from public.calendar.ics import fold
from public.calendar.window import Window
from tests.factories import AgencyFactory
from tests.public.conftest import SECRET_TITLE
from tests.public.helpers import meeting_event
from tests.public.test_private_feeds import create_address

pytestmark = pytest.mark.django_db
URL = "/calendar.ics"


@pytest.fixture
def builds(monkeypatch):
    calls = []
    original = feed_module.build_feed

    def counting(*args, **kwargs):
        calls.append(1)
        return original(*args, **kwargs)

    monkeypatch.setattr(feed_module, "build_feed", counting)
    return calls


def test_304_and_repeat_requests_do_not_build(client, world, builds, django_assert_max_num_queries):
    first = client.get(URL)
    assert len(builds) == 1
    # The readable meetings' aggregates, and what the unreadable ones show (their glimpses).
    with django_assert_max_num_queries(3):
        not_modified = client.get(URL, headers={"if-none-match": first["ETag"]})
    assert not_modified.status_code == 304 and not_modified["ETag"] == first["ETag"]
    with django_assert_max_num_queries(3):
        again = client.get(URL)
    assert again.content == first.content and again["ETag"] == first["ETag"]
    assert len(builds) == 1


def _changes(client, world, change) -> tuple[bytes, bytes]:
    before = client.get(URL)
    change()
    after = client.get(URL, headers={"if-none-match": before["ETag"]})
    assert after.status_code == 200, "a stale ETag was accepted"
    assert after["ETag"] != before["ETag"]
    return before.content, after.content


def test_agenda_item_title_changes_etag_and_body(client, world):
    item = AgendaItem.objects.get(meeting=world.open_meeting)

    def retitle():
        item.title = "Peran Diskominfo!"[:-1] + "X"  # same length: no count or size changes
        item.save()

    _, after = _changes(client, world, retitle)
    event = meeting_event(parse_bytes(after), world.open_meeting)
    assert "Peran DiskominfoX" in str(event["DESCRIPTION"])


def test_deleted_agenda_item_changes_etag(client, world):
    item = AgendaItem.objects.get(meeting=world.open_meeting)
    before, after = _changes(client, world, item.delete)
    assert b"Peran Diskominfo" in before and b"Peran Diskominfo" not in after


def test_venue_address_changes_etag_and_body(client, world):
    venue = Venue.objects.get(pk=world.open_meeting.venue_id)

    def move():
        venue.address = "Jl. Panglima Sudirmam"  # one letter, same length
        venue.save()

    _, after = _changes(client, world, move)
    event = meeting_event(parse_bytes(after), world.open_meeting)
    assert "Jl. Panglima Sudirmam" in str(event["LOCATION"])


def test_body_rename_and_legislation_title_change_etag(client, world):
    def rename():
        Organization.objects.filter(pk=world.komisi.pk).update(name="Komisi I Baru")

    _, after = _changes(client, world, rename)
    assert "Komisi I Baru" in str(meeting_event(parse_bytes(after), world.open_meeting)["SUMMARY"])
    law = Legislation.objects.get()

    def retitle():
        law.title = "Raperda RPJMD 2025–2030"
        law.save()

    _, after = _changes(client, world, retitle)
    assert "2025–2030" in str(meeting_event(parse_bytes(after), world.open_meeting)["DESCRIPTION"])


def test_invitation_changes_etag(client, world):
    meeting = Meeting.objects.get(pk=world.open_meeting.pk)
    guest = AgencyFactory(abbreviation="Bappeda")
    _, after = _changes(client, world, lambda: meeting.invited_organizations.add(guest))
    assert "Bappeda" in str(meeting_event(parse_bytes(after), world.open_meeting)["DESCRIPTION"])


def test_language_and_options_have_their_own_etags(client, world):
    plain = client.get(URL)["ETag"]
    assert client.get(URL + "?alarm=30")["ETag"] != plain
    indonesian = client.get(URL)
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    english = client.get(URL)
    assert english["ETag"] != indonesian["ETag"]
    assert english.content != indonesian.content


def test_private_feed_changes_with_its_commitments(client, world, agency_user):
    path = create_address(client, agency_user, world.agency)
    before = client.get(path)
    assert before["ETag"] != client.get(URL)["ETag"]
    world.commitment.progress = 60
    world.commitment.save()
    after = client.get(path, headers={"if-none-match": before["ETag"]})
    assert after.status_code == 200 and b"60%" in after.content


@pytest.mark.parametrize(
    "text",
    [
        "a" * 200,
        "é" * 100 + "a,b;c\\d\nnext",
        "x" * 74 + "é",
        "x" * 61 + "€" * 30,  # three octets across the boundary
        "😀" * 50,  # four octets
        "Rapat Dengar Pendapat – Komisi I · " * 6,
    ],
)
def test_fold_keeps_75_octets_and_whole_characters(text):
    lines = fold("DESCRIPTION:" + text).split("\r\n")
    assert all(len(line.encode()) <= 75 for line in lines)
    assert all(line.startswith(" ") for line in lines[1:])
    assert "".join(line.removeprefix(" ") if n else line for n, line in enumerate(lines)) == (
        "DESCRIPTION:" + text
    )


def parse_bytes(content: bytes) -> icalendar.Calendar:
    return icalendar.Calendar.from_ical(content)


def test_readers_with_different_reach_never_share_a_cached_body(rf, world, agency_user):
    """The public and an insider of the agency read the same window of the same feed, the
    insider first; the insider sees the closed meeting's details, the public must not get
    them from the cache the insider's answer filled."""
    day = world.closed_meeting.start.date()
    window = Window(first_day=day - datetime.timedelta(days=1), last_day=day)
    options = FeedOptions(base_url="http://testserver", alarm_minutes=None, todos=False)

    def body(actor) -> str:
        feed = Feed(
            key="site", name="DPRD", description="", actor=actor, window=window, options=options
        )
        response = serve_feed(rf.get(URL), feed)
        assert response.status_code == 200
        return response.content.decode()

    insider = actor_for(agency_user)
    assert SECRET_TITLE in body(insider)
    assert SECRET_TITLE not in body(PUBLIC)
    assert f"meeting-{world.closed_meeting.pk}@" in body(PUBLIC)  # its glimpse, not nothing
