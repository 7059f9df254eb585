"""How often each agency's head came to the meetings: present, represented or absent.

Read from the attendance lists of held meetings: the row of the agency itself (the invitation is
addressed to its head) or of the person who held the agency's head office on the meeting's day
(acting heads, Plt and Plh, included). "Excused" counts as absent; rows still marked "invited"
(no attendance recorded) do not count. A meeting counts once per agency, with the best outcome
among its rows. Only meetings whose details the reader may see are read.
"""

import datetime
from collections import defaultdict
from dataclasses import dataclass

from django.utils import timezone

from accountability.periods import Period
from meetings.access import Actor, meeting_details_q
from meetings.models import (
    Attendance,
    Meeting,
    MeetingStatus,
    Membership,
    OfficeRole,
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

    def add(self, verdict: str) -> None:
        setattr(self, verdict, getattr(self, verdict) + 1)


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


def head_attendance(
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
