"""The figures of the scoreboard and the recaps, and the one place that defines them.

Definitions (also shown on the scoreboard page and printed in every recap):

- made: follow-ups recorded in meetings held in the period;
- done and verified: status "done" and verified by the body the follow-up answers to;
- done on time: done and verified, and its (last) submission as done is dated on or before the
  due date; a follow-up without a due date is never on time, and one sent back and submitted
  again counts from the last submission;
- awaiting verification: reported done, not (yet) verified;
- overdue now: not closed and its due date has passed (as of today, whatever the period);
- cannot be followed up: closed as "tidak dapat ditindaklanjuti";
- reopened: sent back at least once after being submitted as done;
- median days to verified completion: from the meeting's date to the day of verification.
"""

import statistics
from dataclasses import dataclass

from django.db.models import Count, Exists, F, OuterRef, Q, QuerySet, Subquery

from commitments.models import (
    CommitmentUpdate,
    DisplayStatus,
    UpdateKind,
    display_status_q,
    overdue_q,
)

# The pages' status vocabulary (commitments.models.DisplayStatus): done means verified.
VERIFIED = display_status_q(DisplayStatus.DONE)
COUNTED = ("made", "verified", "on_time", "awaiting", "overdue", "cannot", "reopened", "no_due")


@dataclass
class Figures:
    made: int = 0
    verified: int = 0
    on_time: int = 0
    awaiting: int = 0
    overdue: int = 0
    cannot: int = 0
    reopened: int = 0
    no_due: int = 0
    median_days: float | None = None

    @property
    def verified_late(self) -> int:
        """Verified but not on time: submitted after the due date, or without one."""
        return self.verified - self.on_time

    @property
    def open(self) -> int:
        """Not started or in progress, and not overdue."""
        return self.made - self.verified - self.awaiting - self.overdue - self.cannot

    @property
    def on_time_rate(self) -> int | None:
        """Done on time, in percent of the follow-ups that have a due date."""
        dated = self.made - self.no_due
        return round(100 * self.on_time / dated) if dated else None

    def __add__(self, other: "Figures") -> "Figures":
        # Medians do not add up; the caller computes the total's median from all durations.
        return Figures(**{name: getattr(self, name) + getattr(other, name) for name in COUNTED})


def with_timeline_facts(commitments: QuerySet) -> QuerySet:
    """Each follow-up with the date of its last submission as done and whether it was reopened."""
    updates = CommitmentUpdate.objects.filter(commitment=OuterRef("pk"))
    return commitments.annotate(
        last_submitted=Subquery(
            updates.filter(kind=UpdateKind.SUBMITTED).order_by("-date", "-pk").values("date")[:1]
        ),
        was_reopened=Exists(updates.filter(kind=UpdateKind.SENT_BACK)),
    )


ON_TIME = VERIFIED & Q(due_date__isnull=False, last_submitted__lte=F("due_date"))


def counts(today) -> dict:
    """Aggregates over `with_timeline_facts` rows, one per figure."""
    return {
        "made": Count("pk"),
        "verified": Count("pk", filter=VERIFIED),
        "on_time": Count("pk", filter=ON_TIME),
        "awaiting": Count("pk", filter=display_status_q(DisplayStatus.AWAITING_VERIFICATION)),
        "overdue": Count("pk", filter=overdue_q(today)),
        "cannot": Count("pk", filter=display_status_q(DisplayStatus.CANNOT_FOLLOW_UP)),
        "reopened": Count("pk", filter=Q(was_reopened=True)),
        "no_due": Count("pk", filter=Q(due_date__isnull=True)),
    }


def figures_from(row: dict) -> Figures:
    return Figures(**{name: row[name] for name in COUNTED})


def median(values: list[int]) -> float | None:
    return statistics.median(values) if values else None
