"""Recaps: enqueued after commit, built once by the task, their content, mail and access."""

import csv
import io
from unittest import mock

import pytest
import time_machine
from django.core import mail
from django.utils.translation import gettext
from pypdf import PdfReader

from accountability.models import Recap, RecapStatus
from accountability.services import recap_request, recaps_create_for_semester
from accountability.tasks import build_recap
from audit.models import AuditEvent, EventKind
from files.urls_for import recap_file_url
from notifications.models import ContactPreference, Kind, Notification, Status
from notifications.services import notification_deliver, unsubscribe
from tests.accountability.conftest import CLOSED_TEXT, SEMESTER, TODAY, at
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _on_the_fixture_day():
    with time_machine.travel(at(TODAY.isoformat()), tick=False):
        yield


@pytest.fixture
def k2_recap(world, chair_of_k2, secretariat_user, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False):
        return recap_request(organization=world.k2, period=SEMESTER, requested_by=chair_of_k2)


def pdf_text(recap: Recap) -> str:
    with recap.pdf.open("rb") as stored:
        return "\n".join(page.extract_text() for page in PdfReader(stored).pages)


def csv_rows(recap: Recap) -> list[list[str]]:
    with recap.spreadsheet.open("rb") as stored:
        text = stored.read().decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text)))


def test_recap_is_enqueued_only_after_commit(world, django_capture_on_commit_callbacks):
    with mock.patch("accountability.tasks.build_recap.delay") as delay:
        with django_capture_on_commit_callbacks(execute=False) as callbacks:
            recap = recap_request(organization=world.k1, period=SEMESTER)
            delay.assert_not_called()
        assert len(callbacks) == 1
        callbacks[0]()
    delay.assert_called_once_with(recap.pk)
    assert recap.status == RecapStatus.PENDING and recap.progress == 0


def deliver_recap_mail() -> list:
    """Send what the recap wrote into the outbox, as a worker would; the e-mails by address."""
    mail.outbox.clear()
    for row in Notification.objects.filter(kind=Kind.RECAP_READY, status=Status.PENDING):
        assert notification_deliver(notification_id=row.pk) == Status.SENT, row.last_error
    return sorted(mail.outbox, key=lambda m: m.to[0])


def test_task_builds_files_and_mails_them_once_through_the_outbox(
    k2_recap, chair_of_k2, django_capture_on_commit_callbacks
):
    ContactPreference.objects.create(person=chair_of_k2.person, language="en")
    with mock.patch("notifications.services.recaps.enqueue_delivery") as enqueue:
        with django_capture_on_commit_callbacks(execute=True):
            assert build_recap(k2_recap.pk) == "ready"
    recap = Recap.objects.get(pk=k2_recap.pk)
    assert (recap.status, recap.progress) == (RecapStatus.READY, 100)
    assert recap.pdf.name.endswith(".pdf") and recap.spreadsheet.name.endswith(".csv")
    rows = Notification.objects.filter(kind=Kind.RECAP_READY, subject=f"recap:{recap.pk}")
    # The chair's own address (on the person) and the secretariat's account address.
    assert sorted(rows.values_list("address", flat=True)) == [
        "ketua.k2@dprd.example.org",
        "setwan@example.org",
    ]
    [(handed,), _kwargs] = enqueue.call_args_list[0]
    assert enqueue.call_count == 1 and sorted(handed) == sorted(rows.values_list("pk", flat=True))
    english, indonesian = deliver_recap_mail()
    assert english.to == ["ketua.k2@dprd.example.org"]
    # Each in its recipient's language (the dates show it before the catalogue is merged).
    assert english.subject.startswith("Follow-up recap ready: Komisi II")
    assert "June 2025" in english.subject and "Juni 2025" in indonesian.subject
    for message in (english, indonesian):
        assert f"/scoreboard/recaps/{recap.pk}/" in message.body
        assert message.attachments == []  # a link behind login, not the files
        assert "/notifications/unsubscribe/" in message.extra_headers["List-Unsubscribe"]
    # Run twice (a redelivered message): nothing is rebuilt, written or sent again.
    assert build_recap(k2_recap.pk) == "not claimable"
    assert rows.count() == 2
    assert deliver_recap_mail() == []
    assert Recap.objects.get(pk=recap.pk).pdf.name == recap.pdf.name


def test_an_unsubscribed_address_gets_no_recap(k2_recap, chair_of_k2):
    unsubscribe(address="ketua.k2@dprd.example.org", kind=Kind.RECAP_READY)
    build_recap(k2_recap.pk)
    assert [m.to for m in deliver_recap_mail()] == [["setwan@example.org"]]


def test_recap_content(k2_recap):
    build_recap(k2_recap.pk)
    recap = Recap.objects.get(pk=k2_recap.pk)
    rows = csv_rows(recap)
    header, body = rows[0], rows[1:]
    # Komisi II's follow-ups c7, c8, c9 and, complete for staff, c10 from the closed meeting.
    assert len(body) == 4
    texts = {row[5]: row for row in body}
    assert set(texts) == {"Tindak lanjut c7", "Tindak lanjut c8", "Tindak lanjut c9", CLOSED_TEXT}
    assert len(header) == 15
    overdue, done_on_time = 11, 10
    assert texts[CLOSED_TEXT][overdue] == gettext("yes")
    assert texts["Tindak lanjut c7"][overdue] == gettext("no")
    assert texts["Tindak lanjut c9"][done_on_time] == gettext("no")  # awaiting verification
    assert texts[CLOSED_TEXT][6] == "2025-03-31"
    assert texts["Tindak lanjut c8"][14] == "Anggaran tidak tersedia"
    assert texts["Tindak lanjut c9"][9] == "2025-06-05"
    text = " ".join(pdf_text(recap).split())
    # Totals (made, verified, on time, awaiting, overdue, cannot, reopened, median) and one
    # agency's row with its head's attendance (present, represented, absent).
    assert "4 0 0 1 1 1 0 –" in text
    assert "Dinas Kesehatan 2 0 0 1 0 0 – 1 0 0" in text
    assert "Dinas PU 2 0 0 0 1 0 – 0 0 1" in text
    for expected in ("Komisi II", "Dinas PU", "Dinas Kesehatan", CLOSED_TEXT, "Tindak lanjut c9"):
        assert expected in text, expected
    assert "Semester I 2025" in text
    assert "Anggaran tidak tersedia" in text


def test_failed_build_is_recorded(k2_recap):
    with mock.patch("accountability.services.recap.recap_pdf", side_effect=OSError("disk full")):
        assert build_recap(k2_recap.pk) == "failed"
    recap = Recap.objects.get(pk=k2_recap.pk)
    assert recap.status == RecapStatus.FAILED and "disk full" in recap.error
    assert not Notification.objects.filter(kind=Kind.RECAP_READY).exists()


def test_task_for_a_deleted_recap_returns_quietly(k2_recap):
    Recap.objects.filter(pk=k2_recap.pk).delete()
    assert build_recap(k2_recap.pk) == "not claimable"


def test_semester_recaps_are_made_once(world, django_capture_on_commit_callbacks):
    with mock.patch("accountability.tasks.build_recap.delay") as delay:
        with django_capture_on_commit_callbacks(execute=True):
            made = recaps_create_for_semester(today=TODAY)
        again = recaps_create_for_semester(today=TODAY)
    names = sorted(recap.organization.name for recap in made)
    assert names == ["Dinas Kesehatan", "Dinas PU", "Diskominfo", "Komisi I", "Komisi II"]
    assert {(r.period_start, r.period_end) for r in made} == {(SEMESTER.start, SEMESTER.end)}
    assert again == []
    assert delay.call_count == 5


def test_recap_pages_need_the_right_account(client, k2_recap, world, chair_of_k2):
    build_recap(k2_recap.pk)
    urls = [
        f"/scoreboard/recaps/{k2_recap.pk}/",
        f"/scoreboard/recaps/{k2_recap.pk}/file.pdf",
        f"/scoreboard/recaps/{k2_recap.pk}/file.csv",
    ]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 302 and "/login/" in response["Location"], url
    client.force_login(UserFactory(username="warga"))
    assert client.get("/scoreboard/recaps/").status_code == 403
    client.force_login(chair_of_k2)
    assert client.get(urls[0]).status_code == 200
    pdf = client.get(urls[1], follow=True)
    assert pdf.redirect_chain[0][0] == recap_file_url(
        k2_recap, Recap.objects.get(pk=k2_recap.pk).pdf
    )
    assert pdf.status_code == 200 and pdf["Content-Type"] == "application/pdf"
    assert b"".join(pdf.streaming_content).startswith(b"%PDF")
    # The download is in the audit log: who, which recap, which file; refused ones are not.
    exports = AuditEvent.objects.filter(kind=EventKind.EXPORT)
    assert [(e.user, e.detail) for e in exports] == [
        (chair_of_k2, {"dataset": "recap", "format": "pdf", "recap": k2_recap.pk})
    ]
    other = Recap.objects.create(
        organization=world.k1, period_start=SEMESTER.start, period_end=SEMESTER.end
    )
    assert client.get(f"/scoreboard/recaps/{other.pk}/").status_code == 404


def test_staff_page_shows_progress_until_ready(client, k2_recap, chair_of_k2):
    client.force_login(chair_of_k2)
    Recap.objects.filter(pk=k2_recap.pk).update(status=RecapStatus.BUILDING, progress=40)
    page = client.get(f"/scoreboard/recaps/{k2_recap.pk}/").content.decode()
    assert 'http-equiv="refresh"' in page and 'value="40"' in page
    build_recap(k2_recap.pk)  # still claimed by the "other worker": nothing happens
    Recap.objects.filter(pk=k2_recap.pk).update(status=RecapStatus.PENDING)
    build_recap(k2_recap.pk)
    page = client.get(f"/scoreboard/recaps/{k2_recap.pk}/").content.decode()
    assert 'http-equiv="refresh"' not in page and f"/files/recaps/{k2_recap.pk}/" in page


def test_body_member_asks_for_its_own_body_only(client, world, chair_of_k2):
    client.force_login(chair_of_k2)
    form = {"start": "2025-01-01", "end": "2025-06-30"}
    with mock.patch("accountability.tasks.build_recap.delay"):
        refused = client.post("/scoreboard/recaps/", form | {"organization": world.k1.pk})
        assert refused.status_code == 200 and not Recap.objects.exists()
        response = client.post("/scoreboard/recaps/", form | {"organization": world.k2.pk})
    recap = Recap.objects.get()
    assert response["Location"] == f"/scoreboard/recaps/{recap.pk}/"
    assert recap.requested_by == chair_of_k2 and recap.organization == world.k2
