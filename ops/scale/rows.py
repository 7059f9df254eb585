"""Rows of one chunk of planned meetings: the meetings, their invitations, agenda items and
participants, then the follow-ups made in them with their timelines. Foreign keys are set by
id so no related object is loaded."""

import datetime
import random

from django.utils import timezone

from commitments.models import (
    Commitment,
    CommitmentStatus,
    CommitmentUpdate,
    UpdateKind,
    Verification,
)
from meetings.models import (
    AgendaItem,
    Attendance,
    LegislationRole,
    Meeting,
    MeetingStatus,
    MinutesState,
    Participant,
    ParticipantRole,
)
from ops.scale.directory import Directory
from ops.scale.plan import MeetingPlan
from ops.scale.sql import db_date, db_datetime, rows_insert

TOPICS = [
    "APBD",
    "RPJMD",
    "pelayanan publik",
    "infrastruktur jalan",
    "kesehatan",
    "pendidikan",
    "SPBE",
    "pajak daerah",
    "air bersih",
    "penanggulangan bencana",
    "UMKM",
    "pariwisata",
]
BATCH = 2000


def _minutes(plan: MeetingPlan, today: datetime.date) -> str:
    if plan.status != MeetingStatus.HELD:
        return MinutesState.NONE
    old = (today - plan.start.date()).days > 14
    return MinutesState.APPROVED if old else MinutesState.DRAFT


def meetings_insert(plans: list[MeetingPlan], today: datetime.date, rng) -> list[Meeting]:
    rows = []
    for plan in plans:
        topic = rng.choice(TOPICS)
        rows.append(
            Meeting(
                title=f"{plan.kind.replace('_', ' ').title()} tentang {topic}",
                kind=plan.kind,
                lead_body_id=plan.lead_body_id,
                venue_id=plan.venue_id,
                start=plan.start,
                end=plan.start + datetime.timedelta(hours=rng.choice((1, 2, 3))),
                status=plan.status,
                status_reason="Pimpinan rapat berhalangan"
                if plan.status in (MeetingStatus.CANCELLED, MeetingStatus.POSTPONED)
                else "",
                openness=plan.openness,
                summary=f"Pembahasan {topic} bersama mitra kerja.",
                minutes_state=_minutes(plan, today),
            )
        )
    # The database hands back the ids (RETURNING) for the child rows below.
    return Meeting.objects.bulk_create(rows, batch_size=BATCH)


def children_insert(plans, meetings, directory: Directory, rng: random.Random) -> dict[int, list]:
    invited, agenda, participants = [], [], []
    Invited = Meeting.invited_organizations.through
    for plan, meeting in zip(plans, meetings, strict=True):
        invited += [(meeting.pk, organization_id) for organization_id in plan.invited]
        for order in range(1, rng.randint(1, 4) + 1):
            law = rng.choice(directory.legislation_ids) if rng.random() < 0.15 else None
            agenda.append(
                AgendaItem(
                    meeting_id=meeting.pk,
                    order=order,
                    number=str(order),
                    title=f"Mata acara {order}: {rng.choice(TOPICS)}",
                    legislation_id=law,
                    legislation_role=LegislationRole.DISCUSSION if law else "",
                    is_public=rng.random() >= 0.1,
                )
            )
        participants += _participants(plan, meeting.pk, directory, rng)
    rows_insert(Invited, ["meeting", "organization"], invited)
    AgendaItem.objects.bulk_create(agenda, batch_size=BATCH)
    rows_insert(Participant, PARTICIPANT_COLUMNS, participants)
    agenda_of: dict[int, list] = {}
    for item in agenda:
        agenda_of.setdefault(item.meeting_id, []).append(item.pk)
    return agenda_of


PARTICIPANT_COLUMNS = [
    "meeting",
    "person",
    "organization",
    "role",
    "attendance",
    "represented_by",
    "representative_title",
    "assignment_letter",
    "reason",
]


def _participants(plan: MeetingPlan, meeting_id: int, directory: Directory, rng) -> list:
    held = plan.status == MeetingStatus.HELD
    expected = Attendance.PRESENT if held else Attendance.INVITED
    chair = directory.people_of[plan.lead_body_id][0]
    rows = [(meeting_id, chair, None, ParticipantRole.CHAIR, expected, None, "", "", "")]
    for agency_id in plan.invited:
        head, *others = directory.people_of[agency_id]
        attendance, deputy, title, letter, reason = expected, None, "", "", ""
        if held:
            roll = rng.random()
            if roll < 0.2 and others:
                attendance, deputy, letter = Attendance.REPRESENTED, others[0], "ST/001/2025"
                title = "Sekretaris"
            elif roll < 0.3:
                attendance, reason = Attendance.ABSENT, "Tugas luar daerah"
        role = ParticipantRole.SPEAKER
        rows.append((meeting_id, head, agency_id, role, attendance, deputy, title, letter, reason))
        # The agency itself is on the attendance list too (daftar hadir by institution).
        rows.append(
            (meeting_id, None, agency_id, ParticipantRole.GUEST, expected, None, "", "", "")
        )
    return rows


def commitments_insert(plans, meetings, agenda_of, directory, today, rng) -> int:
    rows = []
    for plan, meeting in zip(plans, meetings, strict=True):
        for _ in range(plan.commitments):
            owner = rng.choice(plan.invited)
            due = plan.start.date() + datetime.timedelta(days=rng.randint(14, 180))
            rows.append(_commitment(meeting, owner, due, agenda_of, directory, today, rng))
    Commitment.objects.bulk_create(rows, batch_size=BATCH)
    now = db_datetime(timezone.now())
    updates = [entry for row in rows for entry in _timeline(row, today, now, rng)]
    rows_insert(CommitmentUpdate, UPDATE_COLUMNS, updates)
    return len(rows)


def _commitment(meeting, owner, due, agenda_of, directory, today, rng) -> Commitment:
    overdue_for = (today - due).days
    weights = [1, 2, 6, 1] if overdue_for > 60 else [4, 4, 2, 0]
    status = rng.choices(list(CommitmentStatus), weights)[0]
    progress = {CommitmentStatus.DONE: 100, CommitmentStatus.NOT_STARTED: 0}.get(
        status, rng.randint(10, 90)
    )
    done = status == CommitmentStatus.DONE
    items = agenda_of.get(meeting.pk, [])
    return Commitment(
        meeting_id=meeting.pk,
        agenda_item_id=rng.choice(items) if items and rng.random() < 0.5 else None,
        text=f"Menindaklanjuti {rng.choice(TOPICS)} sesuai rekomendasi rapat",
        owner_id=owner,
        person_in_charge_id=rng.choice(directory.people_of[owner]),
        answers_to_id=meeting.lead_body_id,
        due_date=due,
        status=status,
        status_reason="Anggaran tidak tersedia"
        if status == CommitmentStatus.CANNOT_FOLLOW_UP
        else "",
        progress=progress,
        verification=Verification.VERIFIED if done else "",
        verified_at=datetime.datetime.combine(due, datetime.time(3), datetime.UTC)
        if done
        else None,
        is_public=meeting.openness == "open",
    )


UPDATE_COLUMNS = [
    "commitment",
    "kind",
    "date",
    "text",
    "progress",
    "evidence_file",
    "evidence_url",
    "author",
    "created_at",
]


def _timeline(commitment: Commitment, today: datetime.date, now, rng) -> list[tuple]:
    """The timeline as rows of UPDATE_COLUMNS: recorded, progress reports, then the close."""
    made = min(commitment.due_date - datetime.timedelta(days=14), today)
    steps = [(UpdateKind.CREATED, made, "", None)]
    if commitment.status != CommitmentStatus.NOT_STARTED:
        for step in range(rng.randint(1, 2)):
            day = min(made + datetime.timedelta(days=7 * (step + 1)), today)
            progress = min(commitment.progress, 30 * (step + 1))
            steps.append((UpdateKind.PROGRESS, day, "Rapat koordinasi internal.", progress))
    last = min(commitment.due_date, today)
    if commitment.status == CommitmentStatus.DONE:
        steps.append((UpdateKind.SUBMITTED, last, "Selesai.", 100))
        steps.append((UpdateKind.VERIFIED, last, "", None))
    elif commitment.status == CommitmentStatus.CANNOT_FOLLOW_UP:
        steps.append((UpdateKind.CLOSED, last, commitment.status_reason, None))
    return [
        (commitment.pk, kind, db_date(day), text, progress, "", "", None, now)
        for kind, day, text, progress in steps
    ]
