"""Writes to commitments. Every step also writes a timeline entry with its author."""

import datetime
from dataclasses import dataclass

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from commitments.models import (
    CLOSED_STATUSES,
    OVERSEER_KINDS,
    OWNER_KINDS,
    Commitment,
    CommitmentKind,
    CommitmentStatus,
    CommitmentUpdate,
    UpdateKind,
)
from commitments.oversight import default_overseer
from meetings.errors import IllegalTransition
from meetings.formatting import format_short_date
from meetings.models import AgendaItem, Meeting, OfficeRole, Organization, Person
from meetings.services.uploads import check_upload
from meetings.services.validation import validated


@dataclass(frozen=True, kw_only=True)
class CommitmentInput:
    """A commitment written together with its meeting; `agenda_item` is a 0-based position."""

    text: str
    owner: Organization
    # Set when revising a saved follow-up; None adds a new one.
    id: int | None = None
    kind: str = CommitmentKind.COMMITMENT
    agenda_item: int | None = None
    answers_to: Organization | None = None
    owner_role: str = OfficeRole.HEAD
    person_in_charge: Person | None = None
    due_date: datetime.date | None = None
    source_quote: str = ""
    is_public: bool = True


def commitment_link_errors(
    *,
    meeting: Meeting,
    owner: Organization,
    answers_to: Organization | None,
    agenda_item: AgendaItem | None,
    due_date: datetime.date | None,
) -> dict[str, str]:
    """What is wrong with how a follow-up ties to its meeting and organizations, by field.

    Shared by the service and the admin form so both refuse the same things the same way.
    """
    errors = {}
    if owner.kind not in OWNER_KINDS:
        errors["owner"] = _(
            "A follow-up is owed by a government agency (OPD), the DPRD or one of its bodies, "
            "or an outside party recorded in the directory, not by %(org)s."
        ) % {"org": owner}
    if answers_to is None:
        errors["answers_to"] = _(
            "Choose the body this follow-up answers to: the DPRD leadership (Pimpinan) or "
            "another body, not its own owner."
        )
    elif answers_to.kind not in OVERSEER_KINDS:
        errors["answers_to"] = _("A follow-up answers to the DPRD or one of its bodies.")
    elif answers_to.pk == owner.pk:
        errors["answers_to"] = _(
            "A follow-up cannot answer to its own owner: choose the DPRD leadership "
            "(Pimpinan) or another body to oversee it."
        )
    if agenda_item is not None and agenda_item.meeting_id != meeting.pk:
        errors["agenda_item"] = _("The agenda item belongs to another meeting.")
    if due_date is not None and due_date < meeting.local_start.date():
        errors["due_date"] = _("The due date cannot be before the meeting (%(date)s).") % {
            "date": format_short_date(meeting.local_start.date())
        }
    return errors


@transaction.atomic
def commitment_create(
    *,
    meeting: Meeting,
    owner: Organization,
    text: str,
    kind: str = CommitmentKind.COMMITMENT,
    agenda_item: AgendaItem | None = None,
    answers_to: Organization | None = None,
    owner_role: str = OfficeRole.HEAD,
    person_in_charge: Person | None = None,
    due_date: datetime.date | None = None,
    source_quote: str = "",
    is_public: bool = True,
    author: AbstractBaseUser | None = None,
) -> Commitment:
    """Record a follow-up made in a meeting; who oversees it by default is
    commitments.oversight's rule (the lead body, or the Pimpinan for a body's own promise)."""
    answers_to = answers_to or default_overseer(meeting=meeting, owner=owner)
    errors = commitment_link_errors(
        meeting=meeting,
        owner=owner,
        answers_to=answers_to,
        agenda_item=agenda_item,
        due_date=due_date,
    )
    if errors:
        raise ValidationError(errors)
    commitment = validated(
        Commitment(
            meeting=meeting,
            agenda_item=agenda_item,
            kind=kind,
            text=text,
            source_quote=source_quote,
            owner=owner,
            owner_role=owner_role,
            person_in_charge=person_in_charge,
            answers_to=answers_to,
            due_date=due_date,
            is_public=is_public,
        )
    )
    commitment.save()
    CommitmentUpdate.objects.create(
        commitment=commitment,
        kind=UpdateKind.CREATED,
        date=meeting.local_start.date(),
        text=text,
        progress=0,
        author=author,
    )
    return commitment


@transaction.atomic
def commitment_report_progress(
    *,
    commitment: Commitment,
    author: AbstractBaseUser | None,
    text: str,
    progress: int,
    evidence_file: UploadedFile | None = None,
    evidence_url: str = "",
    date: datetime.date | None = None,
) -> CommitmentUpdate:
    """The owning agency reports what it has done so far; the follow-up is then in progress."""
    commitment = Commitment.objects.select_for_update().get(pk=commitment.pk)
    if commitment.status in CLOSED_STATUSES:
        raise IllegalTransition(
            {
                "status": _("This follow-up is already %(status)s; progress can no longer change.")
                % {"status": commitment.get_status_display()}
            }
        )
    if not text.strip():
        raise ValidationError({"text": _("Describe the progress.")})
    date = date or timezone.localdate()
    if date > timezone.localdate():
        raise ValidationError({"date": _("Progress cannot be reported for a future date.")})
    update = validated(
        CommitmentUpdate(
            commitment=commitment,
            kind=UpdateKind.PROGRESS,
            date=date,
            text=text.strip(),
            progress=progress,
            evidence_url=evidence_url,
            author=author,
        ),
        exclude=["evidence_file"],
    )
    if evidence_file is not None:
        check_upload(evidence_file, field="evidence_file")
        update.evidence_file.save(evidence_file.name, evidence_file, save=False)
    update.save()
    commitment.progress = progress
    commitment.status = CommitmentStatus.IN_PROGRESS
    validated(commitment)
    commitment.save(update_fields=["progress", "status", "updated_at"])
    return update


# What the secretariat may correct on a recorded follow-up; its status moves only by the steps.
EDITABLE_FIELDS = frozenset(
    {"text", "source_quote", "kind", "owner_role", "person_in_charge", "due_date", "is_public"}
)
# Completing a meeting on its page may also correct the owner (before any report) and the
# agenda item; the admin keeps to EDITABLE_FIELDS.
REVISABLE_FIELDS = EDITABLE_FIELDS | {"owner", "agenda_item"}


@transaction.atomic
def commitment_update(*, commitment: Commitment, **changes) -> Commitment:
    unknown = set(changes) - REVISABLE_FIELDS
    if unknown:
        raise ValidationError(
            {name: _("This field changes only through the follow-up's steps.") for name in unknown}
        )
    commitment = Commitment.objects.select_for_update().get(pk=commitment.pk)
    if (
        "owner" in changes
        and changes["owner"].pk != commitment.owner_id
        and commitment.updates.exclude(kind=UpdateKind.CREATED).exists()
    ):
        raise IllegalTransition(
            {"owner": _("This follow-up already has reports from its owner; it keeps its owner.")}
        )
    if "owner" in changes:
        changes |= _overseer_follows_owner(commitment, changes["owner"])
    for name, value in changes.items():
        setattr(commitment, name, value)
    errors = commitment_link_errors(
        meeting=commitment.meeting,
        owner=commitment.owner,
        answers_to=commitment.answers_to,
        agenda_item=commitment.agenda_item,
        due_date=commitment.due_date,
    )
    if errors:
        raise ValidationError(errors)
    validated(commitment)
    commitment.save(update_fields=[*changes, "updated_at"])
    return commitment


def _overseer_follows_owner(commitment: Commitment, owner: Organization) -> dict:
    """A corrected owner brings its default overseer along when the follow-up still had the
    old owner's default (an agency's row turned into the Komisi's own promise then answers to
    the Pimpinan, not to the Komisi itself); a chosen overseer stays."""
    meeting = commitment.meeting
    old_default = default_overseer(meeting=meeting, owner=commitment.owner)
    if old_default is None or commitment.answers_to_id != old_default.pk:
        return {}
    new_default = default_overseer(meeting=meeting, owner=owner)
    return {"answers_to": new_default} if new_default is not None else {}


@transaction.atomic
def commitment_delete(*, commitment: Commitment) -> None:
    """Only a follow-up recorded by mistake, before anyone reported on it, may be deleted."""
    if commitment.updates.exclude(kind=UpdateKind.CREATED).exists():
        raise IllegalTransition(
            {"status": _("This follow-up already has reports; close it instead of deleting it.")}
        )
    commitment.delete()
