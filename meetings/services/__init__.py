from meetings.services.directory import (
    directory_person_typed,
    directory_record_delete,
    directory_record_save,
    directory_venue_typed,
)
from meetings.services.inputs import AgendaItemInput, OutcomeInput, ParticipantInput
from meetings.services.invitation import (
    invitation_answer,
    invitation_issue,
    invitation_mark_resent,
)
from meetings.services.meeting import (
    meeting_cancel,
    meeting_create,
    meeting_reschedule,
    meeting_update,
)
from meetings.services.proceedings import (
    AttendanceInput,
    document_add,
    meeting_draft_minutes,
    meeting_record_attendance,
    outcome_add,
)
from meetings.services.revision import meeting_revise
from meetings.services.state import meeting_approve_minutes, meeting_delete, meeting_mark_held
from meetings.services.validation import prefixed_errors

__all__ = [
    "directory_person_typed",
    "directory_record_delete",
    "directory_record_save",
    "directory_venue_typed",
    "AgendaItemInput",
    "AttendanceInput",
    "document_add",
    "invitation_answer",
    "invitation_issue",
    "invitation_mark_resent",
    "meeting_draft_minutes",
    "meeting_record_attendance",
    "outcome_add",
    "OutcomeInput",
    "ParticipantInput",
    "meeting_approve_minutes",
    "meeting_cancel",
    "meeting_create",
    "meeting_delete",
    "meeting_mark_held",
    "meeting_reschedule",
    "meeting_revise",
    "meeting_update",
    "prefixed_errors",
]
