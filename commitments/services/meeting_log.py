"""Logging a whole meeting: the meeting, its agenda, participants and follow-ups at once."""

from collections.abc import Sequence

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from commitments.services.commitment import CommitmentInput, commitment_create
from meetings.models import Meeting
from meetings.services import meeting_create, prefixed_errors


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
    agenda = list(meeting.agenda_items.order_by("order"))
    for index, spec in enumerate(commitments):
        with prefixed_errors(f"commitments[{index}]"):
            if spec.agenda_item is not None and not 0 <= spec.agenda_item < len(agenda):
                raise ValidationError({"agenda_item": _("There is no such agenda item.")})
            commitment_create(
                meeting=meeting,
                agenda_item=agenda[spec.agenda_item] if spec.agenda_item is not None else None,
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
    return meeting
