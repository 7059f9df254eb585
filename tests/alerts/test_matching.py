"""Which subscriptions an event reaches, per-event rows against daily digests, closed meetings."""

import datetime

import pytest
import time_machine
from django.core import mail
from django.utils import timezone

from alerts.models import AlertEvent, EventKind, Frequency, Target
from alerts.services import alerts_daily
from commitments.models import CommitmentStatus
from meetings.models import MeetingKind, Openness
from meetings.services import meeting_cancel, meeting_reschedule
from notifications.models import Kind, Notification, Status
from notifications.services import notification_deliver
from tests.alerts.conftest import follow
from tests.factories import AgencyFactory, BodyFactory, CommitmentFactory, MeetingFactory

pytestmark = pytest.mark.django_db


def alerted(kind=Kind.ALERT) -> set[str]:
    return set(Notification.objects.filter(kind=kind).values_list("address", flat=True))


def cancel(meeting, capture):
    with capture(execute=True):
        meeting_cancel(meeting=meeting, reason="Anggota kunjungan kerja")


@pytest.mark.parametrize("target", ["body", "agency", "legislation", "search"])
def test_a_cancelled_meeting_reaches_each_kind_of_follower(
    target, meeting, komisi, agency, raperda, django_capture_on_commit_callbacks
):
    choice = {
        "body": {"target": Target.BODY, "organization": komisi},
        "agency": {"target": Target.AGENCY, "organization": agency},
        "legislation": {"target": Target.LEGISLATION, "legislation": raperda},
        "search": {"target": Target.SEARCH, "words": "JALAN rusak"},
    }[target]
    follow("warga@example.org", **choice)
    other = {
        "body": {"target": Target.BODY, "organization": BodyFactory()},
        "agency": {"target": Target.AGENCY, "organization": AgencyFactory()},
        "legislation": {"target": Target.LEGISLATION, "legislation": None},
        "search": {"target": Target.SEARCH, "words": "jalan mulus"},
    }[target]
    if target != "legislation":
        follow("lain@example.org", **other)
    cancel(meeting, django_capture_on_commit_callbacks)
    assert alerted() == {"warga@example.org"}
    row = Notification.objects.get(kind=Kind.ALERT)
    assert row.meeting_id == meeting.pk
    assert AlertEvent.objects.get().kind == EventKind.MEETING_CANCELLED


def test_one_message_per_address_when_several_subscriptions_match(
    meeting, komisi, agency, django_capture_on_commit_callbacks
):
    follow("warga@example.org", target=Target.BODY, organization=komisi)
    follow("warga@example.org", target=Target.AGENCY, organization=agency)
    cancel(meeting, django_capture_on_commit_callbacks)
    assert Notification.objects.filter(kind=Kind.ALERT).count() == 1


def test_matching_reads_subscribers_in_one_query_whatever_their_number(
    meeting, komisi, django_capture_on_commit_callbacks, django_assert_num_queries
):
    from alerts.selectors import subscribers_of

    for number in range(30):
        follow(f"warga{number}@example.org", target=Target.BODY, organization=komisi)
        follow(f"cari{number}@example.org", target=Target.SEARCH, words="rusak")
    event = AlertEvent.objects.create(kind=EventKind.MEETING_CANCELLED, key="k", meeting=meeting)
    event = AlertEvent.objects.select_related("meeting", "commitment").get(pk=event.pk)
    # agenda, other bodies, invited agencies (the public facts), then the subscriptions.
    with django_assert_num_queries(4):
        assert len(subscribers_of(event)) == 60


def test_unconfirmed_subscriptions_get_nothing(meeting, komisi, django_capture_on_commit_callbacks):
    follow("belum@example.org", confirmed=False, target=Target.BODY, organization=komisi)
    cancel(meeting, django_capture_on_commit_callbacks)
    assert alerted() == set()


def test_a_rescheduled_meeting_is_one_event_the_move(
    meeting, komisi, django_capture_on_commit_callbacks
):
    follow("warga@example.org", target=Target.BODY, organization=komisi)
    with django_capture_on_commit_callbacks(execute=True):
        meeting_reschedule(meeting=meeting, new_start=meeting.start + datetime.timedelta(days=3))
    assert list(AlertEvent.objects.values_list("kind", flat=True)) == [EventKind.MEETING_MOVED]
    assert Notification.objects.filter(kind=Kind.ALERT).count() == 1


def test_a_new_meeting_is_told_once_even_when_saved_again(
    komisi, django_capture_on_commit_callbacks
):
    follow("warga@example.org", target=Target.BODY, organization=komisi)
    with django_capture_on_commit_callbacks(execute=True):
        new = MeetingFactory(lead_body=komisi, start=timezone.now() + datetime.timedelta(days=2))
    with django_capture_on_commit_callbacks(execute=True):
        new.summary = "Agenda menyusul"
        new.save()
    assert AlertEvent.objects.get().kind == EventKind.MEETING_SCHEDULED
    assert Notification.objects.filter(kind=Kind.ALERT).count() == 1


def test_a_rolled_back_change_records_nothing(meeting, komisi, django_capture_on_commit_callbacks):
    follow("warga@example.org", target=Target.BODY, organization=komisi)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        meeting_cancel(meeting=meeting, reason="batal")
    # The test's transaction is never committed: the callbacks were only queued.
    assert callbacks and not AlertEvent.objects.exists()


def test_daily_subscribers_get_one_digest_of_the_day_not_one_per_event(
    meeting, komisi, django_capture_on_commit_callbacks
):
    follow("harian@example.org", target=Target.BODY, organization=komisi, frequency=Frequency.DAILY)
    follow("segera@example.org", target=Target.BODY, organization=komisi)
    second = MeetingFactory(lead_body=komisi, start=timezone.now() + datetime.timedelta(days=9))
    cancel(meeting, django_capture_on_commit_callbacks)
    cancel(second, django_capture_on_commit_callbacks)
    assert alerted() == {"segera@example.org"}
    assert Notification.objects.filter(kind=Kind.ALERT).count() == 2
    with time_machine.travel(timezone.now() + datetime.timedelta(days=1)):
        alerts_daily()
        alerts_daily()  # idempotent
        digest = Notification.objects.get(kind=Kind.ALERT_DIGEST)
        assert digest.address == "harian@example.org"
        assert len(digest.context["events"]) == 2
        assert notification_deliver(notification_id=digest.pk) == Status.SENT
    [message] = mail.outbox
    assert meeting.title in message.body and second.title in message.body


def test_a_closed_meeting_alert_says_only_kind_date_and_body(
    komisi, agency, django_capture_on_commit_callbacks
):
    closed = MeetingFactory(
        title="Pembahasan rahasia anggaran jalan",
        kind=MeetingKind.BANGGAR,
        openness=Openness.CLOSED,
        lead_body=komisi,
        start=timezone.now() + datetime.timedelta(days=5),
        invited_organizations=[agency],
    )
    follow("badan@example.org", target=Target.BODY, organization=komisi)
    follow("dinas@example.org", target=Target.AGENCY, organization=agency)
    follow("cari@example.org", target=Target.SEARCH, words="rahasia")
    cancel(closed, django_capture_on_commit_callbacks)
    assert alerted() == {"badan@example.org"}
    row = Notification.objects.get(kind=Kind.ALERT)
    assert notification_deliver(notification_id=row.pk) == Status.SENT
    [message] = mail.outbox
    whole = message.subject + message.body + message.alternatives[0][0]
    assert "rahasia" not in whole.lower()
    assert "Anggota kunjungan" not in whole  # nor the reason given
    assert closed.get_kind_display() in whole and "Komisi I" in whole


def test_a_follow_up_status_change_reaches_the_agency_follower(
    meeting, agency, django_capture_on_commit_callbacks
):
    commitment = CommitmentFactory(meeting=meeting, owner=agency, text="Perbaiki jalan rusak")
    follow("dinas@example.org", target=Target.AGENCY, organization=agency)
    follow("cari@example.org", target=Target.SEARCH, words="perbaiki")
    with django_capture_on_commit_callbacks(execute=True):
        commitment.status = CommitmentStatus.IN_PROGRESS
        commitment.save()
    assert alerted() == {"dinas@example.org", "cari@example.org"}
    assert AlertEvent.objects.get().context == {"from": "not_started", "to": "in_progress"}


def test_follow_ups_that_are_not_public_are_never_told(
    meeting, komisi, agency, django_capture_on_commit_callbacks
):
    hidden = CommitmentFactory(meeting=meeting, owner=agency, is_public=False)
    closed = MeetingFactory(kind=MeetingKind.BANGGAR, openness=Openness.CLOSED, lead_body=komisi)
    of_closed = CommitmentFactory(meeting=closed, owner=agency)
    follow("badan@example.org", target=Target.BODY, organization=komisi)
    follow("dinas@example.org", target=Target.AGENCY, organization=agency)
    with django_capture_on_commit_callbacks(execute=True):
        for commitment in (hidden, of_closed):
            commitment.status = CommitmentStatus.IN_PROGRESS
            commitment.save()
    assert AlertEvent.objects.count() == 2
    assert alerted() == set()


def test_a_follow_up_falling_overdue_is_told_once(
    meeting, agency, django_capture_on_commit_callbacks
):
    today = timezone.localdate()
    CommitmentFactory(meeting=meeting, owner=agency, due_date=today - datetime.timedelta(days=1))
    CommitmentFactory(meeting=meeting, owner=agency, due_date=today - datetime.timedelta(days=30))
    follow("dinas@example.org", target=Target.AGENCY, organization=agency)
    with django_capture_on_commit_callbacks(execute=True):  # the fan-out is enqueued on commit
        assert alerts_daily()["overdue"] == 1
        assert alerts_daily()["overdue"] == 0
    assert AlertEvent.objects.get().kind == EventKind.COMMITMENT_OVERDUE
    assert alerted() == {"dinas@example.org"}


def test_a_digest_holds_nothing_from_before_the_subscriber_confirmed(
    meeting, komisi, django_capture_on_commit_callbacks
):
    follow("segera@example.org", target=Target.BODY, organization=komisi)
    cancel(meeting, django_capture_on_commit_callbacks)
    follow("harian@example.org", target=Target.BODY, organization=komisi, frequency=Frequency.DAILY)
    with time_machine.travel(timezone.now() + datetime.timedelta(days=1)):
        assert alerts_daily()["digests"] == 0
    assert not Notification.objects.filter(kind=Kind.ALERT_DIGEST).exists()


def test_nothing_is_recorded_while_nobody_follows_anything(
    meeting, django_capture_on_commit_callbacks
):
    cancel(meeting, django_capture_on_commit_callbacks)
    assert not AlertEvent.objects.exists()


def test_a_meeting_moved_to_another_time_and_a_meeting_held_are_told(
    meeting, komisi, django_capture_on_commit_callbacks
):
    from meetings.services import meeting_mark_held, meeting_update

    follow("warga@example.org", target=Target.BODY, organization=komisi)
    later = meeting.start + datetime.timedelta(hours=3)
    with django_capture_on_commit_callbacks(execute=True):
        meeting_update(meeting=meeting, start=later, end=later + datetime.timedelta(hours=1))
    with django_capture_on_commit_callbacks(execute=True):
        meeting_update(meeting=meeting, summary="Ringkasan")  # not a change worth telling
    with time_machine.travel(later + datetime.timedelta(hours=2)):
        with django_capture_on_commit_callbacks(execute=True):
            meeting_mark_held(meeting=meeting)
    kinds = list(AlertEvent.objects.values_list("kind", flat=True))
    assert kinds == [EventKind.MEETING_MOVED, EventKind.MEETING_HELD]
    assert Notification.objects.filter(kind=Kind.ALERT).count() == 2
