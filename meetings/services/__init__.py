from meetings.services.inputs import AgendaItemInput, OutcomeInput, ParticipantInput
from meetings.services.meeting import (
    meeting_cancel,
    meeting_create,
    meeting_reschedule,
    meeting_update,
)
from meetings.services.validation import prefixed_errors

__all__ = [
    "AgendaItemInput",
    "OutcomeInput",
    "ParticipantInput",
    "meeting_cancel",
    "meeting_create",
    "meeting_reschedule",
    "meeting_update",
    "prefixed_errors",
]
