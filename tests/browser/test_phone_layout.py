"""Seen as a citizen sees it, from a link in a WhatsApp group: on a 390 px phone nothing scrolls
sideways and the follow-ups read as cards; at 1280 px the scoreboard's tables fit."""

import pytest

from meetings.models import Meeting
from tests.browser.conftest import SCREENSHOTS

pytestmark = pytest.mark.browser

PHONE, DESKTOP = 390, 1280
WIDTHS = """() => ({
    document: document.documentElement.scrollWidth,
    body: document.body.scrollWidth,
    viewport: window.innerWidth,
})"""
# Every box that scrolls sideways with content hidden: a table cut off at its right edge.
CLIPPED = """() => [...document.querySelectorAll("main *")]
    .filter(el => ["auto", "scroll", "hidden"].includes(getComputedStyle(el).overflowX))
    .filter(el => el.clientWidth > 2 && el.scrollWidth > el.clientWidth + 1)
    .map(el => (el.querySelector("table") || el).id || el.className || el.tagName)"""


def public_pages() -> dict[str, str]:
    meeting = Meeting.objects.get(external_id="demo:panel_discussion_26_feb_2025")
    return {
        "home": "/",
        "meeting": f"/meetings/{meeting.pk}/",
        "follow-ups": "/commitments/",
        "scoreboard": "/scoreboard/",
    }


def test_nothing_scrolls_sideways_on_a_phone(page):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.set_viewport_size({"width": PHONE, "height": 844})
    for name, url in public_pages().items():
        page.goto(url)
        widths = page.evaluate(WIDTHS)
        assert widths["viewport"] == PHONE
        assert widths["document"] == PHONE, (name, widths)
        assert widths["body"] == PHONE, (name, widths)
        page.screenshot(path=str(SCREENSHOTS / f"30-phone-{name}.png"), full_page=True)


def test_follow_ups_read_as_cards_on_a_phone(page):
    page.set_viewport_size({"width": PHONE, "height": 844})
    page.goto("/commitments/")
    table = page.locator("table.stack-on-phone").first
    assert table.is_visible()
    assert not page.locator("table.stack-on-phone thead").first.is_visible()
    rows = table.locator("tbody tr")
    assert rows.count() > 0
    first = rows.first
    box = first.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE
    cells = first.locator("td")
    labels = [cells.nth(n).get_attribute("data-label") for n in range(cells.count())]
    assert all(labels), labels
    # Owner, body, due date and status each under their own name, one above the other.
    named = first.evaluate(
        "row => [...row.querySelectorAll('td')].slice(1)"
        ".map(td => getComputedStyle(td, '::before').content)"
    )
    assert named == [f'"{label}: "' for label in labels[1:]]
    tops = [cells.nth(n).bounding_box()["y"] for n in range(cells.count())]
    assert tops == sorted(tops) and len(set(tops)) == len(tops)
    assert page.evaluate(CLIPPED) == []
    # Status pills stay on one line; so does "DPRD–OPD" in the site's name.
    assert page.evaluate(ONE_LINE_BADGES)
    assert page.evaluate(KEPT_TOGETHER) == 1


ONE_LINE_BADGES = """() => [...document.querySelectorAll("main .badge")].every(badge =>
    badge.getBoundingClientRect().height < 1.8 * parseFloat(getComputedStyle(badge).fontSize))"""
KEPT_TOGETHER = """() => {
    const node = document.querySelector('.brand-name').firstChild;
    const start = node.data.indexOf('DPRD');
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, node.data.indexOf('OPD', start + 4) + 3);
    return new Set([...range.getClientRects()].map(rect => Math.round(rect.top))).size;
}"""


def test_participants_and_an_agencys_meetings_read_as_cards_on_a_phone(page):
    from meetings.models import Organization

    meeting = Meeting.objects.get(external_id="demo:panel_discussion_26_feb_2025")
    agency = Organization.objects.get(slug="diskominfo")
    page.set_viewport_size({"width": PHONE, "height": 844})
    for url in (f"/meetings/{meeting.pk}/", f"/agencies/{agency.slug}/"):
        page.goto(url)
        tables = page.locator("table.stack-on-phone")
        assert tables.count() >= 1, url
        for table in tables.all():
            assert not table.locator("thead").is_visible(), url
            row = table.locator("tbody tr").first.bounding_box()
            assert row["x"] >= 0 and row["x"] + row["width"] <= PHONE, url
        assert page.evaluate(CLIPPED) == [], url
    # At a desktop's width the same tables keep their columns.
    page.set_viewport_size({"width": DESKTOP, "height": 900})
    page.goto(f"/meetings/{meeting.pk}/")
    assert page.locator("table.stack-on-phone thead").first.is_visible()


def test_scoreboard_tables_fit_a_desktop(page):
    page.set_viewport_size({"width": DESKTOP, "height": 900})
    page.goto("/scoreboard/")
    assert page.evaluate(CLIPPED) == []
    for table_id in ("agencies-table", "bodies-table"):
        table = page.locator(f"#{table_id}")
        holder = page.locator(f"#{table_id}").locator("xpath=..")
        table_box, holder_box = table.bounding_box(), holder.bounding_box()
        assert table_box["x"] + table_box["width"] <= holder_box["x"] + holder_box["width"] + 1
        caption = table.locator("caption").bounding_box()
        assert caption["x"] + caption["width"] <= holder_box["x"] + holder_box["width"] + 1
    assert page.evaluate(WIDTHS)["document"] == DESKTOP
    page.screenshot(path=str(SCREENSHOTS / "31-desktop-scoreboard.png"), full_page=True)


@pytest.mark.parametrize("width", [PHONE, DESKTOP])
def test_scrolling_regions_can_be_reached_by_keyboard(page, axe, width):
    page.set_viewport_size({"width": width, "height": 900})
    for name, url in public_pages().items():
        page.goto(url)
        results = axe(page)
        rules = {violation["id"] for violation in results["violations"]}
        assert "scrollable-region-focusable" not in rules, name
        for region in page.locator(".table-scroll").all():
            assert region.get_attribute("tabindex") == "0"
            assert region.get_attribute("role") == "region"
            assert region.get_attribute("aria-label") or region.get_attribute("aria-labelledby")


def every_public_page() -> dict[str, str]:
    """One of each kind of public page, from the demo data (issue 18)."""
    from commitments.models import Commitment
    from meetings.models import Openness, Organization
    from meetings.models.choices import BODY_KINDS, MeetingStatus, OrganizationKind

    meetings = Meeting.objects.order_by("start")
    open_meeting = Meeting.objects.get(external_id="demo:panel_discussion_26_feb_2025")
    closed = meetings.filter(openness=Openness.CLOSED).first()
    cancelled = meetings.filter(status=MeetingStatus.CANCELLED).first()
    # The demo has no online meeting: one of its open meetings gets a link for this visit.
    online = meetings.filter(openness=Openness.OPEN).exclude(pk=open_meeting.pk).last()
    Meeting.objects.filter(pk=online.pk).update(online_url="https://meet.example.org/komisi-1")
    follow_up = Commitment.objects.filter(meeting=open_meeting).order_by("pk").first()
    agency = Organization.objects.filter(kind=OrganizationKind.OPD).order_by("pk").first()
    body = Organization.objects.filter(kind__in=BODY_KINDS).order_by("pk").first()
    month = open_meeting.local_start.strftime("%Y-%m")
    pages = {
        "home": "/",
        "calendar-month": f"/calendar/?month={month}",
        "calendar-list": f"/calendar/list/?month={month}",
        "meeting-open": f"/meetings/{open_meeting.pk}/",
        "meeting-closed": f"/meetings/{closed.pk}/" if closed else None,
        "meeting-cancelled": f"/meetings/{cancelled.pk}/" if cancelled else None,
        "meeting-online": f"/meetings/{online.pk}/" if online else None,
        "follow-ups": "/commitments/",
        "follow-up": f"/commitments/{follow_up.pk}/",
        "agency": f"/agencies/{agency.slug}/",
        "body": f"/bodies/{body.slug}/",
        "scoreboard": "/scoreboard/",
        "search": "/search/?q=rapat",
        # Its list of legislation holds long titles: a fieldset once grew to the longest one.
        "follow": "/follow/",
        "open-data": "/data/",
        "open-data-meetings": "/data/meetings/",
        "api-docs": "/api/docs/",
    }
    missing = [name for name, url in pages.items() if url is None]
    assert missing == [], f"the demo data has no {missing}"
    return pages


@pytest.mark.parametrize(("width", "prefix"), [(PHONE, "40-phone"), (DESKTOP, "41-desk")])
def test_every_public_page_fits_its_width_and_passes_axe(page, axe, width, prefix):
    from tests.browser.accessibility import FAILING_IMPACTS

    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.set_viewport_size({"width": width, "height": 900})
    problems = {}
    for name, url in every_public_page().items():
        response = page.goto(url)
        assert response.status == 200, (name, url, response.status)
        page.wait_for_load_state("networkidle")
        widths = page.evaluate(WIDTHS)
        if widths["document"] != width:
            problems[f"{name} width"] = widths
        serious = [
            (violation["id"], [node["target"] for node in violation["nodes"]][:3])
            for violation in axe(page)["violations"]
            if violation["impact"] in FAILING_IMPACTS
        ]
        if serious:
            problems[f"{name} axe"] = serious
        page.screenshot(path=str(SCREENSHOTS / f"{prefix}-{name}.png"), full_page=True)
    assert problems == {}, "\n".join(f"{key}: {value}" for key, value in problems.items())
