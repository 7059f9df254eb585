"""The sweep reads only the follow-ups whose notice moment has come, and writes the same outbox
as a sweep that reads every open follow-up (the previous code path)."""

import datetime
import random

from commitments.models import Commitment
from notifications.models import Notification
from notifications.notices import ASAP, notices_due, notices_replan
from tests.factories import CommitmentFactory, PersonFactory
from tests.notifications.conftest import local, sweep_at


def _follow_ups(world, due_dates):
    return [
        CommitmentFactory(
            meeting=world.meeting,
            owner=world.agency,
            answers_to=world.komisi,
            person_in_charge=PersonFactory(email=f"p{n}@example.org"),
            due_date=due,
        )
        for n, due in enumerate(due_dates)
    ]


def _outbox() -> set[tuple]:
    return set(
        Notification.objects.values_list("kind", "subject", "occasion", "channel", "address")
    )


def test_after_a_sweep_a_follow_up_waits_for_its_next_notice_day(world):
    [commitment] = _follow_ups(world, [datetime.date(2025, 3, 20)])
    assert commitment.notice_due_at == ASAP
    sweep_at(local(2025, 3, 13, 8))
    assert {row[2] for row in _outbox()} == {"due-7d@2025-03-20"}
    commitment.refresh_from_db()
    assert commitment.notice_due_at == local(2025, 3, 19, 7)
    # Nothing can be due before then: the rules read no follow-up at all.
    assert not notices_due(local(2025, 3, 18, 23)).exists()
    sweep_at(local(2025, 3, 19, 8))
    assert "due-1d@2025-03-20" in {row[2] for row in _outbox()}


def test_a_saved_follow_up_is_looked_at_again_and_a_closed_one_never(world):
    [commitment] = _follow_ups(world, [datetime.date(2025, 3, 20)])
    sweep_at(local(2025, 3, 13, 8))
    commitment.due_date = datetime.date(2025, 3, 14)
    commitment.save()
    assert Commitment.objects.get(pk=commitment.pk).notice_due_at == ASAP
    sweep_at(local(2025, 3, 13, 9))
    assert "due-1d@2025-03-14" in {row[2] for row in _outbox()}
    commitment.status = "cannot_follow_up"
    commitment.status_reason = "Tidak ada anggaran"
    commitment.save()
    assert Commitment.objects.get(pk=commitment.pk).notice_due_at is None


def test_daily_sweeps_write_what_sweeps_over_every_open_follow_up_write(world):
    rng = random.Random(20)
    first_day = datetime.date(2025, 3, 1)
    _follow_ups(
        world, [first_day + datetime.timedelta(days=rng.randint(-20, 40)) for _ in range(30)]
    )

    def month_of_sweeps(read_everything: bool) -> set[tuple]:
        Notification.objects.all().delete()
        notices_replan()
        for offset in range(45):
            day = first_day + datetime.timedelta(days=offset)
            for hour in (6, 8, 15):
                if read_everything:
                    notices_replan()
                sweep_at(local(day.year, day.month, day.day, hour))
        return _outbox()

    kept = month_of_sweeps(read_everything=False)
    everything = month_of_sweeps(read_everything=True)
    assert kept == everything
    occasions = {row[2].split("@")[0] for row in kept}
    assert {"due-7d", "due-1d", "due-0d", "overdue-1d", "overdue-7d", "overdue-14d"} <= occasions
