"""The scoreboard: figures per agency (OPD), per DPRD body and per quarter.

A fixed number of queries whatever the number of organizations: one aggregate per grouping, one
read of verification durations (medians are not a portable SQL aggregate), the attendance reads
and one read of the organizations named.
"""

import datetime
from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import QuerySet
from django.db.models.functions import ExtractQuarter, ExtractYear
from django.utils import timezone

from accountability.periods import Period, Quarter, quarter_of, quarters_between
from accountability.selectors.attendance import HeadAttendance, head_attendance
from accountability.selectors.figures import (
    VERIFIED,
    Figures,
    counts,
    figures_from,
    median,
    with_timeline_facts,
)
from commitments.access import commitments_q
from commitments.models import Commitment
from meetings.access import Actor
from meetings.models import Organization


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
    agencies: list[Row]
    bodies: list[Row]
    quarters: list[tuple[Quarter, Figures]]


def scoped_commitments(
    *,
    actor: Actor,
    period: Period,
    body: Organization | None = None,
    agency: Organization | None = None,
) -> QuerySet[Commitment]:
    """The follow-ups the reader may see, made in the period, of the body or agency if given."""
    commitments = Commitment.objects.filter(
        commitments_q(actor), **period.lookups("meeting__start")
    )
    if body is not None:
        commitments = commitments.filter(answers_to=body)
    if agency is not None:
        commitments = commitments.filter(owner=agency)
    return commitments


def grouped_figures(commitments: QuerySet, key: str, today: datetime.date) -> dict:
    rows = with_timeline_facts(commitments).values(key).annotate(**counts(today)).order_by()
    return {row[key]: figures_from(row) for row in rows}


def verification_days(commitments: QuerySet) -> list[tuple[int, int, datetime.date, int]]:
    """(owner, body, meeting date, days from the meeting to its verification) per verified one."""
    rows = commitments.filter(VERIFIED).values_list(
        "owner_id", "answers_to_id", "meeting__start", "verified_at"
    )
    found = []
    for owner_id, body_id, start, verified_at in rows:
        held_on = timezone.localdate(start)
        found.append((owner_id, body_id, held_on, (timezone.localdate(verified_at) - held_on).days))
    return found


def _quarterly(commitments: QuerySet, period: Period, today: datetime.date, days: list):
    rows = (
        with_timeline_facts(commitments)
        .annotate(year=ExtractYear("meeting__start"), quarter=ExtractQuarter("meeting__start"))
        .values("year", "quarter")
        .annotate(**counts(today))
        .order_by()
    )
    found = {Quarter(row["year"], row["quarter"]): figures_from(row) for row in rows}
    if period.start:
        first = quarter_of(period.start)
    elif found:
        first = min(found)
    else:
        return []
    last = quarter_of(period.end) if period.end else max([*found, quarter_of(today)])
    by_quarter = defaultdict(list)
    for _owner, _body, held_on, spent in days:
        by_quarter[quarter_of(held_on)].append(spent)
    quarters = []
    for quarter in quarters_between(first, last):
        figures = found.get(quarter, Figures())
        figures.median_days = median(by_quarter[quarter])
        quarters.append((quarter, figures))
    return quarters


def _rows(figures: dict, attendance: dict, durations: dict, names: dict) -> list[Row]:
    rows = []
    for pk in set(figures) | set(attendance):
        row = Row(
            organization=names[pk],
            figures=figures.get(pk, Figures()),
            attendance=attendance.get(pk, HeadAttendance()),
        )
        row.figures.median_days = median(durations.get(pk, []))
        rows.append(row)
    return sorted(rows, key=lambda row: row.organization.name.lower())


def scoreboard(
    *,
    actor: Actor,
    period: Period,
    body: Organization | None = None,
    agency: Organization | None = None,
    today: datetime.date | None = None,
) -> Scoreboard:
    today = today or timezone.localdate()
    commitments = scoped_commitments(actor=actor, period=period, body=body, agency=agency)
    by_agency = grouped_figures(commitments, "owner_id", today)
    by_body = grouped_figures(commitments, "answers_to_id", today)
    days = verification_days(commitments)
    attendance_by_agency, attendance_by_body = head_attendance(
        actor=actor, period=period, body=body, agency=agency
    )
    agency_days, body_days = defaultdict(list), defaultdict(list)
    for owner_id, body_id, _held_on, spent in days:
        agency_days[owner_id].append(spent)
        body_days[body_id].append(spent)
    ids = set(by_agency) | set(by_body) | set(attendance_by_agency) | set(attendance_by_body)
    names = Organization.objects.in_bulk(ids)
    totals = sum(by_agency.values(), Figures())
    totals.median_days = median([spent for *_rest, spent in days])
    return Scoreboard(
        period=period,
        today=today,
        totals=totals,
        agencies=_rows(by_agency, attendance_by_agency, agency_days, names),
        bodies=_rows(by_body, attendance_by_body, body_days, names),
        quarters=_quarterly(commitments, period, today, days),
    )


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
