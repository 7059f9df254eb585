"""Logging a whole meeting, and completing it later: the meeting, its agenda, participants and
follow-ups at once."""

from collections.abc import Sequence

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from commitments.models import Commitment
from commitments.services.commitment import (
    CommitmentInput,
    commitment_create,
    commitment_delete,
    commitment_update,
)
from meetings.models import AgendaItem, Meeting
from meetings.services import meeting_create, meeting_revise, prefixed_errors


@transaction.atomic
def meeting_create_with_commitments(
    *,
    commitments: Sequence[CommitmentInput] = (),
    author: AbstractBaseUser | None = None,
    **meeting_fields,
) -> Meeting:
    """`meeting_create` plus the follow-ups made in it; any bad part leaves nothing saved.

    It lives here, not in `meetings`, because meetings never depend on commitments.
    """
    meeting = meeting_create(**meeting_fields)
    _write_commitments(meeting, commitments, author)
    return meeting


@transaction.atomic
def meeting_revise_with_commitments(
    *,
    meeting: Meeting,
    commitments: Sequence[CommitmentInput] = (),
    remove_commitments: Sequence[int] = (),
    author: AbstractBaseUser | None = None,
    **revision,
) -> Meeting:
    """`meeting_revise` plus its follow-ups: changed, added or removed (removal only before
    anyone reported on a follow-up); any bad part leaves everything as it was."""
    meeting = meeting_revise(meeting=meeting, **revision)
    for index, pk in enumerate(remove_commitments):
        commitment = Commitment.objects.filter(meeting=meeting, pk=pk).first()
        if commitment is not None:
            with prefixed_errors(f"remove_commitments[{index}]"):
                commitment_delete(commitment=commitment)
    _write_commitments(meeting, commitments, author)
    return meeting


def _write_commitments(meeting, commitments: Sequence[CommitmentInput], author) -> None:
    agenda = list(AgendaItem.objects.filter(meeting=meeting).order_by("order"))
    saved = Commitment.objects.filter(meeting=meeting).in_bulk(
        [spec.id for spec in commitments if spec.id]
    )
    for index, spec in enumerate(commitments):
        with prefixed_errors(f"commitments[{index}]"):
            if spec.agenda_item is not None and not 0 <= spec.agenda_item < len(agenda):
                raise ValidationError({"agenda_item": _("There is no such agenda item.")})
            agenda_item = agenda[spec.agenda_item] if spec.agenda_item is not None else None
            if spec.id:
                if spec.id not in saved:
                    raise ValidationError({"text": _("This row belongs to another meeting.")})
                commitment = saved[spec.id]
                wanted = {
                    "text": spec.text,
                    "kind": spec.kind,
                    "owner": spec.owner,
                    "person_in_charge": spec.person_in_charge,
                    "due_date": spec.due_date,
                    "agenda_item": agenda_item,
                }
                changes = {k: v for k, v in wanted.items() if getattr(commitment, k) != v}
                if changes:
                    commitment_update(commitment=commitment, **changes)
                continue
            commitment_create(
                meeting=meeting,
                agenda_item=agenda_item,
                owner=spec.owner,
                text=spec.text,
                kind=spec.kind,
                answers_to=spec.answers_to,
                owner_role=spec.owner_role,
                person_in_charge=spec.person_in_charge,
                due_date=spec.due_date,
                source_quote=spec.source_quote,
                is_public=spec.is_public,
                author=author,
            )
