"""The two channels against real local receivers: SMTP on 127.0.0.1 and a signed webhook."""

import datetime
import hashlib

import pytest
import time_machine
from django.core import mail

from notifications.channels.email import message_id
from notifications.models import Channel, Notification, Status
from notifications.services import notification_deliver
from tests.notifications.conftest import MEETING_START, sweep_at
from tests.notifications.receivers import SmtpSink, WebhookReceiver

pytestmark = pytest.mark.django_db

DUE_MOMENT = MEETING_START - datetime.timedelta(hours=3)


def deliver(notification_id: int) -> str:
    with time_machine.travel(DUE_MOMENT, tick=False):
        return notification_deliver(notification_id=notification_id)


@pytest.fixture
def smtp(settings, tmp_path):
    sink = SmtpSink(tmp_path / "smtp.log").start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", sink.port
    yield sink
    sink.stop()


@pytest.fixture
def webhook(settings):
    receiver = WebhookReceiver(secret="gateway-secret").start()
    settings.NOTIFICATION_WEBHOOK_URL = receiver.url
    settings.NOTIFICATION_WEBHOOK_SECRET = "gateway-secret"
    yield receiver
    receiver.stop()


def test_email_over_real_smtp_with_text_html_and_a_stable_message_id(world, smtp):
    sweep_at(DUE_MOMENT)
    row = Notification.objects.get(address="kadis@example.org")
    assert deliver(row.pk) == Status.SENT
    [message] = smtp.messages
    assert message["to"] == ["kadis@example.org"]
    assert message["message_id"] == message_id(row.key)
    assert message["unsubscribe"].startswith("<https://tracker.example.org/notifications/")
    assert message["content_types"] == ["text/plain", "text/html"]
    assert "Senin, 10 Maret 2025, 09.00–11.00 WIB" in message["text"]
    assert f"https://tracker.example.org/meetings/{world.meeting.pk}/" in message["text"]


def test_an_smtp_server_that_is_down_means_a_retry(world, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", 9  # nothing listens there
    sweep_at(DUE_MOMENT)
    row = Notification.objects.get(address="kadis@example.org")
    assert deliver(row.pk) == "retry"


def test_webhook_is_signed_and_carries_an_idempotency_key(world, webhook):
    sweep_at(DUE_MOMENT)
    row = Notification.objects.get(channel=Channel.WEBHOOK)
    assert row.address == "+6281200000001"
    assert deliver(row.pk) == Status.SENT
    [request] = webhook.received
    assert request["key"] == hashlib.sha256(row.key.encode()).hexdigest()
    assert request["content_type"] == "application/json; charset=utf-8"
    payload = request["payload"]
    assert payload["to"] == {"name": str(world.head), "phone": "+6281200000001"}
    assert payload["kind"] == "meeting_reminder"
    assert payload["language"] == "id"
    assert "Senin, 10 Maret 2025, 09.00–11.00 WIB" in payload["text"]
    assert payload["url"].endswith(f"/meetings/{world.meeting.pk}/")


def test_a_wrong_secret_is_refused_by_the_receiver_and_fails(world, webhook, settings):
    settings.NOTIFICATION_WEBHOOK_SECRET = "not-the-shared-secret"
    sweep_at(DUE_MOMENT)
    row = Notification.objects.get(channel=Channel.WEBHOOK)
    assert deliver(row.pk) == Status.FAILED
    assert webhook.refused == ["bad signature"]


def test_webhook_5xx_is_retried_with_the_same_key(world, webhook):
    webhook.fail_with = [503]
    sweep_at(DUE_MOMENT)
    row = Notification.objects.get(channel=Channel.WEBHOOK)
    assert deliver(row.pk) == "retry"
    with time_machine.travel(DUE_MOMENT + datetime.timedelta(minutes=1), tick=False):
        assert notification_deliver(notification_id=row.pk) == Status.SENT
    assert [r["key"] for r in webhook.received] == [hashlib.sha256(row.key.encode()).hexdigest()]


def test_a_person_who_turned_email_off_gets_only_the_gateway(world, webhook):
    from notifications.models import ContactPreference

    ContactPreference.objects.create(person=world.head, by_email=False)
    sweep_at(DUE_MOMENT)
    assert list(
        Notification.objects.filter(recipient=world.head).values_list("channel", flat=True)
    ) == [Channel.WEBHOOK]
    assert mail.outbox == []
