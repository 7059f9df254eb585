"""A freshly loaded demo has reminders due at once, whatever the hour and the day of the week.

`make run` loads the demo and starts beat, whose first sweep comes within a minute: these tests
load the demo at each hour of a working day and of a Sunday, as a newcomer might, and run the
sweep's selection then. The directory and the accounts do not depend on the clock, so they are
loaded once; the meetings and follow-ups, placed relative to the moment, are loaded each time.
"""

import datetime

import pytest
import time_machine
from django.core import mail
from django.db import transaction

from demo.accounts import load_accounts
from demo.directory import load_directory
from demo.meetings import load_meetings
from demo.services import demo_load
from notifications.models import Kind, Notification, Status
from notifications.services import notification_deliver, sweep
from tests.factories import WIB

pytestmark = pytest.mark.django_db

WEDNESDAY = datetime.date(2025, 3, 12)
SATURDAY = datetime.date(2025, 3, 15)
SUNDAY = datetime.date(2025, 3, 16)


class Rollback(Exception):
    pass


@pytest.fixture
def directory(db):
    load_directory()
    load_accounts()


def due_after_loading_at(moment: datetime.datetime) -> list[Notification]:
    """Load the demo's meetings at `moment`, a minute later run the sweep's selection; leave
    nothing behind."""
    rows = []
    with time_machine.travel(moment, tick=False) as traveller:
        try:
            with transaction.atomic():
                load_meetings()
                traveller.shift(datetime.timedelta(minutes=1))
                rows = sweep(dry_run=True).due
                raise Rollback
        except Rollback:
            pass
    return rows


@pytest.mark.slow  # the whole demo planned at 48 hours: about a minute
@pytest.mark.parametrize("day", [WEDNESDAY, SUNDAY], ids=["wednesday", "sunday"])
def test_every_hour_of_the_day_has_a_reminder_due(directory, day):
    counts = {}
    for hour in range(24):
        rows = due_after_loading_at(datetime.datetime.combine(day, datetime.time(hour, 30), WIB))
        counts[hour] = len(rows)
    assert min(counts.values()) >= 1, counts


@pytest.mark.parametrize("hour", [0, 6, 12, 23])
def test_saturday_too(directory, hour):
    moment = datetime.datetime.combine(SATURDAY, datetime.time(hour, 5), WIB)
    assert due_after_loading_at(moment)


def test_quiet_hours_are_respected(directory):
    # Before the first sending hour no dated notice (due date, overdue, digest) is selected; the
    # reminders that are due then are the ones the policy sends at any hour.
    moment = datetime.datetime.combine(WEDNESDAY, datetime.time(3, 0), WIB)
    kinds = {row.kind for row in due_after_loading_at(moment)}
    assert kinds and kinds.isdisjoint(
        {Kind.COMMITMENT_DUE, Kind.COMMITMENT_OVERDUE, Kind.OVERDUE_DIGEST}
    )
    assert Kind.MINUTES_MISSING in kinds


def test_the_sweep_writes_the_outbox_and_the_mail_backend_sends_it(
    django_capture_on_commit_callbacks,
):
    handed = []
    with time_machine.travel(datetime.datetime(2025, 3, 16, 2, 0, tzinfo=WIB), tick=False):
        demo_load()
        with django_capture_on_commit_callbacks(execute=True):
            report = sweep(enqueue=handed.extend)
        assert report.claimed and handed == report.claimed
        for notification_id in handed:
            assert notification_deliver(notification_id=notification_id) == Status.SENT

        rows = Notification.objects.all()
        assert rows.count() == len(handed)
        assert set(rows.values_list("status", flat=True)) == {Status.SENT}
        assert len(mail.outbox) == len(handed)
        assert "setwan@example.org" in {address for m in mail.outbox for address in m.to}
        assert all(m.to[0].endswith("@example.org") for m in mail.outbox)

        # A second sweep a minute later writes nothing new and sends nothing twice.
        with django_capture_on_commit_callbacks(execute=True):
            again = sweep(enqueue=handed.extend)
        assert again.claimed == [] and Notification.objects.count() == len(handed)
        assert len(mail.outbox) == len(handed)
