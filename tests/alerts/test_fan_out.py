"""The fan-out runs off the request: saving a change records one event and enqueues its id;
the task matches the subscriptions and writes the outbox rows; a repeated task sends nothing
twice."""

import datetime

import pytest
import time_machine
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from alerts import policy
from alerts.models import AlertEvent, EventKind, Frequency, Target
from alerts.services import alerts_daily
from alerts.tasks import alert_fan_out_task
from meetings.services import meeting_cancel
from notifications.models import Kind, Notification, Status
from notifications.services import notifications_deliver
from tests.alerts.conftest import follow
from tests.factories import MeetingFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def enqueued(monkeypatch):
    """Enqueued ids kept, nothing run: what the request itself does."""
    ids: list[int] = []
    monkeypatch.setattr("alerts.services.events.enqueue_fan_out", ids.append)
    return ids


def cancel_counting_queries(meeting, capture) -> int:
    with CaptureQueriesContext(connection) as queries, capture(execute=True):
        meeting_cancel(meeting=meeting, reason="Anggota kunjungan kerja")
    return len(queries)


def followers(komisi, count: int, prefix: str) -> None:
    for number in range(count):
        follow(f"{prefix}{number}@example.org", target=Target.BODY, organization=komisi)
        follow(f"cari-{prefix}{number}@example.org", target=Target.SEARCH, words="jalan")
        follow(
            f"harian-{prefix}{number}@example.org",
            target=Target.BODY,
            organization=komisi,
            frequency=Frequency.DAILY,
        )


def test_the_request_does_the_same_work_for_1_or_60_followers(
    komisi, enqueued, django_capture_on_commit_callbacks
):
    first, other = (MeetingFactory(title="Rapat kerja jalan desa", lead_body=komisi) for _ in "12")
    followers(komisi, 1, "a")
    few = cancel_counting_queries(first, django_capture_on_commit_callbacks)
    followers(komisi, 20, "b")
    many = cancel_counting_queries(other, django_capture_on_commit_callbacks)
    assert few == many
    # Only the events' ids left the request; no subscription was matched or written for.
    events = AlertEvent.objects.filter(kind=EventKind.MEETING_CANCELLED)
    assert enqueued == list(events.order_by("pk").values_list("pk", flat=True))
    assert not Notification.objects.filter(kind=Kind.ALERT).exists()


def test_the_task_run_twice_writes_and_sends_each_alert_once(
    meeting, komisi, enqueued, django_capture_on_commit_callbacks
):
    followers(komisi, 3, "w")
    cancel_counting_queries(meeting, django_capture_on_commit_callbacks)
    [event_id] = enqueued
    alert_fan_out_task.apply(args=[event_id])
    ids = list(Notification.objects.filter(kind=Kind.ALERT).values_list("pk", flat=True))
    assert len(ids) == 6  # three body followers and three matching searches, not the daily ones
    notifications_deliver(notification_ids=ids)
    # A redelivered task (the worker died before acknowledging it) finds every row written.
    alert_fan_out_task.apply(args=[event_id])
    again = list(Notification.objects.filter(kind=Kind.ALERT).values_list("pk", flat=True))
    notifications_deliver(notification_ids=again)
    assert sorted(again) == sorted(ids)
    assert len(mail.outbox) == 6
    assert len({message.to[0] for message in mail.outbox}) == 6
    assert set(Notification.objects.values_list("status", flat=True)) == {Status.SENT}


def test_a_subscriber_confirmed_after_the_event_is_not_added_by_a_later_run(
    meeting, komisi, enqueued, django_capture_on_commit_callbacks
):
    follow("dulu@example.org", target=Target.BODY, organization=komisi)
    cancel_counting_queries(meeting, django_capture_on_commit_callbacks)
    follow("kemudian@example.org", target=Target.BODY, organization=komisi)
    alert_fan_out_task.apply(args=enqueued)
    alerted = Notification.objects.filter(kind=Kind.ALERT).values_list("address", flat=True)
    assert list(alerted) == ["dulu@example.org"]


def test_an_event_gone_before_its_task_writes_nothing(
    meeting, komisi, enqueued, django_capture_on_commit_callbacks
):
    follow("warga@example.org", target=Target.BODY, organization=komisi)
    cancel_counting_queries(meeting, django_capture_on_commit_callbacks)
    AlertEvent.objects.all().delete()
    assert alert_fan_out_task.apply(args=enqueued).get() == 0
    assert not Notification.objects.exists()


def test_an_event_whose_task_was_lost_is_fanned_out_by_the_hourly_run(
    meeting, komisi, enqueued, django_capture_on_commit_callbacks
):
    follow("warga@example.org", target=Target.BODY, organization=komisi)
    cancel_counting_queries(meeting, django_capture_on_commit_callbacks)  # enqueued, never run
    assert alerts_daily()["missed"] == 0  # its task may still be on its way
    later = timezone.now() + policy.FAN_OUT_GRACE + datetime.timedelta(minutes=1)
    with time_machine.travel(later):
        assert alerts_daily()["missed"] == 1
        assert alerts_daily()["missed"] == 0
    alerted = Notification.objects.filter(kind=Kind.ALERT).values_list("address", flat=True)
    assert list(alerted) == ["warga@example.org"]
    assert AlertEvent.objects.get().fanned_out_at is not None
