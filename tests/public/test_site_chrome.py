"""What every public page wears: who runs the site, a favicon, calm colours for good news,
labels that start a sentence, a follow-up's words said once."""

import datetime
import re

import pytest
from django.contrib.staticfiles import finders
from django.utils import timezone

from commitments.models import CommitmentStatus
from tests.factories import CommitmentFactory

pytestmark = pytest.mark.django_db


def main_of(response) -> str:
    page = response.content.decode()
    return page[page.index('<main id="main"') : page.index("</main>")]


def test_header_names_the_installation_its_dprd_and_region(client, world, settings):
    settings.SITE_NAME = ""
    settings.SITE_DPRD_NAME = "DPRD Kabupaten Lumajang"
    settings.SITE_REGION = "Jawa Timur"
    page = client.get("/").content.decode()
    brand = re.search(r'<a class="brand".*?</a>', page, re.S).group(0)
    assert "DPRD Kabupaten Lumajang · Jawa Timur" in brand
    # The dash is held by word joiners: no "DPRD–" / "OPD" line break on a phone.
    assert "DPRD\u2060–\u2060OPD" in brand
    assert "DPRD Kabupaten Lumajang" in re.search(r"<title>(.*?)</title>", page, re.S).group(1)


def test_a_named_installation_and_a_region_already_in_the_dprd_name(client, world, settings):
    settings.SITE_NAME = "Pantau DPRD"
    settings.SITE_DPRD_NAME = "DPRD Kabupaten Probolinggo"
    settings.SITE_REGION = "Kabupaten Probolinggo"
    page = client.get("/").content.decode()
    brand = re.search(r'<a class="brand".*?</a>', page, re.S).group(0)
    assert '<span class="brand-name">Pantau DPRD</span>' in brand
    assert '<span class="brand-place">DPRD Kabupaten Probolinggo</span>' in brand


def test_favicon_ico_leads_to_the_svg_icon(client, db):
    response = client.get("/favicon.ico")
    assert response.status_code == 301
    assert response["Location"].endswith("favicon.svg")
    assert finders.find("tracker/favicon.svg")
    assert "max-age=86400" in response["Cache-Control"]
    page = client.get("/").content.decode()
    assert 'rel="icon"' in page and "favicon.svg" in page


def test_no_overdue_is_not_painted_as_alarming(client, world):
    assert 'class="stat-overdue"' not in main_of(client.get("/"))
    assert 'class="stat-overdue"' not in main_of(client.get("/agencies/diskominfo/"))
    CommitmentFactory(
        meeting=world.open_meeting,
        owner=world.agency,
        answers_to=world.komisi,
        due_date=timezone.localdate() - datetime.timedelta(days=3),
        status=CommitmentStatus.IN_PROGRESS,
    )
    assert 'class="stat-overdue"' in main_of(client.get("/"))
    assert 'class="stat-overdue"' in main_of(client.get("/agencies/diskominfo/"))


def test_filter_labels_start_with_a_capital(client, world):
    for url in ("/commitments/", "/calendar/list/", "/scoreboard/"):
        labels = re.findall(r"<label for=\"[^\"]+\">([^<]+)</label>", main_of(client.get(url)))
        assert labels, url
        assert all(label[0] == label[0].upper() for label in labels), (url, labels)


def test_a_short_follow_up_is_said_once(client, world):
    main = main_of(client.get(f"/commitments/{world.commitment.pk}/"))
    assert main.count(world.commitment.text) == 1


def test_a_long_follow_up_keeps_its_whole_text_under_the_headline(client, world):
    world.commitment.text = "Menyusun rencana aksi " + "dan melaporkan kemajuan " * 8 + "akhir."
    world.commitment.save()
    main = main_of(client.get(f"/commitments/{world.commitment.pk}/"))
    assert main.count(world.commitment.text) == 1  # in full once, shortened in the headline
    assert "<h1>Menyusun rencana aksi" in main


def test_titles_keep_the_plain_name_people_copy(client, world, settings):
    settings.SITE_NAME = ""
    page = client.get("/").content.decode()
    title = re.search(r"<title>(.*?)</title>", page, re.S).group(1)
    assert "\u2060" not in title and "DPRD–OPD" in title
