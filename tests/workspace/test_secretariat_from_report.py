"""Paste the news report: the log-a-meeting page comes back filled in, nothing saved yet."""

import datetime

import pytest

from demo.directory import load_directory
from demo.venues import load_venues
from extraction.evaluation import CORPUS_DIR
from meetings.models import Meeting, Organization, Person, Venue
from meetings.roles import SECRETARIAT
from tests.factories import account
from tests.workspace.browser_form import browser_data

URL = "/workspace/meetings/new/from-report/"
EXAMPLE = (CORPUS_DIR / "01-wartabromo-2025-02-28-komisi1-diskominfo.txt").read_text()


@pytest.fixture
def clerk_client(client, db):
    load_directory()
    load_venues()
    client.force_login(account("setwan", SECRETARIAT))
    return client


def test_the_news_report_prefills_the_form_with_its_sources(clerk_client):
    response = clerk_client.post(URL, {"text": EXAMPLE, "published": "28/02/2025"})
    assert response.status_code == 200
    form = response.context["meeting_form"]
    komisi = Organization.objects.get(kind="komisi", name="Komisi I")
    diskominfo = Organization.objects.get(abbreviation="Diskominfo")
    assert form.initial["date"] == datetime.date(2025, 2, 26)
    assert form.initial["kind"] == "diskusi_panel"
    assert form.initial["lead_body"] == komisi.pk
    assert diskominfo.pk in form.initial["invited_organizations"]
    groups = response.context["source_groups"]
    sentences = [sentence for section in groups.values() for sentence, _labels in section]
    assert any("26/2/2025" in sentence for sentence in sentences)
    assert len(sentences) == len(set(sentences)), "each source sentence is shown once"
    assert form.initial["title"], "a title is proposed"
    assert response.context["agenda"].initial[0]["title"], "a first agenda item is proposed"
    people = {row.get("person") for row in response.context["participants"].initial}
    assert Person.objects.get(name__contains="Didik Humaidi").pk in people
    owners = [row["owner"] for row in response.context["commitments"].initial]
    assert owners == [diskominfo.pk, diskominfo.pk]
    html = response.content.decode()
    assert "Argopuro" in html
    assert 'action="/workspace/meetings/new/"' in html
    assert not Meeting.objects.exists()  # nothing is saved until the clerk confirms


def test_a_text_about_no_meeting_says_so(clerk_client):
    text = (CORPUS_DIR / "10-bukan-rapat-harga-cabai.txt").read_text()
    response = clerk_client.post(URL, {"text": text})
    assert response.status_code == 400
    assert response.context["form"].errors["text"]


def test_empty_text_is_refused(clerk_client):
    assert clerk_client.post(URL, {"text": "   "}).status_code == 400


def test_only_the_secretariat_drafts(client, agency_user):
    client.force_login(agency_user)
    assert client.post(URL, {"text": EXAMPLE}).status_code == 403


def test_the_draft_saves_as_the_browser_sends_it_and_survives_a_failed_save(clerk_client):
    drafted = clerk_client.post(URL, {"text": EXAMPLE, "published": "28/02/2025"})
    page = drafted.content.decode()
    action = "/workspace/meetings/new/"
    venues_before = Venue.objects.count()
    failed = clerk_client.post(action, browser_data(page, action=action, date="31/02/2025"))
    assert failed.status_code == 400
    html = failed.content.decode()
    assert failed.context["from_report"] and failed.context["source_groups"]
    assert "26/2/2025" in html  # the sources are still beside the values
    # The report gives no time: the clerk types it, as the page asks.
    typed = browser_data(html, action=action, date="26/02/2025", start_time="09.00")
    saved = clerk_client.post(action, typed)
    assert saved.status_code == 302, saved.context and saved.context["meeting_form"].errors
    meeting = Meeting.objects.get()
    assert meeting.local_start.date() == datetime.date(2025, 2, 26)
    assert Venue.objects.count() == venues_before, "a known venue is matched, not duplicated"
    assert meeting.commitments.count() == 2


def test_the_draft_from_a_report_has_a_bounded_number_of_queries(
    clerk_client, django_assert_max_num_queries
):
    # The whole Probolinggo directory is loaded: the matching must not ask once per name.
    with django_assert_max_num_queries(40):
        response = clerk_client.post(URL, {"text": EXAMPLE, "published": "28/02/2025"})
    assert response.status_code == 200


def test_the_page_tells_new_people_from_organisations_the_clerk_must_add(clerk_client):
    text = (
        "RDP Pilpanag\n\nSIMALUNGUN – Komisi I DPRD Kabupaten Simalungun menggelar RDP dengan "
        "DPMPN, Rabu (29/3/2023). Ketua Komisi I, Erwin Saragih, meminta data. Kepala DPMPN, "
        "Sarimuda Purba, hadir. DPMPN juga meminta waktu sekitar satu minggu untuk memenuhi "
        "permintaan Komisi I."
    )
    response = clerk_client.post(URL, {"text": text, "published": "29/03/2023"})
    assert response.status_code == 200
    assert "Erwin Saragih" in response.context["new_people"]
    assert "DPMPN" in response.context["unknown_organizations"]
    html = response.content.decode()
    assert "become new entries" not in html and "menjadi entri baru" not in html
    assert "DPMPN" in html
    # The banner says which names saving adds and which the clerk must add first.
    assert "Orang yang belum ada di direktori" in html or "People not in the directory" in html
    assert "Organisasi yang belum ada di direktori" in html or "Organisations not in" in html


def test_the_councillor_the_report_says_led_the_meeting_is_its_chair(clerk_client):
    text = (
        "RDP Distrik\n\nTIMIKA – Komisi III DPRK Mimika menggelar RDP dengan empat kepala "
        "distrik, Senin (15/9/2025). Rapat dipimpin Ketua Komisi III, Hamzah Tuasikal, "
        "didampingi Wakil Ketua Yohanis Magai. Kepala Distrik Hoya, Markus Wanma, hadir."
    )
    response = clerk_client.post(URL, {"text": text, "published": "15/09/2025"})
    assert response.status_code == 200
    roles = {row["new_name"]: row["role"] for row in response.context["participants"].initial}
    assert roles == {
        "Hamzah Tuasikal": "chair",
        "Yohanis Magai": "member",
        "Markus Wanma": "speaker",
    }
