"""The secretariat's workspace pages as they are today, on a desk screen and a phone: the clerk
logs in, opens the meetings list, a meeting, its attendance sheet and the form to log a meeting
(and saves it empty once, to see the errors). Every page is screenshotted, checked with
axe-core (no serious or critical violation) and must leave no error in the browser's console."""

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

MEETING = "Diskusi Panel Raperda RPJMD bersama Diskominfo"


@pytest.mark.parametrize("width", [1280, 390], ids=["desk-1280", "phone-390"])
def test_the_secretariat_walks_through_its_pages(staff):
    page = staff.page
    staff.log_in("setwan")
    expect(page.get_by_role("heading", level=1)).to_have_text("Hari ini")
    staff.look("today")
    page.get_by_role("navigation", name="Ruang kerja").get_by_role(
        "link", name="Rapat", exact=True
    ).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Rapat")
    staff.look("meetings")

    page.get_by_role("link", name=MEETING).first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(MEETING)
    staff.look("meeting")

    page.get_by_role("link", name="Lembar kehadiran").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text(MEETING)
    staff.look("attendance")

    page.get_by_role("navigation", name="Ruang kerja").get_by_role(
        "link", name="Catat rapat"
    ).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Catat rapat")
    staff.look("log-a-meeting")

    with staff.expecting(400, "/workspace/meetings/new/"):
        page.get_by_role("button", name="Simpan rapat").click()
        expect(page.locator("#error-summary")).to_be_focused()
        staff.look("log-a-meeting-refused")
    staff.finish()
