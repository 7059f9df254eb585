"""The scoreboard in a real browser: the server-drawn charts render and the tables sort."""

import pytest

from tests.browser.conftest import SCREENSHOTS

pytestmark = pytest.mark.browser


def test_scoreboard_draws_its_charts(page, shoot):
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto("/")
    page.get_by_role("link", name="Papan skor").click()
    page.wait_for_url("**/scoreboard/")
    assert page.locator("h1").inner_text().strip()
    chart = page.locator("svg#chart-agencies")
    assert chart.is_visible()
    box = chart.bounding_box()
    assert box["width"] > 300 and box["height"] > 40
    bars = chart.locator("rect.bar")
    assert bars.count() > 0
    assert bars.first.bounding_box()["width"] > 0
    assert page.locator("svg#chart-trend rect.bar").count() > 0
    page.locator("svg#chart-agencies").scroll_into_view_if_needed()
    shoot("10-scoreboard")
    chart.screenshot(path=str(SCREENSHOTS / "11-scoreboard-chart.png"))

    header = page.locator("#agencies-table thead th").nth(1)
    header.locator("a").click()
    page.wait_for_url("**sort=made**")
    assert page.locator("#agencies-table thead th").nth(1).get_attribute("aria-sort") == (
        "descending"
    )
    counts = [
        int(text)
        for text in page.locator("#agencies-table tbody tr td:nth-of-type(1)").all_inner_texts()
    ]
    assert counts == sorted(counts, reverse=True) and counts
