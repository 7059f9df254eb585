"""The public pages: what they show, what they hide, and how many queries they take."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone

from commitments.models import CommitmentStatus
from commitments.services import (
    commitment_close,
    commitment_create,
    commitment_submit,
    commitment_verify,
)
from meetings.models import Meeting, MeetingStatus
from tests.factories import CommitmentFactory, MeetingFactory
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
    assert "Rabu, 26 Februari 2025, 09.00–11.00 WIB" in page
    assert '<html lang="id">' in page
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    page = client.get(f"/meetings/{meeting.pk}/").content.decode()
    assert "Wednesday 26 February 2025, 09:00–11:00 WIB" in page
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
    assert "10.00–12.00 WITA" in page


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
    by_opd = client.get(
        f"/calendar/list/?month={month}&organization={world.agency.slug}"
    ).content.decode()
    assert "Diskusi Panel Raperda RPJMD" in by_opd and "Kunjungan kerja ke Makassar" not in by_opd


def test_status_filter_never_matches_a_closed_meeting(client, world):
    Meeting.objects.filter(pk=world.closed_meeting.pk).update(status=MeetingStatus.CANCELLED)
    month = month_of(world.closed_meeting)
    page = client.get(f"/calendar/list/?month={month}&status=cancelled").content.decode()
    assert f"/meetings/{world.closed_meeting.pk}/" not in page


def test_commitments_list_filters(client, world):
    page = client.get(f"/commitments/?owner={world.agency.slug}").content.decode()
    assert "Membangun sinergi komunikasi" in page
    overdue = client.get("/commitments/?overdue=true").content.decode()
    assert "Membangun sinergi komunikasi" not in overdue
    world.commitment.due_date = timezone.localdate() - datetime.timedelta(days=1)
    world.commitment.save()
    overdue = client.get("/commitments/?overdue=true").content.decode()
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


@pytest.mark.parametrize("page", ["agency", "body"])
def test_organization_page_lists_open_follow_ups_first_and_links_to_all(
    client, world, monkeypatch, page
):
    monkeypatch.setattr("public.selectors.organizations.COMMITMENTS_SHOWN", 2)
    soon = timezone.localdate() + datetime.timedelta(days=1)
    done = CommitmentFactory(
        meeting=world.open_meeting,
        owner=world.agency,
        answers_to=world.komisi,
        due_date=soon,
        text="Sudah selesai lebih dulu",
        status=CommitmentStatus.DONE,
        progress=100,
    )
    later = CommitmentFactory(
        meeting=world.open_meeting,
        owner=world.agency,
        answers_to=world.komisi,
        due_date=soon + datetime.timedelta(days=60),
        text="Masih terbuka, jatuh tempo nanti",
    )
    organization = world.agency if page == "agency" else world.komisi
    path = "agencies" if page == "agency" else "bodies"
    html = client.get(f"/{path}/{organization.slug}/").content.decode()
    # Three public follow-ups (the closed meeting's stays hidden); the two open ones come first.
    assert world.commitment.text in html and later.text in html
    assert done.text not in html and "Janji rahasia" not in html
    assert "2 dari 3" in html
    key = "owner" if page == "agency" else "body"
    full_list = f"/commitments/?{key}={organization.slug}"
    assert f'href="{full_list}"' in html
    assert done.text in client.get(full_list).content.decode()


def test_agency_on_time_record_uses_the_scoreboard_definitions(client, world):
    today = timezone.localdate()
    held = MeetingFactory(lead_body=world.komisi, start=timezone.now() - datetime.timedelta(60))

    def follow_up(due_in_days=None):
        due = today + datetime.timedelta(days=due_in_days) if due_in_days is not None else None
        return commitment_create(
            meeting=held, owner=world.agency, text="Tindak lanjut", due_date=due
        )

    for kept in (follow_up(5), follow_up(-10), follow_up()):  # on time; late; no due date
        commitment_submit(commitment=kept, author=None)
        commitment_verify(commitment=kept, author=None, accept=True)
    commitment_submit(commitment=follow_up(3), author=None)  # awaiting verification
    follow_up(-2)  # overdue
    commitment_close(commitment=follow_up(9), author=None, reason="Tidak ada anggaran")
    # world.commitment is open and not yet due; the closed meeting's follow-up stays hidden.
    response = client.get(f"/agencies/{world.agency.slug}/")
    record = response.context["record"]
    assert (record.on_time, record.verified_late, record.awaiting) == (1, 2, 1)
    assert (record.overdue, record.open, record.cannot, record.made) == (1, 1, 1, 7)
    html = " ".join(response.content.decode().split())
    assert "<strong>2</strong> selesai dan diverifikasi terlambat" in html
