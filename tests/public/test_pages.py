"""The public pages: what they show, what they hide, and how many queries they take."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone

from meetings.models import Meeting, MeetingStatus
from tests.factories import MeetingFactory
from tests.public.conftest import SECRET_AGENDA, SECRET_PLACE, SECRET_TITLE

pytestmark = pytest.mark.django_db
SECRETS = (SECRET_TITLE, SECRET_AGENDA, SECRET_PLACE, "Janji rahasia")


def month_of(meeting) -> str:
    return meeting.start.astimezone(ZoneInfo("Asia/Jakarta")).strftime("%Y-%m")


def page_urls(world):
    return [
        "/",
        f"/calendar/?month={month_of(world.open_meeting)}",
        f"/calendar/list/?month={month_of(world.open_meeting)}",
        f"/meetings/{world.open_meeting.pk}/",
        f"/meetings/{world.closed_meeting.pk}/",
        f"/bodies/{world.komisi.slug}/",
        f"/agencies/{world.agency.slug}/",
        "/commitments/",
        f"/commitments/{world.commitment.pk}/",
        "/search/?q=Komisi",
        "/feeds/meetings.rss",
        "/feeds/meetings.atom",
    ]


def test_date_reads_the_indonesian_way_and_english_on_request(client, db):
    wib = ZoneInfo("Asia/Jakarta")
    meeting = MeetingFactory(start=datetime.datetime(2025, 2, 26, 9, tzinfo=wib))
    page = client.get(f"/meetings/{meeting.pk}/").content.decode()
    assert "Rabu, 26 Februari 2025, 09.00 WIB" in page
    assert '<html lang="id">' in page
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    page = client.get(f"/meetings/{meeting.pk}/").content.decode()
    assert "Wednesday, 26 February 2025, 09:00 WIB" in page
    assert '<html lang="en">' in page


def test_meeting_page_shows_the_record(client, world):
    page = client.get(f"/meetings/{world.open_meeting.pk}/").content.decode()
    for text in (
        "Diskusi Panel Raperda RPJMD",
        "Jl. Panglima Sudirman",
        "openstreetmap.org/search",
        "Peran Diskominfo",
        "Raperda RPJMD 2025–2029",
        "Ulfiningtyas",
        "Wakil Kepala",
        "ST/12/2025",
        "Membangun sinergi komunikasi",
        "Dalam proses",
    ):
        assert text in page, text


def test_postponed_meeting_links_to_its_rescheduled_meeting(client, world):
    from meetings.services import meeting_reschedule

    new = meeting_reschedule(
        meeting=world.open_meeting, new_start=world.open_meeting.start + datetime.timedelta(days=3)
    )
    page = client.get(f"/meetings/{world.open_meeting.pk}/").content.decode()
    assert f'href="/meetings/{new.pk}/"' in page
    assert "Ditunda" in page


def test_wita_meeting_is_shown_in_its_own_zone(client, world):
    page = client.get(f"/meetings/{world.wita_meeting.pk}/").content.decode()
    assert "10.00 WITA" in page


def test_closed_meeting_shows_kind_date_time_and_body_only_everywhere(client, world):
    for url in page_urls(world) + [f"/search/?q={SECRET_TITLE}", f"/search/?q={SECRET_AGENDA}"]:
        content = client.get(url).content.decode()
        # The search box echoes what was typed; the results come after it.
        content = content.split('role="search"')[-1].split("</form>", 1)[-1]
        for secret in SECRETS:
            assert secret not in content, (url, secret)
    page = client.get(f"/meetings/{world.closed_meeting.pk}/").content.decode()
    assert "Rapat kerja" in page and "Komisi I" in page
    assert world.closed_meeting.local_start.strftime("%Y") in page


def test_agency_insider_sees_its_closed_meeting(client, world, agency_user):
    client.force_login(agency_user)
    page = client.get(f"/meetings/{world.closed_meeting.pk}/").content.decode()
    assert SECRET_TITLE in page and SECRET_AGENDA in page


def test_calendar_filters_and_month_navigation(client, world):
    month = month_of(world.open_meeting)
    page = client.get(f"/calendar/?month={month}").content.decode()
    assert "Diskusi Panel Raperda RPJMD" in page
    year, number = map(int, month.split("-"))
    next_month = f"{year + number // 12}-{number % 12 + 1:02d}"
    assert f"?month={next_month}" in page
    other = client.get(
        f"/calendar/list/?month={month}&body=no-such-body&kind=sidak"
    ).content.decode()
    assert "Diskusi Panel Raperda RPJMD" not in other
    by_body = client.get(f"/calendar/list/?month={month}&body={world.komisi.slug}").content.decode()
    assert "Diskusi Panel Raperda RPJMD" in by_body
    by_opd = client.get(f"/calendar/list/?month={month}&opd={world.agency.slug}").content.decode()
    assert "Diskusi Panel Raperda RPJMD" in by_opd and "Kunjungan kerja ke Makassar" not in by_opd


def test_status_filter_never_matches_a_closed_meeting(client, world):
    Meeting.objects.filter(pk=world.closed_meeting.pk).update(status=MeetingStatus.CANCELLED)
    month = month_of(world.closed_meeting)
    page = client.get(f"/calendar/list/?month={month}&status=cancelled").content.decode()
    assert f"/meetings/{world.closed_meeting.pk}/" not in page


def test_commitments_list_filters(client, world):
    page = client.get(f"/commitments/?opd={world.agency.slug}").content.decode()
    assert "Membangun sinergi komunikasi" in page
    overdue = client.get("/commitments/?overdue=on").content.decode()
    assert "Membangun sinergi komunikasi" not in overdue
    world.commitment.due_date = timezone.localdate() - datetime.timedelta(days=1)
    world.commitment.save()
    overdue = client.get("/commitments/?overdue=on").content.decode()
    assert "Membangun sinergi komunikasi" in overdue


def test_search_finds_agenda_items(client, world):
    page = client.get("/search/?q=Peran Diskominfo").content.decode()
    assert f"/meetings/{world.open_meeting.pk}/" in page


def test_home_has_subscribe_link(client, world):
    page = client.get("/").content.decode()
    assert 'href="webcal://testserver/calendar.ics"' in page
    assert "Diskusi Panel Raperda RPJMD" in page


def test_closed_meeting_in_rss_is_redacted(client, world):
    content = client.get("/feeds/meetings.rss").content.decode()
    assert f"/meetings/{world.closed_meeting.pk}/" in content
    assert SECRET_TITLE not in content


def test_every_page_in_a_fixed_number_of_queries(
    client, world, busy_calendar, django_assert_max_num_queries
):
    for url in page_urls(world):
        with django_assert_max_num_queries(14):
            response = client.get(url)
        assert response.status_code == 200, url
