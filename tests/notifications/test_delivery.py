"""The outbox: unique keys, claims, leases, sending once, retries with backoff, rollback."""

import datetime
import smtplib

import pytest
import time_machine
from django.core import mail
from django.core.mail.backends.base import BaseEmailBackend
from django.db import IntegrityError, transaction
from django.test import TestCase

from notifications.models import Kind, Notification, Status
from notifications.services import notification_deliver, notification_retry, sweep
from tests.notifications.conftest import MEETING_START, sweep_at

pytestmark = pytest.mark.django_db

DUE_MOMENT = MEETING_START - datetime.timedelta(hours=3)  # the 24 h reminder is due


def deliver_at(moment, notification_id):
    with time_machine.travel(moment, tick=False):
        return notification_deliver(notification_id=notification_id)


@pytest.fixture
def reminder(world) -> Notification:
    sweep_at(DUE_MOMENT)
    return Notification.objects.get(address="kadis@example.org")


def test_the_unique_key_refuses_a_second_row(reminder):
    duplicate = Notification(
        kind=reminder.kind,
        subject=reminder.subject,
        occasion=reminder.occasion,
        channel=reminder.channel,
        address=reminder.address,
        next_attempt_at=reminder.next_attempt_at,
    )
    with pytest.raises(IntegrityError), transaction.atomic():
        duplicate.save()


def test_the_same_reminder_through_another_channel_is_another_row(world, settings):
    settings.NOTIFICATION_WEBHOOK_URL = "http://127.0.0.1:9/hook"
    settings.NOTIFICATION_WEBHOOK_SECRET = "s3cret"
    sweep_at(DUE_MOMENT)
    channels = Notification.objects.filter(recipient=world.head).values_list("channel", "address")
    assert sorted(channels) == [("email", "kadis@example.org"), ("webhook", "+6281200000001")]


def test_a_row_is_sent_once_and_recorded(reminder):
    assert deliver_at(DUE_MOMENT, reminder.pk) == Status.SENT
    assert deliver_at(DUE_MOMENT, reminder.pk) == "not claimable"
    assert len(mail.outbox) == 1
    reminder.refresh_from_db()
    assert reminder.status == Status.SENT
    assert reminder.attempts == 1
    assert reminder.sent_at == DUE_MOMENT


def test_claimed_rows_are_handed_over_again_only_after_the_claim_timeout(reminder, settings):
    settings.NOTIFICATION_CLAIM_TIMEOUT_SECONDS = 300
    assert sweep_at(DUE_MOMENT + datetime.timedelta(minutes=4)).handed == []
    again = sweep_at(DUE_MOMENT + datetime.timedelta(minutes=5, seconds=1)).handed
    assert len(again) == 3  # the broker may have lost them: hand them over again


def test_a_worker_that_died_mid_send_leaves_the_row_to_be_taken_again(reminder, settings):
    settings.NOTIFICATION_LEASE_SECONDS = 120
    # A worker claimed the row and died before recording anything.
    Notification.objects.filter(pk=reminder.pk).update(
        status=Status.SENDING, lease_until=DUE_MOMENT + datetime.timedelta(minutes=2)
    )
    assert deliver_at(DUE_MOMENT + datetime.timedelta(minutes=1), reminder.pk) == "not claimable"
    later = DUE_MOMENT + datetime.timedelta(minutes=6)
    assert reminder.pk in sweep_at(later).handed
    assert deliver_at(later, reminder.pk) == Status.SENT
    assert len(mail.outbox) == 1


class FlakySMTP(BaseEmailBackend):
    """An e-mail backend that fails as told, then sends."""

    failures: list[Exception] = []
    sent: list = []

    def send_messages(self, messages):
        if FlakySMTP.failures:
            raise FlakySMTP.failures.pop(0)
        FlakySMTP.sent.extend(messages)
        return len(messages)


@pytest.fixture
def flaky(settings):
    settings.EMAIL_BACKEND = "tests.notifications.test_delivery.FlakySMTP"
    FlakySMTP.failures, FlakySMTP.sent = [], []
    return FlakySMTP


def test_a_transient_failure_is_retried_with_backoff(reminder, flaky):
    flaky.failures = [ConnectionRefusedError("down"), smtplib.SMTPServerDisconnected("gone")]
    assert deliver_at(DUE_MOMENT, reminder.pk) == "retry"
    reminder.refresh_from_db()
    assert (reminder.status, reminder.attempts) == (Status.PENDING, 1)
    assert "down" in reminder.last_error
    assert reminder.next_attempt_at == DUE_MOMENT + datetime.timedelta(minutes=1)
    # Not before its time, even if a task arrives early.
    assert deliver_at(DUE_MOMENT + datetime.timedelta(seconds=30), reminder.pk) == "not claimable"
    second = DUE_MOMENT + datetime.timedelta(minutes=1)
    assert reminder.pk in sweep_at(second).handed
    assert deliver_at(second, reminder.pk) == "retry"
    reminder.refresh_from_db()
    assert reminder.next_attempt_at == second + datetime.timedelta(minutes=2)
    third = second + datetime.timedelta(minutes=2)
    assert deliver_at(third, reminder.pk) == Status.SENT
    reminder.refresh_from_db()
    assert (reminder.attempts, reminder.last_error) == (3, "")
    assert len(flaky.sent) == 1


def test_a_permanent_refusal_fails_at_once(reminder, flaky):
    flaky.failures = [smtplib.SMTPRecipientsRefused({"kadis@example.org": (550, b"no")})]
    assert deliver_at(DUE_MOMENT, reminder.pk) == Status.FAILED
    reminder.refresh_from_db()
    assert reminder.status == Status.FAILED
    assert "refused" in reminder.last_error


def test_too_many_transient_failures_end_as_failed(reminder, flaky, settings):
    settings.NOTIFICATION_POLICY = {"max_attempts": 2}
    flaky.failures = [TimeoutError("slow"), TimeoutError("slow")]
    assert deliver_at(DUE_MOMENT, reminder.pk) == "retry"
    assert deliver_at(DUE_MOMENT + datetime.timedelta(minutes=1), reminder.pk) == Status.FAILED


def test_an_operator_retry_sends_a_failed_row_again(reminder, flaky):
    flaky.failures = [smtplib.SMTPRecipientsRefused({"kadis@example.org": (550, b"no")})]
    deliver_at(DUE_MOMENT, reminder.pk)
    reminder.refresh_from_db()
    with time_machine.travel(DUE_MOMENT, tick=False):
        notification_retry(notification=reminder)
    later = DUE_MOMENT + datetime.timedelta(minutes=1)
    assert reminder.pk in sweep_at(later).handed
    assert deliver_at(later, reminder.pk) == Status.SENT


def test_a_reminder_for_a_meeting_moved_since_is_skipped(reminder, world):
    world.meeting.start += datetime.timedelta(days=1)
    world.meeting.end += datetime.timedelta(days=1)
    world.meeting.save()
    assert deliver_at(DUE_MOMENT, reminder.pk) == Status.SKIPPED
    reminder.refresh_from_db()
    assert "moved" in reminder.last_error
    assert mail.outbox == []


def test_a_reminder_is_not_sent_once_the_meeting_has_started(reminder):
    assert deliver_at(MEETING_START + datetime.timedelta(minutes=5), reminder.pk) == Status.SKIPPED


def test_handing_over_waits_for_the_commit(world):
    handed = []
    with time_machine.travel(DUE_MOMENT, tick=False):
        with TestCase.captureOnCommitCallbacks(execute=False) as callbacks:
            sweep(enqueue=handed.extend)
        assert handed == []
        for callback in callbacks:
            callback()
    assert len(handed) == 3


def test_a_rolled_back_transaction_leaves_nothing_to_send(world):
    handed = []
    with time_machine.travel(DUE_MOMENT, tick=False):
        with TestCase.captureOnCommitCallbacks(execute=True):
            with pytest.raises(RuntimeError), transaction.atomic():
                sweep(enqueue=handed.extend)
                raise RuntimeError("the surrounding work failed")
    assert handed == []
    assert not Notification.objects.exists()


def test_a_broker_that_is_down_loses_nothing(world, settings, monkeypatch):
    from notifications import tasks

    def broker_down(*args, **kwargs):
        raise ConnectionError("broker unreachable")

    monkeypatch.setattr(tasks.send_notifications, "delay", broker_down)
    from notifications.services.sweep import enqueue_delivery

    with time_machine.travel(DUE_MOMENT, tick=False):
        with TestCase.captureOnCommitCallbacks(execute=True):
            report = sweep(enqueue=enqueue_delivery)
    assert len(report.claimed) == 3
    assert Notification.objects.filter(status=Status.PENDING).count() == 3
    later = DUE_MOMENT + datetime.timedelta(seconds=settings.NOTIFICATION_CLAIM_TIMEOUT_SECONDS + 1)
    assert len(sweep_at(later).handed) == 3


def test_unsubscribed_addresses_get_no_rows(world):
    from notifications.services import unsubscribe

    unsubscribe(address="kadis@example.org", kind=Kind.MEETING_REMINDER)
    sweep_at(DUE_MOMENT)
    assert not Notification.objects.filter(address="kadis@example.org").exists()
    assert Notification.objects.count() == 2


# --- A worker killed between the server's acceptance and the record repeats the message -------


class RecordingSMTP(BaseEmailBackend):
    """Notes the outbox row's status when the connection is closed (after the message)."""

    watched: int | None = None
    status_at_close: list = []

    def send_messages(self, messages):
        return len(messages)

    def close(self):
        row = Notification.objects.filter(pk=RecordingSMTP.watched)
        RecordingSMTP.status_at_close += list(row.values_list("status", flat=True))


def test_the_row_is_recorded_sent_before_the_connection_closes(reminder, settings):
    settings.EMAIL_BACKEND = "tests.notifications.test_delivery.RecordingSMTP"
    RecordingSMTP.watched, RecordingSMTP.status_at_close = reminder.pk, []
    assert deliver_at(DUE_MOMENT, reminder.pk) == Status.SENT
    assert RecordingSMTP.status_at_close == [Status.SENT]


def test_a_message_repeated_after_a_crash_keeps_its_message_id(reminder, settings):
    settings.NOTIFICATION_LEASE_SECONDS = 120
    assert deliver_at(DUE_MOMENT, reminder.pk) == Status.SENT
    # As if the worker had died after the server took it and before the row said so.
    Notification.objects.filter(pk=reminder.pk).update(
        status=Status.SENDING, lease_until=DUE_MOMENT + datetime.timedelta(minutes=2)
    )
    assert deliver_at(DUE_MOMENT + datetime.timedelta(minutes=3), reminder.pk) == Status.SENT
    first, second = mail.outbox
    assert first.extra_headers["Message-ID"] == second.extra_headers["Message-ID"]
