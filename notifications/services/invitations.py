"""The invitation letter into the outbox: one row per address of each invited agency.

An agency is reached through the holder of its head office on the meeting's day and through its
own address. The rows' unique key (kind, meeting, "invitation", channel, address) makes issuing
twice or re-sending write nothing twice: a re-send reaches only addresses that never had the
letter (a newly invited agency, a new head) and tries again the rows that failed.
"""

import datetime

from django.db import transaction
from django.utils import timezone

from meetings.models import Invitation, Meeting
from meetings.services import invitation_issue, invitation_mark_resent
from notifications.models import Kind, Notification, Status
from notifications.recipients import RecipientBook
from notifications.rules import each
from notifications.services.outbox import notifications_write, rows_for
from notifications.services.sweep import enqueue_delivery

OCCASION = "invitation"


def invitation_dues(invitation: Invitation, book: RecipientBook):
    meeting = invitation.meeting
    for organization in meeting.invited_organizations.all():
        yield from each(
            [book.head_of(organization.pk), book.organization(organization)],
            kind=Kind.MEETING_INVITATION,
            subject=f"meeting:{meeting.pk}",
            occasion=OCCASION,
            meeting_id=meeting.pk,
            organization_id=organization.pk,
            context={"invitation": invitation.pk},
        )


def _rows_of(meeting: Meeting):
    return Notification.objects.filter(
        kind=Kind.MEETING_INVITATION, subject=f"meeting:{meeting.pk}", occasion=OCCASION
    )


@transaction.atomic
def invitation_send(
    *, invitation: Invitation, retry_failed: bool = False, now: datetime.datetime | None = None
) -> list[int]:
    """Write the letter's rows and hand the new ones to the worker after the commit.

    Returns the ids handed over. A broker that is down loses nothing: the rows stay claimed and
    the sweep hands them over again when the claim times out.
    """
    now = now or timezone.now()
    meeting = invitation.meeting
    # The head "on the meeting's day": a head leaving office before it is not the one invited.
    book = RecipientBook(today=meeting.local_start.date())
    notifications_write(list(rows_for(invitation_dues(invitation, book), book=book, now=now)))
    rows = _rows_of(meeting)
    if retry_failed:
        rows.filter(status=Status.FAILED).update(
            status=Status.PENDING, next_attempt_at=now, attempts=0, claimed_at=None
        )
    ready = rows.filter(status=Status.PENDING, claimed_at__isnull=True, next_attempt_at__lte=now)
    ids = list(ready.values_list("pk", flat=True))
    Notification.objects.filter(pk__in=ids).update(claimed_at=now)
    if ids:
        transaction.on_commit(lambda: enqueue_delivery(ids))
    return ids


@transaction.atomic
def invitation_issue_and_send(*, meeting: Meeting, issued_by=None, **letter) -> Invitation:
    """Issue (or correct) the letter and send it to whoever has not had it yet."""
    invitation = invitation_issue(meeting=meeting, issued_by=issued_by, **letter)
    invitation_send(invitation=invitation)
    return invitation


@transaction.atomic
def invitation_resend(*, invitation: Invitation) -> list[int]:
    """The secretariat's re-send: new addresses get the letter, failed rows are tried again."""
    invitation = invitation_mark_resent(invitation=invitation)
    return invitation_send(invitation=invitation, retry_failed=True)
