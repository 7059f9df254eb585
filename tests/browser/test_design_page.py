"""The design system's page as the secretariat opens it, on a desk screen and a phone: every
component drawn, nothing wider than the screen, the table stacked as cards in its phone frame,
and no serious or critical axe-core finding."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

widths = pytest.mark.parametrize("width", [1280, 390], ids=["desk-1280", "phone-390"])


@widths
def test_the_design_page_draws_every_component_accessibly(staff, width):
    page = staff.page
    staff.log_in("setwan")
    page.goto("/workspace/design/")
    expect(page.get_by_role("heading", level=1)).to_have_text(
        re.compile(r"^(Sistem desain|Design system)$")
    )
    components = page.locator("[data-component]")
    assert components.count() == 14
    assert page.evaluate("document.documentElement.scrollWidth") == width
    # In its phone-wide frame the follow-ups table is a stack of cards at any screen width.
    framed = page.locator(".design-phone table.stack-on-phone")
    expect(framed.locator("thead")).to_be_hidden()
    frame = page.locator(".design-phone").bounding_box()
    row = framed.locator("tbody tr").first.bounding_box()
    assert row["x"] >= frame["x"] and row["x"] + row["width"] <= frame["x"] + frame["width"]
    # The chart's SVG is drawn and titled.
    expect(page.locator("[data-component=chart] svg")).to_be_visible()
    staff.look("design")
    staff.finish()
