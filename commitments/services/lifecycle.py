"""The later steps of a follow-up: submitted as done, verified or sent back, or closed.

Each step checks that it is legal from the current status and writes one timeline entry.
"""

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from commitments.models import (
    CLOSED_STATUSES,
    Commitment,
    CommitmentStatus,
    CommitmentUpdate,
    UpdateKind,
    Verification,
)
from meetings.errors import IllegalTransition
from meetings.services.validation import validated


def _locked(commitment: Commitment) -> Commitment:
    return Commitment.objects.select_for_update().get(pk=commitment.pk)


def _refuse(message: str) -> None:
    raise IllegalTransition({"status": message})


def _record(commitment: Commitment, *, kind: str, author, text: str, progress=None) -> None:
    CommitmentUpdate.objects.create(
        commitment=commitment, kind=kind, text=text, progress=progress, author=author
    )


@transaction.atomic
def commitment_submit(
    *, commitment: Commitment, author: AbstractBaseUser | None, text: str = ""
) -> Commitment:
    """The agency says it is done; the body it answers to is then asked to verify."""
    commitment = _locked(commitment)
    if commitment.status in CLOSED_STATUSES:
        _refuse(
            _("This follow-up is already %(status)s.") % {"status": commitment.get_status_display()}
        )
    commitment.status = CommitmentStatus.DONE
    commitment.progress = 100
    commitment.verification = Verification.PENDING
    commitment.verified_at = None
    commitment.verified_by = None
    validated(commitment)
    commitment.save()
    _record(commitment, kind=UpdateKind.SUBMITTED, author=author, text=text, progress=100)
    return commitment


@transaction.atomic
def commitment_verify(
    *, commitment: Commitment, author: AbstractBaseUser | None, accept: bool, reason: str = ""
) -> Commitment:
    """The body accepts the reported completion, or sends it back with a reason."""
    commitment = _locked(commitment)
    if commitment.verification != Verification.PENDING:
        _refuse(_("Only a follow-up submitted as done can be verified or sent back."))
    if not accept and not reason.strip():
        raise ValidationError({"reason": _("Say why the follow-up is sent back.")})
    commitment.verification = Verification.VERIFIED if accept else Verification.SENT_BACK
    commitment.verified_by = author
    commitment.verified_at = timezone.now()
    if not accept:
        commitment.status = CommitmentStatus.IN_PROGRESS
        commitment.progress = min(commitment.progress, 99)
    validated(commitment)
    commitment.save()
    _record(
        commitment,
        kind=UpdateKind.VERIFIED if accept else UpdateKind.SENT_BACK,
        author=author,
        text=reason.strip(),
    )
    return commitment


@transaction.atomic
def commitment_close(
    *, commitment: Commitment, author: AbstractBaseUser | None, reason: str
) -> Commitment:
    """Close as "tidak dapat ditindaklanjuti": the audit-office status, always with a reason."""
    commitment = _locked(commitment)
    if commitment.status in CLOSED_STATUSES:
        _refuse(
            _("This follow-up is already %(status)s.") % {"status": commitment.get_status_display()}
        )
    if not reason.strip():
        raise ValidationError({"reason": _("Say why it cannot be followed up.")})
    commitment.status = CommitmentStatus.CANNOT_FOLLOW_UP
    commitment.status_reason = reason.strip()
    commitment.verification = Verification.NONE
    validated(commitment)
    commitment.save()
    _record(commitment, kind=UpdateKind.CLOSED, author=author, text=commitment.status_reason)
    return commitment
