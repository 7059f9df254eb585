"""Meeting reminders, change notices and the minutes nudge, with the clock moved."""

import datetime

import pytest
import time_machine

from meetings.models import MeetingStatus, MinutesState
from meetings.services import meeting_cancel, meeting_reschedule, meeting_update
from notifications.models import BodyPolicy, Kind, Notification
from tests.notifications.conftest import MEETING_START, local, rows, sweep_at

pytestmark = pytest.mark.django_db

INVITEES = ["anggota@example.org", "kadis@example.org", "kominfo@example.org"]


def reminder_addresses(occasion_prefix: str) -> list[str]:
    return sorted(
        Notification.objects.filter(
            kind=Kind.MEETING_REMINDER, occasion__startswith=occasion_prefix
        ).values_list("address", flat=True)
    )


def test_no_reminder_before_the_first_offset(world):
    sweep_at(MEETING_START - datetime.timedelta(hours=24, minutes=1))
    assert not Notification.objects.exists()


def test_day_before_reminder_goes_to_every_invitee_with_a_contact(world):
    report = sweep_at(MEETING_START - datetime.timedelta(hours=24))
    # The participant, the invited agency's head and the agency's own address; the chair of the
    # lead body is not a participant of this meeting.
    assert reminder_addresses("before-24h@20250310T0200Z") == INVITEES
    assert len(report.handed) == 3


def test_two_hours_before_comes_after_the_day_before(world):
    sweep_at(MEETING_START - datetime.timedelta(hours=23))
    sweep_at(MEETING_START - datetime.timedelta(hours=2))
    assert reminder_addresses("before-24h") == INVITEES
    assert reminder_addresses("before-2h") == INVITEES


def test_after_downtime_only_the_nearest_reminder_is_sent(world):
    sweep_at(MEETING_START - datetime.timedelta(hours=1))
    assert reminder_addresses("before-24h") == []
    assert reminder_addresses("before-2h") == INVITEES


def test_no_reminder_for_a_meeting_already_started(world):
    sweep_at(MEETING_START + datetime.timedelta(minutes=1))
    assert not Notification.objects.filter(kind=Kind.MEETING_REMINDER).exists()


def test_sweeping_again_creates_nothing_twice(world):
    moment = MEETING_START - datetime.timedelta(hours=3)
    first = sweep_at(moment)
    second = sweep_at(moment + datetime.timedelta(minutes=1))
    assert Notification.objects.count() == 3
    assert len(first.handed) == 3
    assert second.handed == []  # already claimed, not yet timed out


def test_a_moved_meeting_is_reminded_at_its_new_time(world):
    sweep_at(MEETING_START - datetime.timedelta(hours=20))
    meeting_update(
        meeting=world.meeting,
        start=MEETING_START + datetime.timedelta(days=1),
        end=MEETING_START + datetime.timedelta(days=1, hours=2),
    )
    sweep_at(MEETING_START + datetime.timedelta(hours=1))
    assert reminder_addresses("before-24h@20250311T0200Z") == INVITEES


def test_a_body_can_set_its_own_reminder_hours(world):
    BodyPolicy.objects.create(body=world.komisi, meeting_reminder_hours="48, 3")
    sweep_at(MEETING_START - datetime.timedelta(hours=47))
    assert reminder_addresses("before-48h") == INVITEES
    sweep_at(MEETING_START - datetime.timedelta(hours=2, minutes=59))
    assert reminder_addresses("before-3h") == INVITEES
    assert reminder_addresses("before-2h") == []


def test_settings_override_the_default_policy(world, settings):
    settings.NOTIFICATION_POLICY = {"meeting_reminder_hours": [6]}
    sweep_at(MEETING_START - datetime.timedelta(hours=23))
    assert not Notification.objects.exists()
    sweep_at(MEETING_START - datetime.timedelta(hours=6))
    assert reminder_addresses("before-6h") == INVITEES


def test_cancelling_tells_every_invitee_once(world):
    with_clock = local(2025, 3, 5, 10, 0)
    with time_machine.travel(with_clock, tick=False):
        meeting_cancel(meeting=world.meeting, reason="Pimpinan berhalangan")
    sweep_at(with_clock + datetime.timedelta(minutes=1))
    sweep_at(with_clock + datetime.timedelta(minutes=2))
    assert rows(kind=Kind.MEETING_CHANGED) == [
        (Kind.MEETING_CHANGED, address, "rev1") for address in INVITEES
    ]


def test_postponing_notifies_and_the_new_meeting_gets_its_own_reminders(world):
    new_start = MEETING_START + datetime.timedelta(days=7)
    with time_machine.travel(local(2025, 3, 5, 10, 0), tick=False):
        new = meeting_reschedule(
            meeting=world.meeting,
            new_start=new_start,
            reason="Bertepatan dengan paripurna",
        )
    sweep_at(local(2025, 3, 5, 10, 1))
    assert len(rows(kind=Kind.MEETING_CHANGED, meeting=world.meeting)) == 3
    world.meeting.refresh_from_db()
    assert world.meeting.status == MeetingStatus.POSTPONED
    assert new.participants.count() == world.meeting.participants.count()
    sweep_at(new_start - datetime.timedelta(hours=24))
    assert Notification.objects.filter(kind=Kind.MEETING_REMINDER, meeting=new).count() == 3


def test_a_change_recorded_after_the_meeting_tells_nobody(world):
    with time_machine.travel(MEETING_START + datetime.timedelta(hours=5), tick=False):
        meeting_cancel(meeting=world.meeting, reason="Dicatat terlambat")
    sweep_at(MEETING_START + datetime.timedelta(hours=5, minutes=1))
    assert not Notification.objects.filter(kind=Kind.MEETING_CHANGED).exists()


def test_minutes_nudge_after_two_days_to_the_secretariat(world):
    world.meeting.status = MeetingStatus.HELD
    world.meeting.save()
    sweep_at(MEETING_START + datetime.timedelta(days=1, hours=23))
    assert not Notification.objects.filter(kind=Kind.MINUTES_MISSING).exists()
    sweep_at(MEETING_START + datetime.timedelta(days=2))
    assert rows(kind=Kind.MINUTES_MISSING) == [
        (Kind.MINUTES_MISSING, "setwan@example.org", "minutes")
    ]


def test_no_nudge_when_minutes_exist(world):
    world.meeting.status = MeetingStatus.HELD
    world.meeting.minutes_state = MinutesState.DRAFT
    world.meeting.save()
    sweep_at(MEETING_START + datetime.timedelta(days=3))
    assert not Notification.objects.filter(kind=Kind.MINUTES_MISSING).exists()
