"""Every kind of message, in Bahasa Indonesia and in English, as text and HTML."""

import datetime

import pytest
import time_machine
from django.core import mail

from commitments.services import commitment_submit
from meetings.models import MeetingStatus
from meetings.services import meeting_cancel, meeting_reschedule
from notifications.models import ALERT_KINDS, ContactPreference, Kind, Notification, Status
from notifications.notices import notices_replan
from notifications.services import notification_deliver
from tests.factories import CommitmentFactory
from tests.notifications.conftest import MEETING_START, local, sweep_at

pytestmark = pytest.mark.django_db


def send_all(moment) -> list:
    """Sweep and send everything due at `moment`; the e-mails, in order of address and kind."""
    mail.outbox.clear()
    sweep_at(moment)
    with time_machine.travel(moment, tick=False):
        for row in Notification.objects.filter(status=Status.PENDING):
            assert notification_deliver(notification_id=row.pk) == Status.SENT, row.last_error
    return sorted(mail.outbox, key=lambda m: m.to[0])


def in_english(person):
    ContactPreference.objects.create(person=person, language="en")


def html_of(message) -> str:
    [(html, mimetype)] = message.alternatives
    assert mimetype == "text/html"
    return html


def test_meeting_reminder_names_time_zone_venue_and_agenda_in_both_languages(world):
    world.meeting.venue.address = "Jl. Panglima Sudirman No. 134, Kraksaan"
    world.meeting.venue.save()
    in_english(world.head)
    messages = {m.to[0]: m for m in send_all(MEETING_START - datetime.timedelta(hours=2))}
    english, indonesian = messages["kadis@example.org"], messages["anggota@example.org"]
    assert "Monday 10 March 2025, 09:00–11:00 WIB" in english.subject
    assert "Senin, 10 Maret 2025, 09.00–11.00 WIB" in indonesian.subject
    assert indonesian.subject.startswith("Pengingat:")
    for message in (english, indonesian):
        assert "Raperda RPJMD 2025-2029" in message.body
        assert "Jl. Panglima Sudirman No. 134, Kraksaan" in message.body
        assert f"https://tracker.example.org/meetings/{world.meeting.pk}/" in message.body
        assert "Raperda RPJMD 2025-2029" in html_of(message)
    assert "Agenda" in english.body and "Dear Kepala Dinas" in english.body
    assert "Yth. Anggota Komisi" in indonesian.body


def test_meeting_in_wita_is_written_in_wita(world):
    world.meeting.venue.time_zone = "Asia/Makassar"
    world.meeting.venue.save()
    [message, *_] = send_all(MEETING_START - datetime.timedelta(hours=2))
    assert "10.00–12.00 WITA" in message.subject


def test_cancellation_and_postponement_notices(world):
    with time_machine.travel(local(2025, 3, 5, 10), tick=False):
        meeting_cancel(meeting=world.meeting, reason="Pimpinan berhalangan")
    [message, *_] = send_all(local(2025, 3, 5, 10, 1))
    assert "dibatalkan" in message.body and "Pimpinan berhalangan" in message.body


def test_postponement_names_the_new_time(world):
    with time_machine.travel(local(2025, 3, 5, 10), tick=False):
        meeting_reschedule(
            meeting=world.meeting, new_start=local(2025, 3, 17, 13, 30), reason="Bentrok jadwal"
        )
    in_english(world.member)
    messages = {m.to[0]: m for m in send_all(local(2025, 3, 5, 10, 1))}
    assert "Senin, 17 Maret 2025, 13.30–15.30 WIB" in messages["kadis@example.org"].body
    assert "Monday 17 March 2025, 13:30–15:30 WIB" in messages["anggota@example.org"].body
    assert "postponed" in messages["anggota@example.org"].body


def test_minutes_nudge(world):
    world.meeting.status = MeetingStatus.HELD
    world.meeting.save()
    [message] = send_all(MEETING_START + datetime.timedelta(days=2, hours=1))
    assert message.to == ["setwan@example.org"]
    assert "notulen" in message.body.lower()


@pytest.fixture
def commitment(world):
    return CommitmentFactory(
        meeting=world.meeting,
        owner=world.agency,
        answers_to=world.komisi,
        person_in_charge=world.officer,
        due_date=datetime.date(2025, 3, 20),
        text="Menyelenggarakan sosialisasi SPBE dengan narasumber",
    )


def test_due_reminder_in_both_languages(commitment, world):
    [message] = send_all(local(2025, 3, 19, 8))
    assert "besok" in message.body or "1 hari" in message.body
    assert "Kamis, 20 Maret 2025" in message.subject
    assert "Menyelenggarakan sosialisasi SPBE" in message.body
    assert f"https://tracker.example.org/commitments/{commitment.pk}/" in message.body
    in_english(world.officer)
    Notification.objects.all().delete()
    notices_replan()  # the sweep moved the follow-up to its next notice day: start over
    [message] = send_all(local(2025, 3, 19, 8))
    assert "due tomorrow" in message.body
    assert "Thursday 20 March 2025" in message.subject


def test_overdue_escalation_says_why_the_recipient_gets_it(commitment):
    messages = send_all(local(2025, 3, 27, 8))
    [message] = [m for m in messages if m.to == ["kadis@example.org"] and "sejak" in m.subject]
    assert "7 hari" in message.body
    assert "kepala" in message.body.lower()


def test_digest_lists_the_overdue_follow_ups(commitment):
    messages = {m.to[0]: m for m in send_all(local(2025, 5, 5, 8))}  # a Monday, 46 days late
    digest = messages["ketua@example.org"]
    assert "Menyelenggarakan sosialisasi SPBE" in digest.body
    assert "46" in digest.body
    assert "Menyelenggarakan sosialisasi SPBE" in html_of(digest)


def test_submitted_notice_asks_for_verification(commitment):
    with time_machine.travel(local(2025, 3, 18, 8), tick=False):
        commitment_submit(commitment=commitment, author=None)
    messages = {m.to[0]: m for m in send_all(local(2025, 3, 18, 8, 1))}
    assert set(messages) == {"ketua@example.org", "komisi1@example.org"}
    assert "verifikasi" in messages["ketua@example.org"].body.lower()


def test_every_message_has_an_unsubscribe_link(commitment):
    for message in send_all(local(2025, 3, 27, 8)):
        assert "https://tracker.example.org/notifications/unsubscribe/" in message.body
        assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


def _body_parts(name: str) -> list:
    """The text, variables and translated sentences a message template writes in its base's
    body block."""
    from django.template.base import TextNode, VariableNode
    from django.template.loader import get_template
    from django.template.loader_tags import BlockNode, ExtendsNode
    from django.templatetags.i18n import BlockTranslateNode, TranslateNode

    [extends] = get_template(name).template.nodelist.get_nodes_by_type(ExtendsNode)
    assert extends.parent_name.var == f"notifications/base.{name.rsplit('.', 1)[1]}", name
    blocks = {node.name: node for node in extends.nodelist.get_nodes_by_type(BlockNode)}
    assert "body" in blocks, f"{name} writes nothing in the message body"
    writing = (TextNode, VariableNode, TranslateNode, BlockTranslateNode)
    parts = blocks["body"].nodelist.get_nodes_by_type(writing)
    return [part for part in parts if not isinstance(part, TextNode) or part.s.strip()]


@pytest.mark.parametrize("kind", sorted(set(Kind.values) - set(ALERT_KINDS)))
def test_every_kind_writes_its_own_text_and_html_body(kind):
    # render() picks notifications/<kind>.txt and .html; a kind without them, or whose
    # templates leave the base's body empty, would send a greeting and a link only.
    # (Public alerts are written by the alerts app, from its own templates: alerts/email/.)
    for suffix in ("txt", "html"):
        assert _body_parts(f"notifications/{kind}.{suffix}"), (kind, suffix)
