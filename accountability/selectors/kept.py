"""Reading the per-quarter rollups in the shapes the scoreboard folds.

The rows come out as the scoreboard's own grouped queries over follow-ups would give them, so
one fold (accountability.selectors.scoreboard) adds kept quarters and counted edges alike. A
reader sees a kept row when it may see every follow-up in it: everyone sees the public ones of
open meetings; an agency or body account also its own; the secretariat all of them.
"""

import datetime

from django.db.models import F, Max, Min, Q, QuerySet, Sum

from accountability.models import AttendanceRollup, DurationRollup, FollowUpRollup
from accountability.rollups import Split, keys_q
from accountability.selectors.attendance import RANK
from accountability.selectors.figures import COUNTED
from commitments.models import overdue_q
from meetings.access import Actor
from meetings.models import Organization

NAMES = {"owner_id": F("organization_id"), "answers_to_id": F("body_id")}


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


def kept_figures(*, commitments: QuerySet, today: datetime.date, **scope) -> list[dict]:
    """Rows (owner_id, answers_to_id, held_quarter, the counts); "overdue" moved to `today`
    from the day it was counted, by one query over the follow-ups that fell due in between
    (none when the rollups were refreshed today). `commitments` are the reader's follow-ups
    of the period, the query's scope."""
    rows = list(
        _scope(FollowUpRollup, **scope)
        .values("organization_id", "body_id", "quarter")
        .annotate(
            **{name: Sum(name) for name in COUNTED},
            first_day=Min("overdue_as_of"),
            last_day=Max("overdue_as_of"),
        )
    )
    if not rows:
        return []
    low = min([today, *(row["first_day"] for row in rows)])
    high = max([today, *(row["last_day"] for row in rows)])
    if low != high:
        _move_overdue(rows, commitments, scope, low, high, today)
    for row in rows:
        row["owner_id"], row["answers_to_id"] = row["organization_id"], row["body_id"]
        row["held_quarter"] = row["quarter"]
    return rows


def _move_overdue(rows, commitments, scope, low, high, today) -> None:
    parts, dirty = scope["parts"], scope["dirty"]
    fallen = (
        commitments.filter(parts.quarter_q("held_quarter"), overdue_q(high))
        .exclude(overdue_q(low))
        .exclude(keys_q(dirty, organization="owner_id", quarter="held_quarter"))
        .values_list("owner_id", "answers_to_id", "held_quarter", "due_date")
        .order_by()
    )
    by_key = {(row["organization_id"], row["body_id"], row["quarter"]): row for row in rows}
    for owner_id, body_id, quarter, due_date in fallen:
        row = by_key.get((owner_id, body_id, quarter))
        if row is not None:
            # Overdue today and not on the day counted (or the other way round).
            row["overdue"] += (due_date < today) - (due_date < row["last_day"])


def kept_durations(**scope) -> list[tuple]:
    """(owner, body, quarter, days, how many)."""
    return list(
        _scope(DurationRollup, **scope)
        .values_list("organization_id", "body_id", "quarter", "days")
        .annotate(times=Sum("times"))
    )


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
