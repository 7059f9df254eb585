"""Changes queue one delayed refresh of the rollups for a burst of changes, not one task per
transaction; a transaction rolled back leaves nothing queued behind; a broker that is down
fails no change and the next change tries again. Real transactions: the callbacks run on
commit as in production."""

import datetime

import pytest
import time_machine
from django.core.cache import cache
from django.db import transaction
from django.utils import timezone

from accountability import marks
from accountability.tasks import refresh_rollups
from tests.factories import CommitmentFactory

# serialized_rollback as tests/ops/test_backup.py: a plain flush would re-create the content
# types that a later serialized test restores, and the two collide.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def queued(monkeypatch):
    calls = []
    monkeypatch.setattr(refresh_rollups, "apply_async", lambda **kw: calls.append(kw))
    return calls


@pytest.fixture
def commitment(queued):
    made = CommitmentFactory()
    queued.clear()
    cache.clear()
    return made


def _change(commitment, text):
    commitment.text = text
    commitment.save()  # its own transaction (autocommit)


def test_a_burst_of_changes_queues_one_delayed_refresh(queued, commitment):
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        for number in range(20):
            _change(commitment, f"Tindak lanjut {number}")
    assert queued == [{"countdown": marks.REFRESH_DELAY}]
    # Once the queued task is due, the next change queues the next one.
    later = start + datetime.timedelta(seconds=marks.REFRESH_DELAY + 1)
    with time_machine.travel(later, tick=False):
        _change(commitment, "Tindak lanjut baru")
    assert len(queued) == 2


def test_a_rolled_back_transaction_leaves_the_next_one_its_own_refresh(queued, commitment):
    with pytest.raises(RuntimeError), transaction.atomic():
        _change(commitment, "Dibatalkan")
        raise RuntimeError("the write fails")
    assert queued == []
    with transaction.atomic():
        for number in range(5):
            _change(commitment, f"Tindak lanjut {number}")
    assert queued == [{"countdown": marks.REFRESH_DELAY}]


def test_a_broker_that_is_down_fails_no_change_and_the_next_change_tries_again(
    monkeypatch, commitment
):
    attempts = []

    def down(**kwargs):
        attempts.append(kwargs)
        raise OSError("broker down")

    monkeypatch.setattr(refresh_rollups, "apply_async", down)
    _change(commitment, "Tindak lanjut A")
    _change(commitment, "Tindak lanjut B")
    commitment.refresh_from_db()
    assert commitment.text == "Tindak lanjut B"
    assert len(attempts) == 2
