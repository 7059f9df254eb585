"""The benchmark dataset: the promised counts, reproducible from its seed, valid rows."""

import datetime
import io

import pytest
from django.core.management import CommandError, call_command
from django.db import transaction
from django.db.models import Count

from accountability.models import FollowUpRollup, RollupDirty
from commitments.models import Commitment, CommitmentUpdate
from meetings.models import AgendaItem, Meeting, MeetingStatus, Organization, Participant, Person

pytestmark = pytest.mark.django_db
TODAY = datetime.date(2026, 1, 15)


def generate(meetings=120, seed=7):
    call_command(
        "generate_scale_data",
        meetings=meetings,
        seed=seed,
        today=TODAY,
        stdout=io.StringIO(),
    )


def snapshot():
    return list(
        Meeting.objects.order_by("start", "title").values_list(
            "title", "kind", "start", "status", "openness", "lead_body__slug"
        )
    ) + list(Commitment.objects.order_by("pk").values_list("text", "due_date", "status"))


def test_counts_follow_the_meeting_count():
    generate(meetings=120)
    assert Meeting.objects.count() == 120
    # Exactly three follow-ups per meeting, spread over the meetings that were held.
    assert Commitment.objects.count() == 360
    assert not Commitment.objects.exclude(meeting__status=MeetingStatus.HELD).exists()
    assert Organization.objects.count() == 60
    assert Person.objects.count() == 120
    assert AgendaItem.objects.count() >= 120 and Participant.objects.count() >= 240
    # Every follow-up has a timeline that starts with its recording.
    assert CommitmentUpdate.objects.filter(kind="created").count() == 360
    first, last = Meeting.objects.order_by("start").values_list("start", flat=True)[::119]
    assert (last - first).days > 9 * 365
    # The scoreboard's kept facts are filled in after the raw inserts.
    assert not Commitment.objects.filter(held_on__isnull=True).exists()
    assert Commitment.objects.filter(last_submitted_on__isnull=False).exists()
    # And the per-quarter rollups, all of them current.
    assert FollowUpRollup.objects.exists() and not RollupDirty.objects.exists()


def test_same_seed_same_data():
    with transaction.atomic():
        generate(seed=7)
        first = snapshot()
        transaction.set_rollback(True)
    assert not Meeting.objects.exists()
    generate(seed=7)
    assert snapshot() == first


def test_statuses_are_mixed_and_follow_the_calendar():
    generate(meetings=300)
    statuses = dict(Meeting.objects.values_list("status").annotate(n=Count("pk")))
    assert statuses[MeetingStatus.HELD] > statuses[MeetingStatus.SCHEDULED] > 0
    future = Meeting.objects.filter(start__date__gt=TODAY + datetime.timedelta(days=1))
    assert not future.filter(status=MeetingStatus.HELD).exists()


def test_a_second_run_is_refused():
    generate(meetings=5)
    with pytest.raises(CommandError, match="already"):
        generate(meetings=5)
