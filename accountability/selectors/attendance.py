"""How often each agency's head came to the meetings: present, represented or absent.

Read from the attendance lists of held meetings: the row of the agency itself (the invitation is
addressed to its head) or of the person who held the agency's head office on the meeting's day
(acting heads, Plt and Plh, included). "Excused" counts as absent; rows still marked "invited"
(no attendance recorded) do not count. A meeting counts once per agency, with the best outcome
among its rows. Only meetings whose details the reader may see are read.
"""

from collections import defaultdict
from dataclasses import dataclass

from django.core.exceptions import EmptyResultSet
from django.db import connection
from django.db.models import Case, Exists, Max, Min, OuterRef, Q, QuerySet, Value, When

from accountability.periods import Period
from core.localdate import LocalDate
from meetings.access import Actor, meeting_details_q
from meetings.models import (
    Attendance,
    Meeting,
    MeetingStatus,
    Membership,
    OfficeRole,
    Openness,
    Organization,
    OrganizationKind,
    Participant,
)

VERDICTS = {
    Attendance.PRESENT: "present",
    Attendance.REPRESENTED: "represented",
    Attendance.ABSENT: "absent",
    Attendance.EXCUSED: "absent",
}
RANK = {"present": 0, "represented": 1, "absent": 2}


@dataclass
class HeadAttendance:
    present: int = 0
    represented: int = 0
    absent: int = 0

    @property
    def total(self) -> int:
        return self.present + self.represented + self.absent

    def add(self, verdict: str, count: int = 1) -> None:
        setattr(self, verdict, getattr(self, verdict) + count)


RANKED = Case(
    When(attendance=Attendance.PRESENT, then=Value(0)),
    When(attendance=Attendance.REPRESENTED, then=Value(1)),
    default=Value(2),
)
VERDICT_OF_RANK = {rank: verdict for verdict, rank in RANK.items()}
OPEN = Case(When(meeting__openness=Openness.OPEN, then=Value(1)), default=Value(0))


def _best_per_meeting(
    actor: Actor, period: Period, agency: Organization | None, only: Q | None = None
) -> QuerySet:
    """One row per (meeting, agency): the best rank among the rows that count, the meeting's
    lead body and whether it is open. The head's term is checked on the meeting's local date,
    in the database. `only` narrows the rows further (it may use `held_on`)."""
    held_on = LocalDate("meeting__start")
    participants = Participant.objects.all()
    if agency is not None:
        participants = participants.filter(organization=agency)
    held_office = Membership.objects.filter(
        Q(start_date__isnull=True) | Q(start_date__lte=LocalDate(OuterRef("meeting__start"))),
        Q(end_date__isnull=True) | Q(end_date__gte=LocalDate(OuterRef("meeting__start"))),
        role=OfficeRole.HEAD,
        organization_id=OuterRef("organization_id"),
        person_id=OuterRef("person_id"),
    )
    bounds = {}
    if period.start:
        bounds["held_on__gte"] = period.start
    if period.end:
        bounds["held_on__lte"] = period.end
    best = (
        participants.filter(
            meeting_details_q(actor, prefix="meeting__"),
            organization__kind=OrganizationKind.OPD,
            meeting__status=MeetingStatus.HELD,
            attendance__in=list(VERDICTS),
        )
        .filter(Q(person_id__isnull=True) | Exists(held_office))
        .alias(held_on=held_on)
        .filter(**bounds)
    )
    if only is not None:
        best = best.filter(only)
    return (
        best.values("meeting_id", "organization_id")
        .annotate(rank=Min(RANKED), lead=Max("meeting__lead_body_id"), open=Max(OPEN))
        .order_by()
    )


def _grouped(sql: str, params) -> list[tuple]:
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def attendance_groups(
    *,
    actor: Actor,
    period: Period,
    agency: Organization | None = None,
    only: Q | None = None,
) -> list[tuple]:
    """(agency, joint body or None, lead body, rank, open, meetings) in one statement: grouped
    by lead body, then by joint body (joint is None in the first half)."""
    try:
        inner, params = _best_per_meeting(actor, period, agency, only).query.sql_with_params()
    except EmptyResultSet:
        return []
    through = Meeting.other_bodies.through._meta.db_table
    # The best rows computed once (MATERIALIZED: SQLite 3.35+, PostgreSQL 12+).
    return _grouped(
        f"WITH best AS MATERIALIZED ({inner})"
        " SELECT organization_id, NULL, lead, rank, open, COUNT(*) FROM best"
        " GROUP BY organization_id, lead, rank, open"
        " UNION ALL"
        " SELECT best.organization_id, joint.organization_id, best.lead, best.rank, best.open,"
        " COUNT(*)"
        f" FROM best JOIN {through} joint ON joint.meeting_id = best.meeting_id"
        " GROUP BY best.organization_id, joint.organization_id, best.lead, best.rank, best.open",
        params,
    )


def fold_attendance(
    groups, body: Organization | None = None
) -> tuple[dict[int, HeadAttendance], dict[int, HeadAttendance]]:
    """(by agency id, by body id) from attendance_groups rows (or kept rows of the same shape):
    with a body, only that body's meetings (led or joint)."""
    by_agency: dict[int, HeadAttendance] = defaultdict(HeadAttendance)
    by_body: dict[int, HeadAttendance] = defaultdict(HeadAttendance)
    for agency_id, joint_id, lead_id, rank, _open, count in groups:
        verdict = VERDICT_OF_RANK[rank]
        if joint_id is None:
            if body is not None and lead_id != body.pk:
                continue
            by_agency[agency_id].add(verdict, count)
            by_body[lead_id].add(verdict, count)
            continue
        if joint_id == lead_id or (body is not None and joint_id != body.pk):
            continue
        if body is not None:
            by_agency[agency_id].add(verdict, count)
        by_body[joint_id].add(verdict, count)
    return dict(by_agency), dict(by_body)


def head_attendance(
    *,
    actor: Actor,
    period: Period,
    body: Organization | None = None,
    agency: Organization | None = None,
    only: Q | None = None,
) -> tuple[dict[int, HeadAttendance], dict[int, HeadAttendance]]:
    """(by agency id, by body id); with a body, only that body's meetings (led or joint); with an
    agency, only that agency's head. One query."""
    groups = attendance_groups(actor=actor, period=period, agency=agency, only=only)
    return fold_attendance(groups, body)
