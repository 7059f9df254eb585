"""A meeting or follow-up link pasted into WhatsApp shows a useful preview (Open Graph and
Twitter card), with absolute addresses from SITE_URL, and never a closed meeting's details."""

import html
import re

import pytest
from django.utils import translation

from commitments.models import Commitment
from meetings.formatting import format_long_date
from tests.public.conftest import SECRET_AGENDA, SECRET_PLACE, SECRET_TITLE

pytestmark = pytest.mark.django_db
SITE = "https://tracker.example.org"


@pytest.fixture(autouse=True)
def _site_url(settings):
    settings.SITE_URL = SITE + "/"


def head_of(response) -> str:
    page = response.content.decode()
    return page[: page.index("</head>")]


def metas(response) -> dict[str, str]:
    found = re.findall(r'<meta (?:property|name)="([^"]+)" content="([^"]*)">', head_of(response))
    return {key: html.unescape(value) for key, value in found}


def local_long_date(meeting) -> str:
    with translation.override("id"):
        return format_long_date(meeting.local_start.date())


def test_open_meeting_preview_names_it_its_date_and_body(client, world):
    meeting = world.open_meeting
    response = client.get(f"/meetings/{meeting.pk}/")
    meta = metas(response)
    assert meta["og:title"] == meeting.title
    assert meta["og:type"] == "article"
    assert meta["og:url"] == f"{SITE}/meetings/{meeting.pk}/"
    assert meta["twitter:card"] == "summary"
    assert meta["twitter:title"] == meeting.title
    description = meta["og:description"]
    assert local_long_date(meeting) in description
    assert "Komisi I" in description and "Ruang Argopuro" in description
    assert meta["description"] == description == meta["twitter:description"]
    assert "DPRD Kabupaten Probolinggo" in meta["og:site_name"]
    assert f'<link rel="canonical" href="{SITE}/meetings/{meeting.pk}/">' in head_of(response)


def test_closed_meeting_preview_says_only_kind_date_and_body(client, world):
    meeting = world.closed_meeting
    response = client.get(f"/meetings/{meeting.pk}/?utm_source=whatsapp")
    assert response.status_code == 200
    meta = metas(response)
    with translation.override("id"):
        kind = meeting.get_kind_display()
    assert meta["og:title"] == kind
    assert meta["og:url"] == f"{SITE}/meetings/{meeting.pk}/"  # no query string
    assert local_long_date(meeting) in meta["og:description"]
    assert "Komisi I" in meta["og:description"]
    head = head_of(response)
    for secret in (SECRET_TITLE, SECRET_PLACE, SECRET_AGENDA, "Janji rahasia"):
        assert secret not in head
        assert secret not in response.content.decode()


def test_follow_up_preview_names_the_agency_due_date_and_meeting(client, world):
    commitment = world.commitment
    response = client.get(f"/commitments/{commitment.pk}/")
    meta = metas(response)
    assert meta["og:title"] == commitment.text
    assert meta["og:url"] == f"{SITE}/commitments/{commitment.pk}/"
    assert meta["twitter:card"] == "summary"
    with translation.override("id"):
        due = format_long_date(commitment.due_date)
    description = meta["og:description"]
    assert due in description and "Dinas Komunikasi dan Informatika" in description
    assert world.open_meeting.title in description
    assert local_long_date(world.open_meeting) in description


def test_a_closed_meetings_follow_up_previews_the_meeting_by_kind_only(client, world, agency_user):
    client.force_login(agency_user)
    closed = Commitment.objects.get(meeting=world.closed_meeting)
    response = client.get(f"/commitments/{closed.pk}/")
    assert response.status_code == 200  # the agency reads its own follow-up
    description = metas(response)["og:description"]
    assert SECRET_TITLE not in description
    with translation.override("id"):
        assert world.closed_meeting.get_kind_display() in description
    assert local_long_date(world.closed_meeting) in description


def test_pages_without_a_preview_carry_no_open_graph(client, world):
    assert "og:title" not in head_of(client.get("/commitments/"))
