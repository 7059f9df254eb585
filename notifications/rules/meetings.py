"""Meeting rules: reminders before a meeting, notices of changes, the minutes nudge."""

import datetime
from collections.abc import Iterator

from django.db.models import Prefetch

from meetings.models import Meeting, MeetingStatus, MinutesState, OfficeRole, Participant
from notifications.models import Kind
from notifications.policy import Policies
from notifications.recipients import RecipientBook
from notifications.rules import Due, Moment, each


def reminder_occasion(hours: float, start: datetime.datetime) -> str:
    # The start is part of the occasion: a meeting moved to another time is reminded afresh.
    return f"before-{hours:g}h@{start.astimezone(datetime.UTC):%Y%m%dT%H%MZ}"


def invitees(meeting: Meeting, book: RecipientBook):
    """Every invited participant with a contact, and the heads of the invited agencies."""
    for recipient, _office in invitees_with_offices(meeting, book):
        yield recipient


def invitees_with_offices(meeting: Meeting, book: RecipientBook):
    """`invitees`, each with the capacity it is invited in (for pages that say who is told)."""
    for participant in meeting.participants.all():
        organization = participant.organization
        capacity = str(organization) if organization else participant.get_role_display()
        yield book.person(participant.person), capacity
        yield book.organization(organization), ""
    for organization in meeting.invited_organizations.all():
        yield book.head_of(organization.pk), book.office(organization.pk, OfficeRole.HEAD)
        yield book.organization(organization), ""


def _with_invitees(meetings):
    return meetings.select_related("lead_body", "venue").prefetch_related(
        Prefetch(
            "participants", queryset=Participant.objects.select_related("person", "organization")
        ),
        "invited_organizations",
    )


def meeting_reminders(*, moment: Moment, book: RecipientBook, policies: Policies) -> Iterator[Due]:
    """Before each scheduled meeting (default 24 h and 2 h), only while it is still ahead.

    After downtime only the nearest reminder is sent: two at once would say the same thing.
    """
    furthest = max(
        max(p.meeting_reminder_offsets, default=datetime.timedelta()) for p in policies.all()
    )
    upcoming = Meeting.objects.filter(
        status=MeetingStatus.SCHEDULED, start__gt=moment.now, start__lte=moment.now + furthest
    )
    for meeting in _with_invitees(upcoming):
        policy = policies.for_body(meeting.lead_body_id)
        due = [
            hours
            for hours, offset in zip(
                policy.meeting_reminder_hours, policy.meeting_reminder_offsets, strict=True
            )
            if meeting.start - offset <= moment.now
        ]
        if not due:
            continue
        hours = min(due)
        yield from each(
            invitees(meeting, book),
            kind=Kind.MEETING_REMINDER,
            subject=f"meeting:{meeting.pk}",
            occasion=reminder_occasion(hours, meeting.start),
            meeting_id=meeting.pk,
            context={"hours": hours, "start": meeting.start.isoformat()},
        )


def meeting_changes(*, moment: Moment, book: RecipientBook, policies: Policies) -> Iterator[Due]:
    """A meeting still ahead was postponed, moved or cancelled: tell everyone invited, once per
    revision (two changes between sweeps make one notice with the latest state)."""
    since = moment.now - datetime.timedelta(days=policies.default.catch_up_days)
    changed = Meeting.objects.filter(
        revision__gt=0, start__gt=moment.now, updated_at__gte=since
    ).exclude(status=MeetingStatus.HELD)
    for meeting in _with_invitees(changed.select_related("rescheduled_to")):
        yield from each(
            invitees(meeting, book),
            kind=Kind.MEETING_CHANGED,
            subject=f"meeting:{meeting.pk}",
            occasion=f"rev{meeting.revision}",
            meeting_id=meeting.pk,
            context={"revision": meeting.revision, "status": meeting.status},
        )


def minutes_missing(*, moment: Moment, book: RecipientBook, policies: Policies) -> Iterator[Due]:
    """A held meeting without minutes after the set number of days: nudge the secretariat."""
    days = [p.minutes_nudge_after_days for p in policies.all()]
    catch_up = datetime.timedelta(days=policies.default.catch_up_days)
    held = Meeting.objects.filter(
        status=MeetingStatus.HELD,
        minutes_state=MinutesState.NONE,
        start__lte=moment.now - datetime.timedelta(days=min(days)),
        start__gte=moment.now - datetime.timedelta(days=max(days)) - catch_up,
    ).select_related("lead_body")
    for meeting in held:
        policy = policies.for_body(meeting.lead_body_id)
        if meeting.start + datetime.timedelta(days=policy.minutes_nudge_after_days) > moment.now:
            continue
        yield from each(
            book.secretariat(),
            kind=Kind.MINUTES_MISSING,
            subject=f"meeting:{meeting.pk}",
            occasion="minutes",
            meeting_id=meeting.pk,
        )
