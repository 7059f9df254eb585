"""Reading the per-quarter rollups in the shapes the scoreboard folds.

The rows come out as the scoreboard's own grouped queries over follow-ups would give them, so
one fold (accountability.selectors.scoreboard) adds kept quarters and counted edges alike. A
reader sees a kept row when it may see every follow-up in it: everyone sees the public ones of
open meetings; an agency or body account also its own; the secretariat all of them.
"""

import datetime

from django.db import connection
from django.db.models import F, IntegerField, Max, Min, Q, QuerySet, Sum, Value

from accountability.models import AttendanceRollup, DurationRollup, FollowUpRollup
from accountability.rollups import Split, keys_q
from accountability.selectors.attendance import RANK
from accountability.selectors.figures import COUNTED
from commitments.models import overdue_q
from meetings.access import Actor
from meetings.models import Organization

# The fold's groupings and the rollup column each groups by (None: the total).
GROUPINGS = {"agency": "organization_id", "body": "body_id", "quarter": "quarter", "total": None}


def _scope(
    model,
    *,
    actor: Actor,
    parts: Split,
    dirty,
    body: Organization | None,
    agency: Organization | None,
) -> QuerySet:
    rows = model.objects.filter(parts.quarter_q()).exclude(
        keys_q(dirty, organization="organization_id", quarter="quarter")
    )
    if not actor.is_secretariat:
        rows = rows.filter(
            Q(visible=True)
            | Q(organization_id__in=actor.agency_ids)
            | Q(body_id__in=actor.body_ids)
        )
    if body is not None:
        rows = rows.filter(body=body)
    if agency is not None:
        rows = rows.filter(organization=agency)
    return rows.order_by()


def _grouped(rows: QuerySet, column: str | None, name: str, **sums) -> QuerySet:
    return (
        rows.annotate(
            grouping=Value(name),
            key=F(column) if column else Value(None, output_field=IntegerField()),
        )
        .values("grouping", "key")
        .annotate(**sums)
    )


def kept_figures(*, commitments: QuerySet, today: datetime.date, **scope) -> list[dict]:
    """Rows (grouping, key, the counts) for each grouping of the fold, added up in the database
    in one statement. "Overdue" was counted as of the day of the last refresh: moved to `today`
    by one query over the follow-ups that fell due in between (none when refreshed today).
    `commitments` are the reader's follow-ups of the period."""
    rows = _scope(FollowUpRollup, **scope)
    sums = {name: Sum(name) for name in COUNTED}
    parts = [
        _grouped(rows, column, name, **sums, first_day=Min("overdue_as_of"))
        for name, column in GROUPINGS.items()
    ]
    # An empty scope still gives the total's one row, of nothing (NULL).
    found = [row for row in parts[0].union(*parts[1:], all=True) if row["first_day"]]
    days = {row["first_day"] for row in found}
    if days - {today}:
        _move_overdue(found, commitments, scope, min(days | {today}), max(days | {today}), today)
    return found


def _move_overdue(found, commitments, scope, low, high, today) -> None:
    parts, dirty = scope["parts"], scope["dirty"]
    fallen = (
        commitments.filter(parts.quarter_q("held_quarter"), overdue_q(high))
        .exclude(overdue_q(low))
        .exclude(keys_q(dirty, organization="owner_id", quarter="held_quarter"))
        .values_list("owner_id", "answers_to_id", "held_quarter", "due_date")
        .order_by()
    )
    by_key = {(row["grouping"], row["key"]): row for row in found}
    as_of = _counted_on(scope)
    for owner_id, body_id, quarter, due_date in fallen:
        # Overdue today and not on the day counted (or the other way round).
        moved = (due_date < today) - (due_date < as_of[(owner_id, quarter)])
        for grouping, key in zip(GROUPINGS, (owner_id, body_id, quarter, None), strict=True):
            row = by_key.get((grouping, key))
            if row is not None:
                row["overdue"] += moved


def _counted_on(scope) -> dict:
    """The day each key's overdue figure was counted on (a refresh sets every key's)."""
    rows = _scope(FollowUpRollup, **scope).values_list("organization_id", "quarter")
    return {(pk, quarter): day for pk, quarter, day in rows.annotate(day=Max("overdue_as_of"))}


def kept_durations(**scope) -> list[tuple]:
    """(grouping, key, days, how many) for each grouping of the fold, in one statement: the
    page reads a few thousand sums, not one row per key and day."""
    rows = _scope(DurationRollup, **scope)
    parts = [
        _grouped(rows, column, name)
        .values_list("grouping", "key", "days")
        .annotate(times=Sum("times"))
        for name, column in GROUPINGS.items()
    ]
    # Read as plain tuples: Django's per-row converters cost more than the query here.
    sql, params = parts[0].union(*parts[1:], all=True).query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def kept_attendance(*, actor: Actor, **scope) -> list[tuple]:
    """attendance_groups rows (agency, joint body or None, lead body, rank, open, meetings) of
    the kept quarters: open meetings for everyone, closed ones only for the secretariat
    (others' insider meetings are counted from the attendance lists)."""
    rows = _scope(AttendanceRollup, actor=Actor(is_secretariat=True), **scope)
    if not actor.is_secretariat:
        rows = rows.filter(open=True)
    found = []
    totals = rows.values_list("organization_id", "body_id", "led").annotate(
        *(Sum(verdict) for verdict in RANK)
    )
    for agency_id, body_id, led, *counts in totals:
        for rank, count in enumerate(counts):
            if count:
                joint_id, lead_id = (None, body_id) if led else (body_id, None)
                found.append((agency_id, joint_id, lead_id, rank, None, count))
    return found
