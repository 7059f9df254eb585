"""Keeping the per-quarter rollups current: mark keys, refresh them, rebuild everything.

Every change that moves a figure marks its keys (organization, quarter) in RollupDirty in the
same transaction (accountability.marks); the refresh task recomputes those keys after commit,
with the scoreboard's own definitions (accountability.selectors.figures and .attendance) over
the rows of the key. Readers count still-dirty keys from the follow-ups themselves, so a figure
is never stale, only slower for the moment between a change and its refresh.
"""

import datetime
from collections import defaultdict

from django.db import transaction
from django.db.models import BooleanField, Count, ExpressionWrapper, Max, Min, Q
from django.utils import timezone

from accountability.models import AttendanceRollup, DurationRollup, FollowUpRollup, RollupDirty
from accountability.rollups import quarter_period
from accountability.selectors.attendance import VERDICT_OF_RANK, attendance_groups
from accountability.selectors.figures import COUNTED, VERIFIED, counts
from commitments.access import commitments_q
from commitments.facts import quarter_number
from commitments.models import Commitment, overdue_q
from meetings.access import PUBLIC, Actor
from meetings.models import Meeting

EVERYONE = Actor(is_secretariat=True)


def _visible():
    # What every reader sees: public follow-ups of open meetings (commitments_q of the public).
    return ExpressionWrapper(commitments_q(PUBLIC), output_field=BooleanField())


def rollup_mark(*, keys) -> None:
    """Mark (organization, quarter or None) keys out of date, in the caller's transaction."""
    rows = {(organization_id, quarter) for organization_id, quarter in keys if organization_id}
    if rows:
        RollupDirty.objects.bulk_create(
            RollupDirty(organization_id=organization_id, quarter=quarter)
            for organization_id, quarter in rows
        )


def _follow_up_rows(quarter: int, organization_ids, today: datetime.date):
    commitments = Commitment.objects.filter(held_quarter=quarter)
    if organization_ids is not None:
        commitments = commitments.filter(owner_id__in=organization_ids)
    commitments = commitments.annotate(visible=_visible())
    figures = (
        commitments.values("owner_id", "answers_to_id", "visible")
        .annotate(**counts(today))
        .order_by()
    )
    durations = (
        commitments.filter(VERIFIED)
        .values("owner_id", "answers_to_id", "visible", "verified_days")
        .annotate(times=Count("pk"))
        .order_by()
    )
    kept = [
        FollowUpRollup(
            organization_id=row["owner_id"],
            body_id=row["answers_to_id"],
            quarter=quarter,
            visible=row["visible"],
            overdue_as_of=today,
            **{name: row[name] for name in COUNTED},
        )
        for row in figures
    ]
    kept_days = [
        DurationRollup(
            organization_id=row["owner_id"],
            body_id=row["answers_to_id"],
            quarter=quarter,
            visible=row["visible"],
            days=row["verified_days"],
            times=row["times"],
        )
        for row in durations
    ]
    return kept, kept_days


def _attendance_rows(quarter: int, organization_ids) -> list[AttendanceRollup]:
    only = None if organization_ids is None else Q(organization_id__in=organization_ids)
    groups = attendance_groups(actor=EVERYONE, period=quarter_period(quarter), only=only)
    rows: dict[tuple, AttendanceRollup] = {}
    for agency_id, joint_id, lead_id, rank, is_open, count in groups:
        if joint_id == lead_id:
            continue  # a body both leading and joining counts once, as the lead
        body_id, led = (lead_id, True) if joint_id is None else (joint_id, False)
        key = (agency_id, body_id, led, bool(is_open))
        row = rows.setdefault(
            key,
            AttendanceRollup(
                organization_id=agency_id, body_id=body_id, led=led, quarter=quarter, open=key[3]
            ),
        )
        verdict = VERDICT_OF_RANK[rank]
        setattr(row, verdict, getattr(row, verdict) + count)
    return list(rows.values())


def _refresh_quarter(quarter: int, organization_ids, today: datetime.date) -> None:
    for model in (FollowUpRollup, DurationRollup, AttendanceRollup):
        stale = model.objects.filter(quarter=quarter)
        if organization_ids is not None:
            stale = stale.filter(organization_id__in=organization_ids)
        stale.delete()
    figures, durations = _follow_up_rows(quarter, organization_ids, today)
    FollowUpRollup.objects.bulk_create(figures, batch_size=500)
    DurationRollup.objects.bulk_create(durations, batch_size=500)
    AttendanceRollup.objects.bulk_create(
        _attendance_rows(quarter, organization_ids), batch_size=500
    )


def _all_quarters() -> list[int]:
    bounds = Meeting.objects.aggregate(first=Min("start"), last=Max("start"))
    if bounds["first"] is None:
        return []
    first = quarter_number(timezone.localdate(bounds["first"]))
    last = quarter_number(timezone.localdate(bounds["last"]))
    return [
        number
        for number in range(first, last + 1)
        if 1 <= number % 10 <= 4  # skips 20255..20260 between 20254 and 20261
    ]


def _stale_overdue_keys(today: datetime.date) -> set[tuple[int, int]]:
    """Keys counted as of an earlier day whose overdue figure has moved since: one of their
    open follow-ups fell due in between. The others are only re-dated."""
    oldest = FollowUpRollup.objects.filter(overdue_as_of__lt=today).aggregate(
        day=Min("overdue_as_of")
    )["day"]
    if oldest is None:
        return set()
    moved = Commitment.objects.filter(overdue_q(today)).exclude(overdue_q(oldest))
    keys = set(moved.values_list("owner_id", "held_quarter").distinct())
    FollowUpRollup.objects.filter(overdue_as_of__lt=today).update(overdue_as_of=today)
    return keys


@transaction.atomic
def rollups_refresh(*, today: datetime.date | None = None) -> int:
    """Recompute the keys marked so far (and those a new day made overdue); returns how many
    keys. Marks made while this runs stay for the next run."""
    today = today or timezone.localdate()
    # Locked: a second refresh waits for this one instead of writing the same keys twice.
    marked = list(
        RollupDirty.objects.select_for_update().values_list("pk", "organization_id", "quarter")
    )
    by_quarter: dict[int, set[int]] = defaultdict(set)
    everywhere = {organization_id for _pk, organization_id, quarter in marked if quarter is None}
    for _pk, organization_id, quarter in marked:
        if quarter is not None and organization_id not in everywhere:
            by_quarter[quarter].add(organization_id)
    for organization_id, quarter in _stale_overdue_keys(today):
        if quarter is not None and organization_id not in everywhere:
            by_quarter[quarter].add(organization_id)
    if everywhere:
        for quarter in _all_quarters():
            by_quarter[quarter] |= everywhere
    for quarter, organization_ids in sorted(by_quarter.items()):
        _refresh_quarter(quarter, organization_ids, today)
    RollupDirty.objects.filter(pk__in=[pk for pk, *_key in marked]).delete()
    return len(marked)


@transaction.atomic
def rollups_rebuild(*, today: datetime.date | None = None) -> int:
    """Every rollup from scratch, quarter by quarter (deploys, migrations, raw inserts)."""
    today = today or timezone.localdate()
    RollupDirty.objects.all().delete()
    for model in (FollowUpRollup, DurationRollup, AttendanceRollup):
        model.objects.all().delete()
    quarters = _all_quarters()
    for quarter in quarters:
        _refresh_quarter(quarter, None, today)
    return len(quarters)
