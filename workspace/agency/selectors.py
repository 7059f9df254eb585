"""Reads for the agency (OPD) workspace and the commitment page every staff role shares."""

import datetime
from dataclasses import dataclass, field

from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from commitments.models import (
    CLOSED_STATUSES,
    Commitment,
    CommitmentStatus,
    CommitmentUpdate,
    Verification,
)
from commitments.selectors import commitment_list, commitment_timeline
from commitments.visibility import as_seen_by
from meetings.access import Actor, meeting_insider_q
from meetings.models import Meeting
from workspace.history import user_label

# Closed follow-ups are the record, not the work: the page shows the latest ones only.
CLOSED_SHOWN = 30
UPCOMING_SHOWN = 10


def staff_commitments_q(actor: Actor) -> Q:
    """The follow-ups a staff member works on: owned by its agency, owed by or answered to its
    bodies, or all of them for the secretariat. Public follow-ups of others are not its work."""
    if actor.is_secretariat:
        return Q()
    condition = Q(pk__in=[])
    if actor.agency_ids:
        condition |= Q(owner_id__in=actor.agency_ids)
    if actor.body_ids:
        condition |= Q(answers_to_id__in=actor.body_ids) | Q(owner_id__in=actor.body_ids)
    return condition


def _with_meeting(commitments: QuerySet[Commitment]) -> QuerySet[Commitment]:
    # The meeting's zone comes from its venue, else its lead body.
    return commitments.select_related("meeting__venue", "meeting__lead_body")


def staff_commitment(actor: Actor, pk: int) -> Commitment:
    """Raises Commitment.DoesNotExist for a follow-up that is not the actor's work, so that the
    page answers 404 and never says whether another agency's follow-up exists."""
    return _with_meeting(commitment_list()).filter(staff_commitments_q(actor)).get(pk=pk)


@dataclass(frozen=True)
class TimelineEntry:
    update: CommitmentUpdate
    who: str


def timeline_with_names(*, commitment: Commitment) -> list[TimelineEntry]:
    """The follow-up's timeline (commitments.selectors.commitment_timeline), each update with
    the name staff know its author by."""
    updates = commitment_timeline(commitment=commitment).select_related("author__person")
    return [TimelineEntry(update=u, who=user_label(u.author)) for u in updates]


@dataclass
class Group:
    key: str
    title: str
    commitments: list[Commitment] = field(default_factory=list)


def _by_due_date(commitment: Commitment):
    # Undated follow-ups last: a date is a promise to keep first.
    return (commitment.due_date is None, commitment.due_date or datetime.date.max, commitment.pk)


def agency_commitments(actor: Actor, today: datetime.date | None = None) -> list[Group]:
    """The agency's follow-ups grouped by what to do about them, overdue first."""
    today = today or timezone.localdate()
    mine = _with_meeting(commitment_list()).filter(owner_id__in=actor.agency_ids)
    groups = {
        "overdue": Group("overdue", _("Overdue")),
        "sent_back": Group("sent_back", _("Sent back for more work")),
        CommitmentStatus.NOT_STARTED: Group("not_started", _("Not yet followed up")),
        CommitmentStatus.IN_PROGRESS: Group("in_progress", _("In progress")),
        "pending": Group("pending", _("Awaiting verification")),
        "closed": Group("closed", _("Recently closed")),
    }
    # Submitted follow-ups are closed but still await the body's word: they stay in the work list.
    working = mine.filter(~Q(status__in=CLOSED_STATUSES) | Q(verification=Verification.PENDING))
    closed = list(
        mine.filter(status__in=CLOSED_STATUSES)
        .exclude(verification=Verification.PENDING)
        .order_by("-updated_at", "-pk")[:CLOSED_SHOWN]
    )
    working = as_seen_by(actor, [*working, *closed])[: -len(closed) or None]
    for commitment in sorted(working, key=_by_due_date):
        if commitment.verification == Verification.PENDING:
            groups["pending"].commitments.append(commitment)
        elif commitment.due_date and commitment.due_date < today:
            groups["overdue"].commitments.append(commitment)
        elif commitment.verification == Verification.SENT_BACK:
            groups["sent_back"].commitments.append(commitment)
        else:
            groups[commitment.status].commitments.append(commitment)
    groups["closed"].commitments.extend(closed)
    return [group for group in groups.values() if group.commitments]


def agency_upcoming_meetings(actor: Actor, now=None) -> list[Meeting]:
    """The next meetings the agency is invited to or takes part in."""
    insider = meeting_insider_q(Actor(user_id=actor.user_id, agency_ids=actor.agency_ids))
    if insider is None:
        return []
    return list(
        Meeting.objects.filter(insider)
        .upcoming(now)
        .select_related("venue", "lead_body")[:UPCOMING_SHOWN]
    )
