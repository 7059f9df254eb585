"""The secretariat's day with the 26 February 2025 panel discussion, done by hand in Chromium.

A week before (19 February 2025) the clerk logs the meeting, issues its invitation; Diskominfo's
head answers from the e-mail "represented by the Sekretaris Dinas, with a letter of assignment";
on the day the clerk
marks the meeting held, finds the answer on the attendance sheet, adds a walk-in, records an
outcome and the minutes, and prints the attendance list. Only what a person types or clicks;
spare rows stay empty. Each page gets a screenshot, axe-core and a console check (`staff`).

The server's clock is moved with time-machine (the live server runs in this process); the
session and CSRF token live in the session so that cookies dated 2025 stay valid in a browser
whose own clock says otherwise.
"""

import datetime
import io
import re
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core import mail
from playwright.sync_api import expect
from pypdf import PdfReader

from meetings.models import Attendance, InvitationReply, Meeting, MinutesState
from notifications.models import Notification, Status
from notifications.services.delivery import notification_deliver

pytestmark = pytest.mark.browser

WIB = ZoneInfo("Asia/Jakarta")
TITLE = "Diskusi panel Komisi I dengan Diskominfo tentang Raperda RPJMD"


def option_labelled(page, select: str, text: str) -> str:
    """The visible label of the option a person picks by reading `text` in it."""
    return page.locator(select).locator("option", has_text=text).first.inner_text().strip()


def log_the_meeting(staff) -> None:
    page = staff.page
    workspace = page.get_by_role("navigation", name="Ruang kerja")
    workspace.get_by_role("link", name="Catat rapat").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Catat rapat")
    staff.look("log-a-meeting")
    page.get_by_label("Judul").fill(TITLE)
    page.get_by_label("Jenis rapat").select_option(label="Diskusi panel")
    # The scripts speak the page's language (their words come from the catalogues).
    page.get_by_label("Tanggal", exact=True).fill("01/03/2025")
    page.get_by_label("Tanggal", exact=True).press("Tab")
    expect(page.locator("[data-day-warning]")).to_have_text(
        "Perhatian: tanggal ini hari Sabtu. Rapat tetap dapat disimpan."
    )
    page.get_by_label("Tanggal", exact=True).fill("26/02/2025")
    page.get_by_label("Tanggal", exact=True).press("Tab")
    expect(page.locator("[data-day-warning]")).to_be_hidden()
    page.get_by_label("Mulai").fill("09.00")
    page.get_by_label("Selesai").fill("12.00")
    page.get_by_label("Tempat", exact=True).select_option(
        label=option_labelled(page, "[name=venue]", "Argopuro")
    )
    page.get_by_label("Alat kelengkapan pimpinan rapat").select_option(label="Komisi I")
    page.get_by_role("searchbox").nth(1).fill("kominfo")
    page.get_by_role("checkbox", name="Diskominfo", exact=False).first.check()
    expect(page.locator("[data-picker-chosen]").nth(1)).to_contain_text("Terpilih (1): ")
    page.get_by_label("Mata acara").first.fill("Pembahasan Raperda RPJMD 2025–2029")
    page.locator("[name=participants-0-person]").select_option(
        label=option_labelled(page, "[name=participants-0-person]", "Didik Humaidi")
    )
    page.locator("[name=participants-0-role]").select_option(label="Pimpinan rapat")
    follow_up = page.get_by_role("textbox", name="Tindak lanjut").first
    follow_up.fill("Menyelenggarakan sesi dengan narasumber kompeten tentang digitalisasi dan SPBE")
    page.locator("[name=commitments-0-owner]").select_option(
        label=option_labelled(page, "[name=commitments-0-owner]", "Diskominfo")
    )
    expect(page.locator("[name=commitments-0-agenda_item] option").nth(1)).to_have_text(
        "Acara 1: Pembahasan Raperda RPJMD 2025–2029"
    )
    page.locator("[name=commitments-0-agenda_item]").select_option(index=1)
    page.get_by_role("button", name="Simpan rapat").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLE)
    staff.look("meeting-saved")


def issue_the_invitation(staff) -> None:
    page = staff.page
    invitation = page.locator("section.invitation-panel")
    invitation.get_by_label("Nomor surat", exact=True).fill("005/123/426.050/2025")
    # The letter is dated today and signed by the lead body's chair unless the clerk changes it.
    expect(invitation.get_by_label("Tanggal surat")).to_have_value("2025-02-19")
    invitation.get_by_label("Jabatan penanda tangan").fill("Ketua Komisi I")
    invitation.get_by_role("button", name="Terbitkan dan kirim").click()
    expect(page.locator("section.invitation-panel")).to_contain_text("005/123/426.050/2025")
    staff.look("invitation-issued")


def deliver_the_outbox() -> None:
    """What the Celery worker does with the invitation rows (no worker runs in this test)."""
    for pk in Notification.objects.filter(status=Status.PENDING).values_list("pk", flat=True):
        notification_deliver(notification_id=pk)


def the_head_answers_from_the_email(staff) -> None:
    """On 19 February 2025 Diskominfo's head was Ulfiningtyas (the demo's `diskominfo` account
    holds the office only from October 2025), so she answers through the signed link in the
    e-mail she received, with no account."""
    deliver_the_outbox()
    links = [
        found
        for message in mail.outbox
        if "Ulfiningtyas" in message.body or any("diskominfo" in to for to in message.to)
        for found in re.findall(r"https?://\S+/invitations/reply/\S+/", message.body)
    ]
    assert links, [m.to for m in mail.outbox]
    page = staff.page
    page.goto(urlsplit(links[0]).path)
    staff.look("invitation-link")
    page.get_by_label("Diwakilkan").check()
    page.get_by_label("Atau nama wakil").fill("Budi Santoso")
    page.get_by_label("Jabatan wakil").fill("Sekretaris Dinas")
    page.get_by_label("Nomor surat tugas").fill("800/45/426.114/2025")
    page.get_by_role("button", name="Kirim jawaban").click()
    staff.look("invitation-answered")


def complete_the_meeting(staff) -> None:
    page = staff.page
    staff.log_in("setwan")
    expect(page.get_by_role("heading", level=1)).to_have_text("Hari ini")
    staff.look("today")
    page.get_by_role("link", name=TITLE).first.click()
    page.get_by_role("button", name="Tandai terlaksana").click()
    staff.look("meeting-held")
    page.get_by_role("link", name="Lembar kehadiran").first.click()
    # The agency's answer is on its row already; the clerk checks it and adds who walked in.
    diskominfo = page.get_by_role("group", name=re.compile("Diskominfo"))
    expect(diskominfo.get_by_label("Diwakili", exact=True)).to_be_checked()
    expect(diskominfo.get_by_label("atau nama wakilnya")).to_have_value("Budi Santoso")
    chair = page.get_by_role("group", name=re.compile("Didik Humaidi"))
    chair.get_by_label("Hadir", exact=True).check()
    staff.look("attendance-sheet")
    walk_in = page.locator("[name=walkin-0-new_name]")
    walk_in.fill("Wartawan Radar Bromo")
    page.get_by_role("button", name="Simpan kehadiran").click()
    expect(page.get_by_role("status")).to_contain_text("Kehadiran disimpan")
    outcome = page.locator("form", has=page.get_by_role("button", name="Tambah", exact=True))
    outcome.get_by_label("Jenis").select_option(label="Kesimpulan")
    outcome.get_by_label("Hasil").fill("Diskominfo diminta membangun sinergi komunikasi.")
    outcome.get_by_role("button", name="Tambah", exact=True).click()
    page.get_by_role("button", name="Notulen sudah dikonsep").click()
    page.get_by_role("button", name="Sahkan notulen").click()
    staff.look("meeting-complete")
    # The browser opens the PDF in its viewer; its bytes are fetched with the same session.
    link = page.get_by_role("link", name="Daftar hadir (PDF)")
    answer = page.context.request.get(link.get_attribute("href"))
    assert answer.ok and answer.headers["content-type"] == "application/pdf"
    pdf = PdfReader(io.BytesIO(answer.body()))
    text = " ".join(" ".join(p.extract_text().split()) for p in pdf.pages)
    assert "Budi Santoso" in text and "Sekretaris Dinas" in text
    assert "Wartawan Radar Bromo" in text


@pytest.mark.parametrize("width", [1280, 390], ids=["desk-1280", "phone-390"])
def test_the_secretariat_logs_invites_and_completes_the_panel_discussion(staff, settings):
    settings.SESSION_EXPIRE_AT_BROWSER_CLOSE = True
    settings.CSRF_USE_SESSIONS = True
    week_before = datetime.datetime(2025, 2, 19, 9, tzinfo=WIB)
    with time_machine.travel(week_before, tick=True) as clock:
        staff.log_in("setwan")
        log_the_meeting(staff)
        issue_the_invitation(staff)
        staff.log_out()
        the_head_answers_from_the_email(staff)
        clock.move_to(datetime.datetime(2025, 2, 26, 13, tzinfo=WIB))
        complete_the_meeting(staff)
    meeting = Meeting.objects.get(title=TITLE)
    seat = meeting.participants.get(organization__abbreviation="Diskominfo")
    assert (seat.attendance, seat.represented_by.name, seat.representative_title) == (
        Attendance.REPRESENTED,
        "Budi Santoso",
        "Sekretaris Dinas",
    )
    assert meeting.minutes_state == MinutesState.APPROVED
    staff.finish()


@pytest.mark.parametrize("width", [1280, 390], ids=["desk-1280", "phone-390"])
def test_the_agency_answers_an_invitation_from_its_workspace(staff):
    """Diskominfo's account (its head today) finds the demo's upcoming invitation on "Komitmen
    kami" and answers that the head attends."""
    page = staff.page
    staff.log_in("diskominfo")
    expect(page.get_by_role("heading", name="Undangan yang perlu dijawab")).to_be_visible()
    page.get_by_role("link", name="Jawab sekarang").first.click()
    staff.look("invitation-answer")
    page.get_by_label("Hadir", exact=True).check()
    page.get_by_role("button", name="Kirim jawaban").click()
    expect(page.get_by_role("status")).to_contain_text("jawaban Anda sudah tercatat")
    staff.look("invitation-answered")
    reply = InvitationReply.objects.get(organization__slug="diskominfo")
    assert (reply.answer, reply.answered_by.username) == ("attending", "diskominfo")
    staff.finish()
