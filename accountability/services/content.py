"""What a recap holds: the figures, the breakdown, head attendance and the follow-up list.

Recaps go to the secretariat and the body's chair (or the agency's head), who may read every
follow-up of their body or agency: the follow-ups are complete, closed meetings included, but a
meeting the body or agency may not read is named by its kind, date and body only.
"""

import datetime
from collections import Counter
from dataclasses import dataclass

from django.utils import timezone

from accountability.periods import Period, semester_label
from accountability.selectors.scoreboard import Row, Scoreboard, scoped_commitments, scoreboard
from commitments.models import Commitment, CommitmentStatus, DisplayStatus, Verification
from commitments.visibility import as_seen_by
from meetings.access import Actor
from meetings.models import Organization, OrganizationKind

EVERYTHING = Actor(is_secretariat=True)


@dataclass
class RecapContent:
    organization: Organization
    period: Period
    period_label: str
    is_agency: bool
    board: Scoreboard
    breakdown: list[Row]
    commitments: list[Commitment]
    generated_at: datetime.datetime

    @property
    def status_counts(self) -> list[tuple[str, int]]:
        """Each status the pages show (done only once verified), with its count."""
        found = Counter(commitment.display_status for commitment in self.commitments)
        return [(label, found[value]) for value, label in DisplayStatus.choices]


def recap_commitments(*, organization: Organization, period: Period) -> list[Commitment]:
    is_agency = organization.kind == OrganizationKind.OPD
    commitments = scoped_commitments(
        actor=EVERYTHING,
        period=period,
        agency=organization if is_agency else None,
        body=None if is_agency else organization,
    )
    # The recap is read by the organization itself: the meetings as its own members see them.
    reader = (
        Actor(agency_ids=frozenset({organization.pk}))
        if is_agency
        else Actor(body_ids=frozenset({organization.pk}))
    )
    rows = as_seen_by(
        reader,
        commitments.select_related(
            "meeting", "meeting__lead_body", "meeting__venue", "owner", "answers_to"
        ).order_by("owner__name", "meeting__start", "pk"),
    )
    for commitment in rows:
        commitment.held_on = timezone.localdate(commitment.meeting.start)
        commitment.is_verified = (
            commitment.status == CommitmentStatus.DONE
            and commitment.verification == Verification.VERIFIED
        )
        commitment.kept_on_time = bool(
            commitment.is_verified
            and commitment.due_date
            and commitment.last_submitted_on
            and commitment.last_submitted_on <= commitment.due_date
        )
        commitment.days_to_verified = (
            (timezone.localdate(commitment.verified_at) - commitment.held_on).days
            if commitment.is_verified
            else None
        )
    return rows


def recap_content(*, organization: Organization, period: Period) -> RecapContent:
    is_agency = organization.kind == OrganizationKind.OPD
    board = scoreboard(
        actor=EVERYTHING,
        period=period,
        agency=organization if is_agency else None,
        body=None if is_agency else organization,
    )
    return RecapContent(
        organization=organization,
        period=period,
        period_label=semester_label(period),
        is_agency=is_agency,
        board=board,
        # An agency's recap breaks down by the bodies it answers to; a body's by its agencies.
        breakdown=board.bodies if is_agency else board.agencies,
        commitments=recap_commitments(organization=organization, period=period),
        generated_at=timezone.now(),
    )
