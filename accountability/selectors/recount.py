"""The scoreboard computed from scratch, as it was before its figures were kept.

Not used by the pages: tests/accountability/test_kept_figures.py checks that the kept figures
equal this computation, and bench/scoreboard.py measures the pages beside it. It reads the
timeline and the meeting dates row by row (time zones converted in Python), which over 100,000
meetings takes tens of seconds.
"""

import datetime
from collections import defaultdict

from django.db.models import QuerySet
from django.db.models.functions import ExtractQuarter, ExtractYear
from django.utils import timezone

from accountability.periods import Period, Quarter, quarter_of, quarters_between
from accountability.selectors.attendance import (
    RANK,
    VERDICTS,
    HeadAttendance,
)
from accountability.selectors.figures import (
    VERIFIED,
    Figures,
    counts,
    figures_from,
    median,
    with_timeline_facts,
)
from accountability.selectors.scoreboard import Row, Scoreboard, by_owner_kind, scoped_commitments
from meetings.access import Actor, meeting_details_q
from meetings.models import (
    Meeting,
    MeetingStatus,
    Membership,
    OfficeRole,
    Organization,
    OrganizationKind,
    Participant,
)


def _head_terms(agency_ids: set[int]) -> dict[tuple[int, int], list[tuple]]:
    terms = defaultdict(list)
    heads = Membership.objects.filter(role=OfficeRole.HEAD, organization_id__in=agency_ids)
    for agency_id, person_id, start, end in heads.values_list(
        "organization_id", "person_id", "start_date", "end_date"
    ):
        terms[(agency_id, person_id)].append((start, end))
    return terms


def _held_office(terms: list[tuple], day: datetime.date) -> bool:
    return any(
        (start is None or start <= day) and (end is None or end >= day) for start, end in terms
    )


def _joint_bodies(meeting_ids: set[int]) -> dict[int, set[int]]:
    joint = defaultdict(set)
    links = Meeting.other_bodies.through.objects.filter(meeting_id__in=meeting_ids)
    for meeting_id, body_id in links.values_list("meeting_id", "organization_id"):
        joint[meeting_id].add(body_id)
    return joint


def head_attendance_from_scratch(
    *,
    actor: Actor,
    period: Period,
    body: Organization | None = None,
    agency: Organization | None = None,
) -> tuple[dict[int, HeadAttendance], dict[int, HeadAttendance]]:
    """(by agency id, by body id); with a body, only that body's meetings (led or joint); with an
    agency, only that agency's head."""
    participants = Participant.objects.all()
    if agency is not None:
        participants = participants.filter(organization=agency)
    rows = list(
        participants.filter(
            meeting_details_q(actor, prefix="meeting__"),
            organization__kind=OrganizationKind.OPD,
            meeting__status=MeetingStatus.HELD,
            attendance__in=list(VERDICTS),
            **period.lookups("meeting__start"),
        ).values_list(
            "meeting_id",
            "organization_id",
            "person_id",
            "meeting__start",
            "meeting__lead_body_id",
            "attendance",
        )
    )
    terms = _head_terms({row[1] for row in rows})
    joint = _joint_bodies({row[0] for row in rows})
    best: dict[tuple[int, int], tuple[str, set[int]]] = {}
    for meeting_id, agency_id, person_id, start, lead_id, attendance in rows:
        day = timezone.localdate(start)
        if person_id is not None and not _held_office(terms[(agency_id, person_id)], day):
            continue
        verdict = VERDICTS[attendance]
        key = (meeting_id, agency_id)
        if key not in best or RANK[verdict] < RANK[best[key][0]]:
            best[key] = (verdict, {lead_id, *joint[meeting_id]})
    by_agency: dict[int, HeadAttendance] = defaultdict(HeadAttendance)
    by_body: dict[int, HeadAttendance] = defaultdict(HeadAttendance)
    for (_meeting_id, agency_id), (verdict, bodies) in best.items():
        if body is not None and body.pk not in bodies:
            continue
        by_agency[agency_id].add(verdict)
        for body_id in bodies if body is None else {body.pk}:
            by_body[body_id].add(verdict)
    return dict(by_agency), dict(by_body)


def grouped_figures(commitments: QuerySet, key: str, today: datetime.date) -> dict:
    rows = (
        with_timeline_facts(commitments)
        .values(key)
        .annotate(**counts(today, from_scratch=True))
        .order_by()
    )
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
        .annotate(**counts(today, from_scratch=True))
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


def scoreboard_from_scratch(
    *,
    actor: Actor,
    period: Period,
    body: Organization | None = None,
    agency: Organization | None = None,
    today: datetime.date | None = None,
) -> Scoreboard:
    today = today or timezone.localdate()
    commitments = scoped_commitments(
        actor=actor, period=period, body=body, agency=agency, kept=False
    )
    by_agency = grouped_figures(commitments, "owner_id", today)
    by_body = grouped_figures(commitments, "answers_to_id", today)
    days = verification_days(commitments)
    attendance_by_agency, attendance_by_body = head_attendance_from_scratch(
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
    board = Scoreboard(
        period=period,
        today=today,
        totals=totals,
        agencies=_rows(by_agency, attendance_by_agency, agency_days, names),
        bodies=_rows(by_body, attendance_by_body, body_days, names),
        quarters=_quarterly(commitments, period, today, days),
    )
    return by_owner_kind(board)
