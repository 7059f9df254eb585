"""Facts about each follow-up that the scoreboard counts, kept on its own row.

- held_on, held_quarter: the meeting's date in the tracker's time zone, and its quarter
  (year * 10 + quarter, e.g. 20253);
- verified_days: days from that date to the local date of the verification (when verified_at);
- last_submitted_on: the date of the last timeline entry "submitted as done" (by date, then id);
- was_reopened: whether it was ever sent back.

They are derived from other rows and kept current in the same transaction as the change, by the
signals below: a save of the follow-up, of its meeting (when the start moved) and of a timeline
entry. Writes that bypass save() (QuerySet.update, bulk_create, raw SQL as in the scale data)
must call `rebuild_facts` afterwards. tests/accountability/test_kept_figures.py checks the kept
facts against a computation from scratch.
"""

import datetime

from django.db.models import Exists, Func, IntegerField, Max, Min, OuterRef, Subquery
from django.db.models.signals import post_delete, post_init, post_save, pre_save
from django.dispatch import receiver
from django.utils import timezone

from commitments.models import Commitment, CommitmentUpdate, UpdateKind
from core.localdate import LocalDate
from meetings.models import Meeting

TIMELINE_KINDS = {UpdateKind.SUBMITTED, UpdateKind.SENT_BACK}


def quarter_number(day: datetime.date) -> int:
    return day.year * 10 + (day.month - 1) // 3 + 1


def _days(held_on, verified_at) -> int | None:
    if held_on is None or verified_at is None:
        return None
    return (timezone.localdate(verified_at) - held_on).days


def _set_meeting_facts(commitment: Commitment, start: datetime.datetime) -> None:
    commitment.held_on = timezone.localdate(start)
    commitment.held_quarter = quarter_number(commitment.held_on)


def _timeline_facts() -> dict:
    updates = CommitmentUpdate.objects.filter(commitment=OuterRef("pk"))
    last = updates.filter(kind=UpdateKind.SUBMITTED).order_by("-date", "-pk").values("date")[:1]
    return {
        "last_submitted_on": Subquery(last),
        "was_reopened": Exists(updates.filter(kind=UpdateKind.SENT_BACK)),
    }


@receiver(pre_save, sender=Commitment)
def _commitment_facts(sender, instance: Commitment, raw=False, **kwargs):
    if raw:
        return
    meeting_known = "meeting" in instance._state.fields_cache
    if instance.held_on is None or meeting_known:
        _set_meeting_facts(instance, instance.meeting.start)
    instance.verified_days = _days(instance.held_on, instance.verified_at)


@receiver(post_init, sender=Meeting)
def _remember_start(sender, instance: Meeting, **kwargs):
    instance._facts_start = instance.__dict__.get("start")


@receiver(post_save, sender=Meeting)
def _meeting_moved(sender, instance: Meeting, created=False, raw=False, **kwargs):
    if raw or created or instance.start == getattr(instance, "_facts_start", None):
        return
    instance._facts_start = instance.start
    moved = list(Commitment.objects.filter(meeting=instance).only("pk", "verified_at"))
    for commitment in moved:
        _set_meeting_facts(commitment, instance.start)
        commitment.verified_days = _days(commitment.held_on, commitment.verified_at)
    Commitment.objects.bulk_update(moved, ["held_on", "held_quarter", "verified_days"])


def _timeline_changed(instance: CommitmentUpdate) -> None:
    commitment_id = instance.commitment_id
    Commitment.objects.filter(pk=commitment_id).update(**_timeline_facts())
    cached = instance._state.fields_cache.get("commitment")
    if cached is not None:
        # The service may save the same object again: it must not write back stale facts.
        fresh = Commitment.objects.filter(pk=commitment_id).values(
            "last_submitted_on", "was_reopened"
        )
        for name, value in fresh.get().items():
            setattr(cached, name, value)


@receiver(post_save, sender=CommitmentUpdate)
def _update_saved(sender, instance: CommitmentUpdate, raw=False, **kwargs):
    if not raw and instance.kind in TIMELINE_KINDS:
        _timeline_changed(instance)


@receiver(post_delete, sender=CommitmentUpdate)
def _update_deleted(sender, instance: CommitmentUpdate, **kwargs):
    if instance.kind in TIMELINE_KINDS:
        _timeline_changed(instance)


class DaysBetween(Func):
    """Whole days from one date to a later one, as an integer, in SQL."""

    output_field = IntegerField()
    arity = 2
    template = "(%(expressions)s)"
    arg_joiner = " - "

    def as_sqlite(self, compiler, connection, **extra):
        return self.as_sql(
            compiler,
            connection,
            template="CAST(julianday(%(expressions)s) AS INTEGER)",
            arg_joiner=") - julianday(",
            **extra,
        )


def rebuild_facts(*, models: dict | None = None) -> int:
    """Recompute every follow-up's kept facts from its rows, in a few set-wise statements
    (time zones converted by the database); `models` lets a migration pass its own."""
    models = models or {"Commitment": Commitment, "CommitmentUpdate": CommitmentUpdate}
    commitments = models["Commitment"].objects.order_by()
    updates = models["CommitmentUpdate"].objects.filter(commitment=OuterRef("pk"))
    last = updates.filter(kind=UpdateKind.SUBMITTED).order_by("-date", "-pk").values("date")[:1]
    meeting_start = commitments.model._meta.get_field("meeting").related_model.objects.filter(
        pk=OuterRef("meeting_id")
    )
    changed = commitments.update(
        held_on=Subquery(meeting_start.annotate(day=LocalDate("start")).values("day")[:1]),
        last_submitted_on=Subquery(last),
        was_reopened=Exists(updates.filter(kind=UpdateKind.SENT_BACK)),
    )
    commitments.filter(verified_at__isnull=True).update(verified_days=None)
    commitments.filter(verified_at__isnull=False).update(
        verified_days=DaysBetween(LocalDate("verified_at"), "held_on")
    )
    first_last = commitments.aggregate(first=Min("held_on"), last=Max("held_on"))
    if first_last["first"]:
        for year in range(first_last["first"].year, first_last["last"].year + 1):
            for number in range(1, 5):
                begins = datetime.date(year, 3 * number - 2, 1)
                ends = datetime.date(year + number // 4, 3 * number % 12 + 1, 1)
                commitments.filter(held_on__gte=begins, held_on__lt=ends).update(
                    held_quarter=year * 10 + number
                )
    return changed
