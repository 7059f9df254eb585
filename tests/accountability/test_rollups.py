"""The per-quarter rollups: what the scoreboard reads from them equals a computation from scratch
on randomised data, after they were refreshed, while changes are still marked, after a new day
and after a rebuild; a fresh installation's migration fills them; the page's query count."""

import datetime

from django.core.management import call_command

from accountability.models import AttendanceRollup, DurationRollup, FollowUpRollup, RollupDirty
from accountability.periods import Period
from accountability.selectors.figures import counts, figures_from
from accountability.selectors.scoreboard import record
from accountability.services.rollups import rollups_rebuild, rollups_refresh
from commitments.access import commitments_q
from commitments.models import Commitment, CommitmentUpdate, UpdateKind
from commitments.services import (
    commitment_close,
    commitment_delete,
    commitment_submit,
    commitment_update,
    commitment_verify,
)
from meetings.access import PUBLIC, Actor
from meetings.models import Attendance, Membership, Openness, Participant
from tests.accountability.test_kept_figures import TODAY, _same, random_world  # noqa: F401

PERIODS = [
    Period(),
    Period(datetime.date(2024, 4, 1), datetime.date(2025, 3, 31)),  # whole quarters
    Period(datetime.date(2024, 2, 15), datetime.date(2025, 5, 20)),  # edges counted live
    Period(datetime.date(2024, 7, 3), datetime.date(2024, 8, 30)),  # inside one quarter
    Period(None, datetime.date(2024, 12, 31)),
    Period(datetime.date(2025, 1, 1), None),
]


def _every_view(world):
    readers = [
        PUBLIC,
        Actor(is_secretariat=True),
        Actor(body_ids=frozenset({world["bodies"][0].pk})),
        Actor(agency_ids=frozenset({world["agencies"][1].pk})),
    ]
    for actor in readers:
        for period in PERIODS:
            _same(actor=actor, period=period)
            _same(actor=actor, period=period, body=world["bodies"][1])
            _same(actor=actor, period=period, agency=world["agencies"][2])
        for agency in world["agencies"][:3]:
            _same_record(actor, agency)


def _same_record(actor, agency) -> None:
    """The agency page's record, read from the rollups, equals its one aggregate query."""
    visible = Commitment.objects.filter(commitments_q(actor), owner=agency)
    scratch = figures_from(visible.aggregate(**counts(TODAY)))
    assert record(actor=actor, agency=agency, today=TODAY) == scratch


def _kept_rows() -> list:
    found = []
    for model in (FollowUpRollup, DurationRollup, AttendanceRollup):
        fields = [f.attname for f in model._meta.concrete_fields if f.name not in ("id",)]
        found.append(sorted(model.objects.values_list(*fields)))
    return found


def _change_at_random(world) -> None:
    """Status changes, reopenings, deletions, moves across quarters, a meeting closed, attendance
    and a head's term changed, a joint body added: each through a save or delete."""
    rng = world["rng"]
    commitments = list(Commitment.objects.order_by("pk"))
    for commitment in rng.sample(commitments, 6):
        commitment_update(
            commitment=commitment,
            due_date=TODAY - datetime.timedelta(days=rng.randint(-20, 20)),
            is_public=not commitment.is_public,
        )
    for commitment in rng.sample(commitments, 8):
        step = rng.choice([commitment_submit, commitment_close, commitment_verify])
        kwargs = {"reason": "Tidak ada anggaran"} if step is commitment_close else {}
        if step is commitment_verify:
            kwargs = {"accept": rng.random() < 0.5, "reason": "Belum lengkap"}
        try:
            step(commitment=commitment, author=None, **kwargs)
        except Exception:  # noqa: BLE001  (an illegal step at random is simply skipped)
            continue
    deletable = [c for c in commitments if not c.updates.exclude(kind=UpdateKind.CREATED).exists()]
    for commitment in deletable[:2]:
        commitment_delete(commitment=commitment)
    for entry in CommitmentUpdate.objects.filter(kind=UpdateKind.SENT_BACK)[:2]:
        entry.delete()  # a reopening forgotten
    meetings = world["meetings"]
    for meeting in meetings[:3]:
        meeting.start += datetime.timedelta(days=100, hours=5)  # into another quarter
        meeting.end += datetime.timedelta(days=100, hours=5)
        meeting.save()
    meetings[4].openness = Openness.CLOSED if meetings[4].is_open else Openness.OPEN
    meetings[4].save()
    meetings[5].other_bodies.add(world["bodies"][2])
    plain = Participant.objects.filter(attendance__in=[Attendance.PRESENT, Attendance.ABSENT])
    for participant in plain.order_by("pk")[:5]:
        flipped = {Attendance.PRESENT: Attendance.ABSENT, Attendance.ABSENT: Attendance.PRESENT}
        participant.attendance = flipped[participant.attendance]
        participant.save()
    Participant.objects.order_by("-pk").first().delete()
    head = Membership.objects.order_by("pk").first()
    head.end_date = datetime.date(2024, 9, 1)
    head.save()


def test_refreshed_rollups_equal_a_computation_from_scratch(random_world):  # noqa: F811
    assert rollups_refresh(today=TODAY) > 0
    assert not RollupDirty.objects.exists() and FollowUpRollup.objects.exists()
    assert AttendanceRollup.objects.filter(open=False).exists()
    assert FollowUpRollup.objects.filter(visible=False).exists()
    _every_view(random_world)


def test_changes_count_at_once_and_after_their_refresh(random_world):  # noqa: F811
    rollups_refresh(today=TODAY)
    _change_at_random(random_world)
    assert RollupDirty.objects.exists()
    _every_view(random_world)  # marked keys counted from the follow-ups
    rollups_refresh(today=TODAY)
    assert not RollupDirty.objects.exists()
    _every_view(random_world)
    refreshed = _kept_rows()
    rollups_rebuild(today=TODAY)
    assert _kept_rows() == refreshed


def test_overdue_moves_with_the_day_without_a_refresh(random_world):  # noqa: F811
    # Counted a month and a half early: follow-ups fell due since, the page still agrees.
    rollups_refresh(today=TODAY - datetime.timedelta(days=45))
    _every_view(random_world)
    rollups_refresh(today=TODAY)  # the next refresh moves the kept day forward
    assert set(FollowUpRollup.objects.values_list("overdue_as_of", flat=True)) == {TODAY}
    _every_view(random_world)


def test_the_command_rebuilds_and_a_migration_mark_is_filled(random_world):  # noqa: F811
    rollups_refresh(today=TODAY)
    refreshed = _kept_rows()
    FollowUpRollup.objects.all().delete()
    call_command("rebuild_rollups", "--today", TODAY.isoformat(), verbosity=0)
    assert _kept_rows() == refreshed
    # What migration 0003 leaves behind on an existing installation: everything marked.
    RollupDirty.objects.create(organization_id=random_world["agencies"][0].pk, quarter=None)
    _every_view(random_world)
    from accountability.apps import _fill_rollups

    _fill_rollups(sender=None)
    assert not RollupDirty.objects.exists()


def test_the_page_reads_a_fixed_number_of_queries(
    client,
    random_world,  # noqa: F811
    django_assert_num_queries,
):
    # The body filter's choices, the marked keys, figures, durations and attendance of the kept
    # quarters (one statement each), the organizations named. Refreshed today: the page does
    # not move "overdue" (a refresh on an earlier day adds two queries, see above).
    rollups_refresh()
    with django_assert_num_queries(6):
        response = client.get("/scoreboard/")
    assert response.context["board"].totals.made > 0
    # A changed key adds the three counts from the follow-ups and attendance lists, whatever
    # the number of keys marked.
    for meeting in random_world["meetings"][:4]:
        meeting.openness = Openness.CLOSED if meeting.is_open else Openness.OPEN
        meeting.save()
    assert RollupDirty.objects.count() > 1
    with django_assert_num_queries(9):
        client.get("/scoreboard/")


def test_beat_refreshes_the_rollups_with_a_registered_task():
    """Marks made while the broker was down wait for the schedule, not for the next change."""
    from django.conf import settings

    from tracker.celery import app

    app.loader.import_default_modules()
    entry = settings.CELERY_BEAT_SCHEDULE["accountability-refresh-rollups"]
    assert entry["task"] in app.tasks
    assert entry["schedule"] <= 3600
