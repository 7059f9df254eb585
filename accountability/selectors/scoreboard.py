"""The scoreboard: figures per agency (OPD), per DPRD body and per quarter.

Whole quarters of the period are read from the per-quarter rollups (accountability.models,
kept by accountability.services.rollups with the definitions of .figures and .attendance); the
partial quarters at the period's edges, and the keys changed since their last refresh, are
counted from the follow-ups' kept facts (commitments.facts) and the attendance lists. A fixed
number of queries whatever the number of organizations. accountability.selectors.recount
computes the same from scratch.
"""

import datetime
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.db.models import Count, Q, QuerySet
from django.utils import timezone

from accountability.periods import Period, Quarter, quarter_of, quarters_between
from accountability.rollups import Split, dirty_keys, edges_q, keys_q, split
from accountability.selectors.attendance import HeadAttendance, attendance_groups, fold_attendance
from accountability.selectors.figures import (
    VERIFIED,
    Figures,
    counts,
    figures_from,
    median_of_counts,
)
from accountability.selectors.kept import kept_attendance, kept_durations, kept_figures
from commitments.access import commitments_q
from commitments.models import Commitment, OwnerGroup, owner_group
from meetings.access import Actor
from meetings.models import Openness, Organization


@dataclass
class Row:
    organization: Organization
    figures: Figures = field(default_factory=Figures)
    attendance: HeadAttendance = field(default_factory=HeadAttendance)


@dataclass
class Scoreboard:
    period: Period
    today: datetime.date
    totals: Figures
    # Per owner: agencies (OPD) only, ranked among themselves; the DPRD's own follow-ups per
    # body that owes them, and outside parties', each in a section of their own.
    agencies: list[Row]
    bodies: list[Row]
    quarters: list[tuple[Quarter, Figures]]
    dprd: list[Row] = field(default_factory=list)
    outside: list[Row] = field(default_factory=list)


def by_owner_kind(board: Scoreboard) -> Scoreboard:
    """Moves the rows of owners that are not agencies out of the agencies' ranking: a Komisi's
    promise to reschedule a hearing, or a contractor's to repair a road, is counted, but not
    as an OPD's record. Keyed by the organization's kind, so it holds for any grouping."""
    rows = {group: [] for group in OwnerGroup}
    for row in board.agencies:
        rows[owner_group(row.organization.kind) or OwnerGroup.OPD].append(row)
    board.agencies = rows[OwnerGroup.OPD]
    board.dprd = rows[OwnerGroup.BODY]
    board.outside = rows[OwnerGroup.EXTERNAL]
    return board


def scoped_commitments(
    *,
    actor: Actor,
    period: Period,
    body: Organization | None = None,
    agency: Organization | None = None,
    kept: bool = True,
) -> QuerySet[Commitment]:
    """The follow-ups the reader may see, made in the period, of the body or agency if given.
    `kept=False` finds the period by the meetings' own start, not the kept day it was held (the
    from-scratch recount checks the kept facts with it)."""
    when = period.lookups_on_date("held_on") if kept else period.lookups("meeting__start")
    commitments = Commitment.objects.filter(commitments_q(actor), **when)
    if body is not None:
        commitments = commitments.filter(answers_to=body)
    if agency is not None:
        commitments = commitments.filter(owner=agency)
    return commitments


def _quarter(number: int) -> Quarter:
    return Quarter(number // 10, number % 10)


@dataclass
class _Tally:
    """Figures and verification durations, added up along one grouping."""

    figures: dict = field(default_factory=lambda: defaultdict(Figures))
    days: dict = field(default_factory=lambda: defaultdict(Counter))

    def finish(self) -> dict:
        for key, figures in self.figures.items():
            figures.median_days = median_of_counts(self.days[key])
        return dict(self.figures)


def _tallies(figure_rows, duration_rows) -> dict[str, _Tally]:
    """Figures by (agency, body, quarter) and verification durations by (agency, body, quarter,
    days), folded into agencies, bodies, quarters and the total."""
    tallies = {name: _Tally() for name in ("agency", "body", "quarter", "total")}
    for row in figure_rows:
        figures = figures_from(row)
        keys = (row["owner_id"], row["answers_to_id"], row["held_quarter"], None)
        for tally, key in zip(tallies.values(), keys, strict=True):
            tally.figures[key] = tally.figures[key] + figures
    by_agency, by_body, by_quarter, total = (tally.days for tally in tallies.values())
    for owner_id, body_id, quarter, days, times in duration_rows:
        by_agency[owner_id][days] += times
        by_body[body_id][days] += times
        by_quarter[quarter][days] += times
        total[None][days] += times
    return tallies


def _counted_figures(commitments: QuerySet, today: datetime.date):
    """The same rows as the rollups give, counted from the follow-ups' kept facts."""
    rows = (
        commitments.values("owner_id", "answers_to_id", "held_quarter")
        .annotate(**counts(today))
        .order_by()
    )
    durations = (
        commitments.filter(VERIFIED)
        .values_list("owner_id", "answers_to_id", "held_quarter", "verified_days")
        .annotate(times=Count("pk"))
        .order_by()
    )
    return rows, durations


def _quarterly(found: dict, period: Period, today: datetime.date):
    found = {_quarter(number): figures for number, figures in found.items()}
    if period.start:
        first = quarter_of(period.start)
    elif found:
        first = min(found)
    else:
        return []
    last = quarter_of(period.end) if period.end else max([*found, quarter_of(today)])
    return [(quarter, found.get(quarter, Figures())) for quarter in quarters_between(first, last)]


def head_attendance_groups(actor, period, agency, parts: Split, dirty) -> list[tuple]:
    """The attendance the rollups do not hold for this reader, from the attendance lists."""
    only = None
    if parts.whole:
        only = edges_q(parts.edges, "held_on") | keys_q(
            dirty, organization="organization_id", day="held_on"
        )
        if not actor.is_secretariat and (actor.agency_ids or actor.body_ids):
            # Kept rows of closed meetings are the secretariat's; insiders' are counted here.
            only |= ~Q(meeting__openness=Openness.OPEN)
    return attendance_groups(actor=actor, period=period, agency=agency, only=only)


def _rows(figures: dict, attendance: dict, names: dict) -> list[Row]:
    rows = []
    for pk in set(figures) | set(attendance):
        row = Row(
            organization=names[pk],
            figures=figures.get(pk, Figures()),
            attendance=attendance.get(pk, HeadAttendance()),
        )
        rows.append(row)
    return sorted(rows, key=lambda row: row.organization.name.lower())


def _tallied(
    *,
    actor: Actor,
    period: Period,
    body: Organization | None,
    agency: Organization | None,
    today: datetime.date,
    parts: Split,
    dirty,
    durations: bool = True,
) -> dict[str, _Tally]:
    """Figures (and with `durations` the days to verification) along every grouping: whole
    quarters from the rollups but for keys changed since their refresh; the edges of the period,
    and those keys, counted from the follow-ups' kept facts."""
    commitments = scoped_commitments(actor=actor, period=period, body=body, agency=agency)
    counted = Q()
    if parts.whole:
        counted = edges_q(parts.edges, "held_on") | keys_q(
            dirty, organization="owner_id", quarter="held_quarter"
        )
    rows, days = _counted_figures(commitments.filter(counted), today)
    tallies = _tallies(rows, days if durations else [])
    if not parts.whole:
        return tallies
    scope = {"parts": parts, "dirty": dirty, "body": body, "agency": agency}
    for row in kept_figures(commitments=commitments, today=today, actor=actor, **scope):
        figures = tallies[row["grouping"]].figures
        figures[row["key"]] = figures[row["key"]] + figures_from(row)
    if durations:
        for grouping, key, number, times in kept_durations(actor=actor, **scope):
            tallies[grouping].days[key][number] += times
    return tallies


def record(
    *,
    actor: Actor,
    body: Organization | None = None,
    agency: Organization | None = None,
    today: datetime.date | None = None,
) -> Figures:
    """The all-time figures of one agency (or body) as the reader may see them: the agency
    page's record, from the rollups (a few queries over its kept rows, not its thousands of
    follow-ups). No median: the page does not show one."""
    period, today = Period(), today or timezone.localdate()
    tallies = _tallied(
        actor=actor,
        period=period,
        body=body,
        agency=agency,
        today=today,
        parts=split(period),
        dirty=dirty_keys(),
        durations=False,
    )
    return tallies["total"].figures.get(None, Figures())


def scoreboard(
    *,
    actor: Actor,
    period: Period,
    body: Organization | None = None,
    agency: Organization | None = None,
    today: datetime.date | None = None,
) -> Scoreboard:
    today = today or timezone.localdate()
    parts, dirty = split(period), dirty_keys()
    tallies = _tallied(
        actor=actor, period=period, body=body, agency=agency, today=today, parts=parts, dirty=dirty
    )
    attendance = head_attendance_groups(actor, period, agency, parts, dirty)
    if parts.whole:
        scope = {"parts": parts, "dirty": dirty, "body": body, "agency": agency}
        attendance = [*attendance, *kept_attendance(actor=actor, **scope)]
    by_agency = tallies["agency"].finish()
    by_body = tallies["body"].finish()
    attendance_by_agency, attendance_by_body = fold_attendance(attendance, body)
    ids = set(by_agency) | set(by_body) | set(attendance_by_agency) | set(attendance_by_body)
    names = Organization.objects.in_bulk(ids)
    totals = tallies["total"].finish().get(None, Figures())
    board = Scoreboard(
        period=period,
        today=today,
        totals=totals,
        agencies=_rows(by_agency, attendance_by_agency, names),
        bodies=_rows(by_body, attendance_by_body, names),
        quarters=_quarterly(tallies["quarter"].finish(), period, today),
    )
    return by_owner_kind(board)


SORT_KEYS = {
    "name": lambda row: row.organization.name.lower(),
    "made": lambda row: row.figures.made,
    "verified": lambda row: row.figures.verified,
    "on_time": lambda row: row.figures.on_time,
    "on_time_rate": lambda row: row.figures.on_time_rate,
    "overdue": lambda row: row.figures.overdue,
    "cannot": lambda row: row.figures.cannot,
    "reopened": lambda row: row.figures.reopened,
    "median_days": lambda row: row.figures.median_days,
    "present": lambda row: row.attendance.present,
    "represented": lambda row: row.attendance.represented,
    "absent": lambda row: row.attendance.absent,
}


def sorted_rows(rows: list[Row], *, key: str, descending: bool) -> list[Row]:
    """Rows by one column; rows without a value (no median yet) always come last."""
    read = SORT_KEYS.get(key, SORT_KEYS["name"])
    known = [row for row in rows if read(row) is not None]
    unknown = [row for row in rows if read(row) is None]
    return sorted(known, key=read, reverse=descending) + unknown
