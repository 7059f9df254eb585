"""A batch of e-mails over one SMTP connection, against a real SMTP server on 127.0.0.1: each
row is still recorded on its own (sent only once its own message is taken), a refused recipient
fails its row only, and a connection the server dropped is opened again."""

import datetime

import pytest
import time_machine

from notifications.channels import email
from notifications.models import Notification, Status
from notifications.services import notifications_deliver
from notifications.services.delivery import notification_deliver
from tests.notifications.conftest import MEETING_START, sweep_at
from tests.notifications.receivers import SmtpSink

pytestmark = pytest.mark.django_db

DUE_MOMENT = MEETING_START - datetime.timedelta(hours=3)  # the 24 h reminders are due


def start_sink(tmp_path, **options) -> SmtpSink:
    return SmtpSink(tmp_path / "smtp.jsonl", **options).start()


@pytest.fixture
def smtp(settings):
    def through(sink: SmtpSink) -> SmtpSink:
        settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        settings.EMAIL_HOST = "127.0.0.1"
        settings.EMAIL_PORT = sink.port
        settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
        settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
        return sink

    return through


@pytest.fixture
def due_ids(world) -> list[int]:
    ids = sweep_at(DUE_MOMENT).handed
    assert len(ids) == 3
    return ids


def statuses() -> dict[str, str]:
    return dict(Notification.objects.values_list("address", "status"))


def test_a_batch_sends_over_one_connection(tmp_path, smtp, due_ids):
    sink = smtp(start_sink(tmp_path))
    try:
        with time_machine.travel(DUE_MOMENT, tick=False):
            outcomes = notifications_deliver(notification_ids=due_ids)
        assert outcomes == [Status.SENT] * 3
        assert sink.connections() == 1
        assert len({tuple(message["peer"]) for message in sink.messages}) == 1
        assert sorted(m["to"][0] for m in sink.messages) == sorted(statuses())
        assert set(statuses().values()) == {Status.SENT}
    finally:
        sink.stop()


def test_rows_sent_one_by_one_open_a_connection_each(tmp_path, smtp, due_ids):
    # The path without a batch (the baseline of bench/delivery.py and queued single tasks).
    sink = smtp(start_sink(tmp_path))
    try:
        with time_machine.travel(DUE_MOMENT, tick=False):
            for notification_id in due_ids:
                assert notification_deliver(notification_id=notification_id) == Status.SENT
        assert sink.connections() == 3
    finally:
        sink.stop()


def test_a_refused_recipient_fails_only_its_own_row(tmp_path, smtp, due_ids):
    sink = smtp(start_sink(tmp_path, refuse=("kadis@example.org",)))
    try:
        with time_machine.travel(DUE_MOMENT, tick=False):
            notifications_deliver(notification_ids=due_ids)
        refused = Notification.objects.get(address="kadis@example.org")
        assert refused.status == Status.FAILED
        assert "recipient refused" in refused.last_error
        others = {a: s for a, s in statuses().items() if a != "kadis@example.org"}
        assert set(others.values()) == {Status.SENT}, others
        assert sorted(m["to"][0] for m in sink.messages) == sorted(others)
        assert sink.connections() == 1  # the refusal reset the transaction, not the connection
    finally:
        sink.stop()


def test_a_dropped_connection_is_opened_again(tmp_path, smtp, due_ids):
    sink = smtp(start_sink(tmp_path))
    first, *rest = due_ids
    try:
        with time_machine.travel(DUE_MOMENT, tick=False), email.Session() as session:
            assert notification_deliver(notification_id=first, session=session) == Status.SENT
            # The server goes away and comes back on the same port: the kept connection is dead.
            sink.stop()
            sink = start_sink(tmp_path, port=sink.port)
            for notification_id in rest:
                outcome = notification_deliver(notification_id=notification_id, session=session)
                assert outcome == Status.SENT
        assert set(statuses().values()) == {Status.SENT}
        assert len(sink.messages) == 3
        assert sink.connections() == 2
    finally:
        sink.stop()


def test_the_sweep_hands_ids_over_in_batches(monkeypatch):
    from notifications import tasks
    from notifications.services.sweep import DELIVERY_BATCH, enqueue_delivery

    batches = []
    monkeypatch.setattr(tasks.send_notifications, "delay", batches.append)
    ids = list(range(1, DELIVERY_BATCH * 2 + 8))
    enqueue_delivery(ids)
    assert [len(batch) for batch in batches] == [DELIVERY_BATCH] * 2 + [7]
    assert [i for batch in batches for i in batch] == ids
    assert all(isinstance(i, int) for batch in batches for i in batch)  # ids, never rows


def test_the_foreground_command_sends_in_batches(tmp_path, smtp, world):
    # send_due_notifications runs the sweep and sends in this process: one connection too.
    from io import StringIO

    from django.core.management import call_command

    sink = smtp(start_sink(tmp_path))
    try:
        out = StringIO()
        with time_machine.travel(DUE_MOMENT, tick=False):
            call_command("send_due_notifications", stdout=out)
        assert out.getvalue().count("sent ") == 3
        assert sink.connections() == 1
        assert set(statuses().values()) == {Status.SENT}
    finally:
        sink.stop()
