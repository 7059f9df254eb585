"""What the secretariat records during and after a meeting: attendance, outcomes, documents,
the minutes' draft state."""

from collections.abc import Sequence
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils.translation import gettext as _

from meetings.errors import IllegalTransition
from meetings.models import (
    AgendaItem,
    Attendance,
    Document,
    Meeting,
    MeetingStatus,
    MinutesState,
    Outcome,
    Person,
)
from meetings.services.inputs import ParticipantInput
from meetings.services.meeting import add_participants
from meetings.services.uploads import check_upload
from meetings.services.validation import prefixed_errors, validated


@dataclass(frozen=True, kw_only=True)
class AttendanceInput:
    participant_id: int
    attendance: str
    represented_by: Person | None = None
    representative_title: str = ""
    assignment_letter: str = ""
    reason: str = ""


@transaction.atomic
def meeting_record_attendance(
    *,
    meeting: Meeting,
    entries: Sequence[AttendanceInput],
    walk_ins: Sequence[ParticipantInput] = (),
) -> None:
    """Mark each invited participant present, represented (by whom, with which letter), absent or
    excused, and add those who came without being on the list (walk-ins, present); one bad row
    leaves every row as it was."""
    participants = {p.pk: p for p in meeting.participants.select_for_update()}
    for index, entry in enumerate(entries):
        with prefixed_errors(f"attendance[{index}]"):
            participant = participants.get(entry.participant_id)
            if participant is None:
                raise ValidationError({"participant": _("This person is not on the list.")})
            represented = entry.attendance == Attendance.REPRESENTED
            participant.attendance = entry.attendance
            participant.represented_by = entry.represented_by if represented else None
            participant.representative_title = (
                entry.representative_title.strip() if represented else ""
            )
            participant.assignment_letter = entry.assignment_letter.strip() if represented else ""
            participant.reason = (
                entry.reason.strip()
                if entry.attendance in (Attendance.ABSENT, Attendance.EXCUSED)
                else ""
            )
            if represented and participant.represented_by is None:
                raise ValidationError({"represented_by": _("Say who represented them.")})
            validated(participant).save()
    add_participants(meeting, walk_ins, group="walk_ins")


@transaction.atomic
def outcome_add(*, agenda_item: AgendaItem, kind: str, text: str) -> Outcome:
    """A conclusion, decision or recommendation under one agenda item."""
    if not text.strip():
        raise ValidationError({"text": _("Write the outcome.")})
    last = agenda_item.outcomes.order_by("-order").values_list("order", flat=True).first() or 0
    outcome = validated(
        Outcome(
            meeting_id=agenda_item.meeting_id,
            agenda_item=agenda_item,
            kind=kind,
            text=text.strip(),
            order=last + 1,
        )
    )
    outcome.save()
    return outcome


@transaction.atomic
def document_add(
    *,
    meeting: Meeting,
    title: str,
    kind: str,
    file: UploadedFile | None = None,
    url: str = "",
    is_public: bool = False,
    agenda_item: AgendaItem | None = None,
) -> Document:
    """Attach a file (checked for size and real type) or a link to a meeting."""
    if file is not None:
        check_upload(file, field="file")
    document = validated(
        Document(
            meeting=meeting,
            agenda_item=agenda_item,
            kind=kind,
            title=title.strip(),
            url=url,
            is_public=is_public,
        ),
        exclude=["file"] if file is not None else None,
    )
    if file is not None:
        document.file.save(file.name, file, save=False)
    document.save()
    return document


@transaction.atomic
def meeting_draft_minutes(*, meeting: Meeting) -> Meeting:
    """The minutes exist as a draft (the secretariat approves them later)."""
    meeting = Meeting.objects.select_for_update().get(pk=meeting.pk)
    if meeting.status != MeetingStatus.HELD:
        raise IllegalTransition(
            {"minutes_state": _("Minutes are written only for a meeting that was held.")}
        )
    if meeting.minutes_state != MinutesState.NONE:
        raise IllegalTransition({"minutes_state": _("The minutes already exist.")})
    meeting.minutes_state = MinutesState.DRAFT
    meeting.save()
    return meeting
