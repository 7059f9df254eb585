"""The workspace end to end in headless chromium: the secretariat logs a meeting and its
attendance, the agency reports progress with evidence and submits, the Komisi verifies, and the
public page shows the new status. The clicks and fields the clerk needs are counted."""

import pytest

from commitments.models import Commitment, Verification
from meetings.models import Meeting

pytestmark = pytest.mark.browser

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


class Counter:
    """Counts what the user does, to report the effort of a flow."""

    def __init__(self, page):
        self.page, self.clicks, self.fields = page, 0, 0

    def fill(self, selector, value):
        self.page.fill(selector, value)
        self.fields += 1

    def select(self, selector, value):
        self.page.select_option(selector, value)
        self.fields += 1

    def check(self, selector):
        self.page.check(selector)
        self.clicks += 1

    def click(self, selector):
        self.page.click(selector)
        self.clicks += 1


def log_in(page, username):
    page.context.clear_cookies()
    page.goto("/login/")
    page.fill("[name=username]", username)
    page.fill("[name=password]", "demo")
    page.click("main button[type=submit]")


def option_value(page, selector, text):
    """The value of the first option of a select whose label contains `text`."""
    return page.eval_on_selector(
        selector,
        "(el, text) => [...el.options].find(o => o.textContent.includes(text)).value",
        text,
    )


def test_a_meeting_from_logging_to_verified(page, shoot, capsys):
    log_in(page, "setwan")
    page.goto("/workspace/meetings/new/")
    user = Counter(page)
    user.fill("[name=title]", "Rapat kerja Komisi I dengan Diskominfo tentang SPBE")
    user.select("[name=kind]", "rapat_kerja")
    user.select("[name=status]", "held")
    user.select("[name=lead_body]", option_value(page, "[name=lead_body]", "Komisi I"))
    user.fill("#id_invited_organizations-search", "Diskominfo")
    user.click("#id_invited_organizations li:not([hidden]) input[type=checkbox]")
    user.fill("[name=date]", "03/03/2025")
    user.fill("[name=start_time]", "09.00")
    user.fill("[name=end_time]", "11.30")
    user.select("[name=venue]", option_value(page, "[name=venue]", "Argopuro"))
    user.fill("[name=agenda-0-title]", "Raperda RPJMD: peran Diskominfo")
    user.fill("[name=agenda-1-title]", "Kesiapan SPBE")
    user.select(
        "[name=participants-0-person]",
        option_value(page, "[name=participants-0-person]", "Didik Humaidi"),
    )
    user.select("[name=participants-0-role]", "chair")
    user.select(
        "[name=participants-1-person]",
        option_value(page, "[name=participants-1-person]", "Diskominfo"),
    )
    user.select("[name=participants-1-role]", "speaker")
    user.fill("[name=participants-2-new_name]", "Staf Setwan (notulis)")
    user.select("[name=participants-2-role]", "minute_taker")
    user.select("[name=commitments-0-agenda_item]", "0")
    user.fill("[name=commitments-0-text]", "Menyusun kampanye informasi RPJMD di media sosial")
    user.select(
        "[name=commitments-0-owner]", option_value(page, "[name=commitments-0-owner]", "Diskominfo")
    )
    user.fill("[name=commitments-0-due_date]", "31/03/2025")
    user.select("[name=commitments-1-agenda_item]", "1")
    user.fill("[name=commitments-1-text]", "Menyelenggarakan sosialisasi SPBE dengan narasumber")
    user.select(
        "[name=commitments-1-owner]", option_value(page, "[name=commitments-1-owner]", "Diskominfo")
    )
    user.click("form[action='/workspace/meetings/new/'] button[type=submit]")
    page.wait_for_load_state()
    shoot("20-workspace-meeting-logged")
    assert "/workspace/meetings/" in page.url and "/new/" not in page.url, (
        page.url + page.inner_text("main")[:3000]
    )
    shoot("20-workspace-meeting-logged")
    print(f"\nlog a meeting: {user.fields} fields, {user.clicks} click(s) to save")
    # The saved meeting is the one the browser was sent to (the demo has similar titles).
    meeting = Meeting.objects.get(pk=int(page.url.rstrip("/").rsplit("/", 1)[1]))
    assert meeting.agenda_items.count() == 2
    # The three typed rows, and Diskominfo's seat: its head on 3 March 2025 (Ulfiningtyas), not
    # the one picked by today's office.
    assert meeting.participants.count() == 4
    assert meeting.commitments.count() == 2

    # Attendance: the chair present, Diskominfo's head represented, the minute-taker present.
    page.click("text=Lembar kehadiran")
    page.check("[name=attendance-0-attendance][value=present]")
    page.check("[name=attendance-1-attendance][value=represented]")
    page.fill("[name=attendance-1-representative_name]", "Sekretaris Diskominfo (contoh)")
    page.fill("[name=attendance-1-representative_title]", "Sekretaris Dinas")
    page.fill("[name=attendance-1-assignment_letter]", "800/123/426.114/2025")
    page.check("[name=attendance-2-attendance][value=present]")
    page.click("form:has([name=attendance-TOTAL_FORMS]) button[type=submit]")
    page.wait_for_selector(".messages")
    assert meeting.participants.filter(attendance="represented").count() == 1

    # The agency reports progress with an evidence file, then submits it as done.
    commitment = meeting.commitments.order_by("pk").last()
    log_in(page, "diskominfo")
    page.goto("/workspace/agency/")
    page.click(f"a[href='/workspace/commitments/{commitment.pk}/']")
    page.fill("[name=text]", "Narasumber SPBE dari Kementerian PANRB sudah diundang")
    page.fill("[name=progress]", "80")
    page.set_input_files(
        "[name=evidence_file]",
        {"name": "undangan.pdf", "mimeType": "application/pdf", "buffer": PDF},
    )
    page.click("form[action$='/progress/'] button[type=submit]")
    page.wait_for_selector("table.history")
    page.click("form[action$='/submit/'] button[type=submit]")
    page.wait_for_load_state()
    shoot("21-workspace-agency-submitted")
    commitment.refresh_from_db()
    assert commitment.verification == Verification.PENDING
    assert commitment.updates.filter(kind="progress").exclude(evidence_file="").exists()

    # Komisi I verifies it.
    log_in(page, "komisi1")
    page.goto("/workspace/body/")
    page.click(f"a[href='/workspace/commitments/{commitment.pk}/'] >> nth=0")
    page.check("[name=decision][value=accept]")
    page.click("form[action$='/verify/'] button[type=submit]")
    page.wait_for_load_state()
    shoot("22-workspace-body-verified")
    commitment.refresh_from_db()
    assert commitment.verification == Verification.VERIFIED

    # The public page shows the new status.
    page.context.clear_cookies()
    page.goto(f"/commitments/{commitment.pk}/")
    shoot("23-public-commitment-verified")
    assert "Diverifikasi" in page.content()
    assert Commitment.objects.filter(meeting=meeting).count() == 2
