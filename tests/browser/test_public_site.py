"""A visitor's walk through the public site in a real browser."""

import re

import pytest

from meetings.models import Meeting

pytestmark = pytest.mark.browser


def test_visitor_walks_through_the_site(page, shoot):
    page.goto("/")
    assert page.locator("html").get_attribute("lang") == "id"
    assert page.get_by_role("main").is_visible()
    assert page.locator("a.subscribe-link").first.get_attribute("href").startswith("webcal://")
    shoot("01-home")

    page.goto("/calendar/?month=2025-02")
    assert page.locator("#month-heading").inner_text() == "Februari 2025"
    page.locator("a[rel=next]").click()
    assert page.locator("#month-heading").inner_text() == "Maret 2025"
    page.locator("a[rel=prev]").click()
    page.locator("a[rel=prev]").click()
    assert page.locator("#month-heading").inner_text() == "Januari 2025"
    page.locator("a[rel=next]").click()
    shoot("02-calendar-february-2025")

    page.get_by_label("alat kelengkapan DPRD").select_option(label="Komisi I")
    page.get_by_role("button", name="Terapkan saringan").click()
    assert "body=komisi-i" in page.url
    shoot("03-calendar-komisi-i")

    meeting = Meeting.objects.get(external_id="demo:panel_discussion_26_feb_2025")
    page.locator(f"a[href='/meetings/{meeting.pk}/']").first.click()
    page.wait_for_url(re.compile(rf"/meetings/{meeting.pk}/$"))
    assert "Rabu, 26 Februari 2025, 09.00–12.00 WIB" in page.locator("main").inner_text()
    assert page.locator(f"a[href='/meetings/{meeting.pk}.ics']").is_visible()
    shoot("04-meeting-26-februari-2025")

    page.get_by_label("Bahasa").select_option("en")
    page.get_by_role("button", name="Ganti").click()
    page.wait_for_load_state()
    assert page.locator("html").get_attribute("lang") == "en"
    assert "Wednesday 26 February 2025, 09:00–12:00 WIB" in page.locator("main").inner_text()
    shoot("05-meeting-in-english")

    page.get_by_label("Language").select_option("id")
    page.get_by_role("button", name="Switch").click()
    page.wait_for_load_state()
    assert page.locator("html").get_attribute("lang") == "id"
    assert "Rabu, 26 Februari 2025" in page.locator("main").inner_text()

    page.goto("/calendar/")
    assert page.locator("a.subscribe-link").first.get_attribute("href").startswith("webcal://")
    shoot("06-subscribe")


def test_skip_link_and_keyboard_reach_the_content(page):
    page.goto("/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    page.keyboard.press("Enter")
    # Following the link is asynchronous in the browser: wait for it (up to 5 s), then check.
    page.wait_for_url("**/#main", timeout=5000)
    assert page.url.endswith("#main")
