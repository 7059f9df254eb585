"""The iCalendar feeds, parsed back with icalendar."""

import datetime

import pytest
from django.utils import timezone
from django.utils.http import http_date

from meetings.models import Meeting
from meetings.services import meeting_cancel, meeting_reschedule, meeting_update
from tests.public.conftest import SECRET_AGENDA, SECRET_PLACE, SECRET_TITLE, days_from_now
from tests.public.helpers import events_by_uid, meeting_event, parse

pytestmark = pytest.mark.django_db


def test_site_feed_has_calendar_properties(client, world):
    calendar = parse(client.get("/calendar.ics"))
    assert calendar["VERSION"] == "2.0"
    assert calendar["PRODID"]
    assert calendar.calendar_name
    assert str(calendar["X-WR-CALNAME"]) == calendar.calendar_name
    assert calendar.refresh_interval == datetime.timedelta(hours=1)
    assert calendar["REFRESH-INTERVAL"].params["VALUE"] == "DURATION"
    assert b"X-PUBLISHED-TTL:PT1H" in client.get("/calendar.ics").content


def test_open_meeting_event_has_every_property(client, world):
    meeting = Meeting.objects.get(pk=world.open_meeting.pk)
    event = meeting_event(parse(client.get("/calendar.ics")), meeting)
    assert event["SEQUENCE"] == meeting.revision
    # From the record, not from the request.
    assert event["DTSTAMP"].dt == meeting.updated_at.replace(microsecond=0)
    assert event["LAST-MODIFIED"].dt == meeting.updated_at.replace(microsecond=0)
    assert event["DTSTART"].params["TZID"] == "Asia/Jakarta"
    assert event["DTSTART"].dt == meeting.start
    assert event["DTSTART"].dt.utcoffset() == datetime.timedelta(hours=7)
    assert event["DTEND"].params["TZID"] == "Asia/Jakarta"
    summary = str(event["SUMMARY"])
    assert "Diskusi panel" in summary and "Komisi I" in summary
    assert "Jl. Panglima Sudirman" in str(event["LOCATION"])
    page = f"http://testserver/meetings/{meeting.pk}/"
    assert str(event["URL"]) == page
    description = str(event["DESCRIPTION"])
    assert page in description
    assert "Peran Diskominfo" in description and "Raperda RPJMD 2025–2029" in description
    assert event["STATUS"] == "CONFIRMED"


def test_every_zone_used_has_its_vtimezone_and_no_time_floats(client, world):
    calendar = parse(client.get("/calendar.ics"))
    event = meeting_event(calendar, world.wita_meeting)
    assert event["DTSTART"].params["TZID"] == "Asia/Makassar"
    assert event["DTSTART"].dt.hour == 10
    assert {tz.tz_name for tz in calendar.timezones} == {"Asia/Jakarta", "Asia/Makassar"}
    assert calendar.get_missing_tzids() == set()
    for event in calendar.walk("VEVENT"):
        assert event["DTSTART"].dt.tzinfo is not None


def test_uid_and_etag_stable_across_requests(client, world):
    first, second = client.get("/calendar.ics"), client.get("/calendar.ics")
    assert first.content == second.content
    assert first["ETag"] == second["ETag"] and not first["ETag"].startswith("W/")
    assert set(events_by_uid(parse(first))) == set(events_by_uid(parse(second)))


def test_sequence_grows_on_every_change_of_time_place_or_status(client, world):
    meeting = world.open_meeting
    before = meeting_event(parse(client.get("/calendar.ics")), meeting)["SEQUENCE"]
    meeting_update(meeting=meeting, start=meeting.start + datetime.timedelta(hours=1))
    moved = meeting_event(parse(client.get("/calendar.ics")), meeting)
    assert moved["SEQUENCE"] == before + 1
    new = meeting_reschedule(meeting=Meeting.objects.get(pk=meeting.pk), new_start=days_from_now(9))
    calendar = parse(client.get("/calendar.ics"))
    postponed = meeting_event(calendar, meeting)
    assert postponed["SEQUENCE"] == before + 2
    assert postponed["STATUS"] == "CANCELLED"
    assert f"/meetings/{new.pk}/" in str(postponed["DESCRIPTION"])
    assert meeting_event(calendar, new)["STATUS"] == "CONFIRMED"


def test_cancelled_meeting_is_marked_then_leaves_after_30_days(client, world):
    meeting_cancel(meeting=world.open_meeting, reason="Bupati berhalangan")
    event = meeting_event(parse(client.get("/calendar.ics")), world.open_meeting)
    assert event["STATUS"] == "CANCELLED"
    assert str(event["SUMMARY"]).startswith("DIBATALKAN")
    assert event["SEQUENCE"] == 1
    Meeting.objects.filter(pk=world.open_meeting.pk).update(
        updated_at=timezone.now() - datetime.timedelta(days=31)
    )
    uids = events_by_uid(parse(client.get("/calendar.ics")))
    assert f"meeting-{world.open_meeting.pk}@dprd-opd-tracker" not in uids


def test_matching_conditional_requests_get_304(client, world):
    response = client.get("/calendar.ics")
    assert response["Cache-Control"] == "public, max-age=3600"
    not_modified = client.get("/calendar.ics", headers={"if-none-match": response["ETag"]})
    assert not_modified.status_code == 304
    assert not_modified.content == b""
    assert not_modified["ETag"] == response["ETag"]
    since = client.get("/calendar.ics", headers={"if-modified-since": response["Last-Modified"]})
    assert since.status_code == 304
    stale = client.get("/calendar.ics", headers={"if-none-match": '"something-else"'})
    assert stale.status_code == 200
    meeting = world.open_meeting
    meeting_update(meeting=meeting, venue=None, online_url="https://zoom.example/rapat")
    changed = client.get("/calendar.ics", headers={"if-none-match": response["ETag"]})
    assert changed.status_code == 200 and changed["ETag"] != response["ETag"]


def test_last_modified_is_the_latest_record_change(client, world):
    response = client.get("/calendar.ics")
    latest = Meeting.objects.order_by("-updated_at").first().updated_at
    assert response["Last-Modified"] == http_date(latest.timestamp())


@pytest.mark.parametrize(
    "url_of",
    [
        lambda w: "/calendar.ics",
        lambda w: f"/calendar/{w.komisi.slug}.ics",
        lambda w: f"/calendar/{w.agency.slug}.ics",
        lambda w: f"/meetings/{w.closed_meeting.pk}.ics",
    ],
)
def test_closed_meeting_shows_kind_date_time_and_body_only(client, world, url_of):
    response = client.get(url_of(world))
    calendar = parse(response)
    for secret in (SECRET_TITLE, SECRET_AGENDA, SECRET_PLACE, "Janji rahasia"):
        assert secret.encode() not in response.content
    uids = events_by_uid(calendar)
    uid = f"meeting-{world.closed_meeting.pk}@dprd-opd-tracker"
    if "/calendar/diskominfo" in url_of(world):
        # Who was invited to a closed meeting is not public.
        assert uid not in uids
        return
    event = uids[uid]
    assert "Rapat kerja" in str(event["SUMMARY"]) and "Komisi I" in str(event["SUMMARY"])
    assert event["DTSTART"].dt == world.closed_meeting.start
    assert "LOCATION" not in event and "STATUS" not in event


def test_closed_cancelled_meeting_leaves_the_public_feed(client, world):
    meeting_cancel(meeting=world.closed_meeting, reason="Rahasia")
    uids = events_by_uid(parse(client.get("/calendar.ics")))
    assert f"meeting-{world.closed_meeting.pk}@dprd-opd-tracker" not in uids


def test_window_defaults_and_query(client, world):
    far = Meeting.objects.filter(pk=world.wita_meeting.pk)
    far.update(start=days_from_now(400), end=None)
    uid = f"meeting-{world.wita_meeting.pk}@dprd-opd-tracker"
    assert uid not in events_by_uid(parse(client.get("/calendar.ics")))
    day = (timezone.localdate() + datetime.timedelta(days=400)).isoformat()
    wider = parse(client.get(f"/calendar.ics?from={day}&to={day}"))
    assert set(events_by_uid(wider)) == {uid}


@pytest.mark.parametrize(
    "query",
    [
        "from=26-02-2025",
        "from=2025-03-01&to=2025-02-01",
        "from=2020-01-01&to=2025-01-01",
        "alarm=x",
    ],
)
def test_bad_window_or_alarm_is_a_400_naming_the_field(client, world, query):
    response = client.get(f"/calendar.ics?{query}")
    assert response.status_code == 400
    assert response.content.split(b":")[0] in {b"from", b"to", b"alarm"}


def test_optional_alarm(client, world):
    calendar = parse(client.get("/calendar.ics?alarm=30"))
    alarms = meeting_event(calendar, world.open_meeting).walk("VALARM")
    assert alarms and alarms[0]["TRIGGER"].dt == -datetime.timedelta(minutes=30)
    assert not meeting_event(parse(client.get("/calendar.ics")), world.open_meeting).walk("VALARM")


def test_meeting_ics_is_linked_from_its_page(client, world):
    page = client.get(f"/meetings/{world.open_meeting.pk}/").content.decode()
    assert f'href="/meetings/{world.open_meeting.pk}.ics"' in page
    calendar = parse(client.get(f"/meetings/{world.open_meeting.pk}.ics"))
    assert len(calendar.events) == 1


def test_unknown_organization_feed_is_404(client, world):
    assert client.get("/calendar/nobody.ics").status_code == 404


def test_feeds_answer_in_a_fixed_number_of_queries(
    client, world, busy_calendar, django_assert_max_num_queries
):
    for url in [
        "/calendar.ics",
        f"/calendar/{world.komisi.slug}.ics",
        f"/calendar/{world.agency.slug}.ics",
    ]:
        with django_assert_max_num_queries(8):
            calendar = parse(client.get(url))
        assert len(calendar.events) >= 15
    with django_assert_max_num_queries(8):
        parse(client.get(f"/meetings/{busy_calendar[1].pk}.ics"))
