"""Who will be told what, and when, about one meeting or one follow-up, read off the policy.

The rules (notifications.rules) say what is due at a moment, for everything at once; this module
runs the same policy forward for one object: each reminder the sweep will write, when it falls
due, and to whom. Recipients, offices and occasions come from the rules' own helpers, so a
planned reminder and the outbox row the sweep later writes share their key.
"""

import datetime
from collections.abc import Iterator
from dataclasses import dataclass

from django.utils import timezone

from commitments.models import (
    CLOSED_STATUSES,
    Commitment,
    CommitmentUpdate,
    UpdateKind,
    Verification,
)
from meetings.models import Meeting, MeetingStatus, MinutesState, OfficeRole
from notifications.models import Kind
from notifications.policy import Policies, Policy
from notifications.recipients import RecipientBook
from notifications.rules.commitments import _escalation_steps, audiences
from notifications.rules.meetings import invitees_with_offices, reminder_occasion


@dataclass(frozen=True)
class Occasion:
    kind: str
    occasion: str
    # None: already due, written at the next sweep.
    when: datetime.datetime | None
    # (recipient, office) pairs; a recipient may be None (no holder known).
    audience: list


def _at(moment: datetime.datetime, now: datetime.datetime) -> datetime.datetime | None:
    return moment if moment > now else None


def _day_at(day: datetime.date, policy: Policy, now: datetime.datetime):
    """Dated notices go out from the policy's sending hour, local time (as the sweep does)."""
    moment = timezone.make_aware(
        datetime.datetime.combine(day, datetime.time(policy.send_from_hour))
    )
    return _at(moment, now)


def meeting_occasions(
    meeting: Meeting, *, now: datetime.datetime, book: RecipientBook, policies: Policies
) -> Iterator[Occasion]:
    policy = policies.for_body(meeting.lead_body_id)
    if meeting.status == MeetingStatus.SCHEDULED and meeting.start > now:
        pairs = list(
            zip(policy.meeting_reminder_hours, policy.meeting_reminder_offsets, strict=True)
        )
        passed = [hours for hours, offset in pairs if meeting.start - offset <= now]
        people = list(invitees_with_offices(meeting, book))
        for hours, offset in pairs:
            # Of the reminders whose time has passed only the nearest is still sent.
            if meeting.start - offset <= now and hours != min(passed):
                continue
            yield Occasion(
                Kind.MEETING_REMINDER,
                reminder_occasion(hours, meeting.start),
                _at(meeting.start - offset, now),
                people,
            )
    if meeting.status == MeetingStatus.HELD and meeting.minutes_state == MinutesState.NONE:
        nudge = meeting.start + datetime.timedelta(days=policy.minutes_nudge_after_days)
        if nudge + datetime.timedelta(days=policies.default.catch_up_days) >= now:
            secretariat = [(r, "") for r in book.secretariat()]
            yield Occasion(Kind.MINUTES_MISSING, "minutes", _at(nudge, now), secretariat)


def commitment_occasions(
    commitment: Commitment, *, now: datetime.datetime, book: RecipientBook, policies: Policies
) -> Iterator[Occasion]:
    policy = policies.for_body(commitment.answers_to_id)
    today = timezone.localdate(now)
    due = commitment.due_date
    if commitment.status not in CLOSED_STATUSES and due is not None:
        yield from _due_occasions(commitment, policy, today=today, now=now, book=book)
        catch_up = policies.default.catch_up_days
        for step, name in _escalation_steps(policy):
            day = due + datetime.timedelta(days=step)
            if (today - day).days > catch_up:
                continue  # missed for good: the weekly digest lists it instead
            when = _day_at(max(day, today), policy, now)
            yield Occasion(
                Kind.COMMITMENT_OVERDUE,
                f"overdue-{step}d@{due.isoformat()}",
                when,
                audiences(commitment, name, book),
            )
    if commitment.verification == Verification.PENDING:
        since = now - datetime.timedelta(days=policies.default.catch_up_days)
        submitted = (
            CommitmentUpdate.objects.filter(
                commitment=commitment, kind=UpdateKind.SUBMITTED, created_at__gte=since
            )
            .order_by("-created_at", "-pk")
            .first()
        )
        if submitted is not None:
            body = commitment.answers_to
            yield Occasion(
                Kind.COMMITMENT_SUBMITTED,
                f"submitted#{submitted.pk}",
                None,
                [
                    (book.chair_of(body.pk), book.office(body.pk, OfficeRole.CHAIR)),
                    (book.organization(body), ""),
                ],
            )


def _due_occasions(commitment, policy, *, today, now, book) -> Iterator[Occasion]:
    due = commitment.due_date
    days_left = (due - today).days
    if days_left < 0:
        return
    passed = [days for days in policy.commitment_reminder_days if days >= days_left]
    people = audiences(commitment, "person_in_charge", book)
    for days in policy.commitment_reminder_days:
        if days >= days_left and days != min(passed):
            continue  # superseded by a nearer reminder that is already due
        day = max(due - datetime.timedelta(days=days), today)
        yield Occasion(
            Kind.COMMITMENT_DUE, f"due-{days}d@{due.isoformat()}", _day_at(day, policy, now), people
        )
