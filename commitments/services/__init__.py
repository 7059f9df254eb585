from commitments.services.commitment import (
    CommitmentInput,
    commitment_create,
    commitment_delete,
    commitment_link_errors,
    commitment_report_progress,
    commitment_update,
)
from commitments.services.lifecycle import commitment_close, commitment_submit, commitment_verify
from commitments.services.meeting_log import (
    meeting_create_with_commitments,
    meeting_revise_with_commitments,
)

__all__ = [
    "CommitmentInput",
    "commitment_close",
    "commitment_create",
    "commitment_delete",
    "commitment_link_errors",
    "commitment_report_progress",
    "commitment_submit",
    "commitment_update",
    "commitment_verify",
    "meeting_create_with_commitments",
    "meeting_revise_with_commitments",
]
