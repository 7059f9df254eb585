"""The invitation letter of a scheduled meeting, and the invited agencies' answers to it."""

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from meetings.models import (
    Answer,
    Invitation,
    InvitationReply,
    Meeting,
    MeetingStatus,
    Organization,
    Person,
)
from meetings.selectors_invitation import office_of
from meetings.services.validation import validated


def _require_ahead(meeting: Meeting, now: datetime.datetime, *, field: str) -> None:
    if meeting.status != MeetingStatus.SCHEDULED:
        raise ValidationError(
            {
                field: _("The meeting is %(status)s; only a scheduled meeting takes invitations.")
                % {"status": meeting.get_status_display()}
            }
        )
    if meeting.start <= now:
        raise ValidationError({field: _("The meeting has already started.")})


@transaction.atomic
def invitation_issue(
    *,
    meeting: Meeting,
    letter_number: str,
    letter_date: datetime.date,
    signer_office: str,
    signer_name: str = "",
    signer_nip: str = "",
    nature: str = "Penting",
    attachments: str = "-",
    issued_by=None,
    now: datetime.datetime | None = None,
) -> Invitation:
    """Write (or correct) the meeting's invitation letter. Sending it is the outbox's job."""
    now = now or timezone.now()
    meeting = Meeting.objects.select_for_update().get(pk=meeting.pk)
    _require_ahead(meeting, now, field="meeting")
    if not meeting.invited_organizations.exists():
        raise ValidationError(
            {"invited_organizations": _("Invite at least one agency before issuing the letter.")}
        )
    invitation = Invitation.objects.filter(meeting=meeting).first() or Invitation(
        meeting=meeting, issued_at=now, issued_by=issued_by
    )
    invitation.letter_number = letter_number.strip()
    invitation.letter_date = letter_date
    invitation.signer_office = signer_office.strip()
    invitation.signer_name = signer_name.strip()
    invitation.signer_nip = signer_nip.strip()
    invitation.nature = nature.strip() or "Penting"
    invitation.attachments = attachments.strip() or "-"
    validated(invitation)
    invitation.save()
    return invitation


@transaction.atomic
def invitation_mark_resent(*, invitation: Invitation) -> Invitation:
    """Count a re-send in the letter's history; refused once the meeting is no longer ahead."""
    invitation = (
        Invitation.objects.select_for_update().select_related("meeting").get(pk=invitation.pk)
    )
    _require_ahead(invitation.meeting, timezone.now(), field="meeting")
    invitation.sent_rounds += 1
    invitation.save(update_fields=["sent_rounds"])
    return invitation


def _representative(
    *, organization: Organization, person: Person | None, title: str, day: datetime.date
) -> str:
    """The picked person's office in the agency on the meeting's day (their title by default)."""
    if person is None:
        return title
    office = office_of(person=person, organization=organization, on=day)
    if office is None:
        raise ValidationError(
            {
                "representative": _("Pick someone who holds an office in %(agency)s.")
                % {"agency": organization}
            }
        )
    return title or office.label


def _clean_reply(reply: InvitationReply) -> None:
    """Keep only what the answer needs, and say which field is missing."""
    for name in ("representative_name", "representative_title", "assignment_letter", "reason"):
        setattr(reply, name, getattr(reply, name).strip())
    if reply.answer != Answer.REPRESENTED:
        reply.representative = None
        reply.representative_name = reply.representative_title = reply.assignment_letter = ""
    if reply.answer != Answer.UNABLE:
        reply.reason = ""
    if reply.answer == Answer.REPRESENTED and reply.representative is None:
        if not reply.representative_name:
            raise ValidationError(
                {"representative_name": _("Pick the representative or type their name.")}
            )
        if not reply.representative_title:
            raise ValidationError({"representative_title": _("Give the representative's office.")})
    if reply.answer == Answer.REPRESENTED and reply.representative is not None:
        reply.representative_name = ""
    if reply.answer == Answer.UNABLE and not reply.reason:
        raise ValidationError({"reason": _("Say why the agency cannot attend.")})


@transaction.atomic
def invitation_answer(
    *,
    invitation: Invitation,
    organization: Organization,
    answer: str,
    representative: Person | None = None,
    representative_name: str = "",
    representative_title: str = "",
    assignment_letter: str = "",
    reason: str = "",
    answered_by=None,
    now: datetime.datetime | None = None,
) -> InvitationReply:
    """An invited agency's answer, or its change; closed when the meeting starts.

    `answered_by` is empty for an answer through the e-mail's signed link.
    """
    now = now or timezone.now()
    meeting = Meeting.objects.select_for_update().get(pk=invitation.meeting_id)
    _require_ahead(meeting, now, field="answer")
    if not meeting.invited_organizations.filter(pk=organization.pk).exists():
        raise ValidationError({"organization": _("This agency is not invited to the meeting.")})
    if answer not in Answer.values:
        raise ValidationError({"answer": _("Choose attending, represented or unable.")})
    reply = InvitationReply.objects.filter(
        invitation=invitation, organization=organization
    ).first() or InvitationReply(invitation=invitation, organization=organization)
    reply.answer = answer
    reply.representative = representative
    reply.representative_name = representative_name
    reply.representative_title = representative_title
    reply.assignment_letter = assignment_letter
    reply.reason = reason
    _clean_reply(reply)
    if reply.answer == Answer.REPRESENTED:
        reply.representative_title = _representative(
            organization=organization,
            person=reply.representative,
            title=reply.representative_title,
            day=meeting.local_start.date(),
        )
    reply.answered_at = now
    reply.answered_by = answered_by
    validated(reply, exclude=["invitation", "organization"])
    reply.save()
    return reply
