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
from collections import Counter
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
    """From scratch: each follow-up's last submission as done and whether it was reopened, read
    from its timeline (the kept `last_submitted_on` and `was_reopened` must equal these)."""
    updates = CommitmentUpdate.objects.filter(commitment=OuterRef("pk"))
    return commitments.annotate(
        fresh_last_submitted=Subquery(
            updates.filter(kind=UpdateKind.SUBMITTED).order_by("-date", "-pk").values("date")[:1]
        ),
        fresh_reopened=Exists(updates.filter(kind=UpdateKind.SENT_BACK)),
    )


def on_time_q(last_submitted: str = "last_submitted_on") -> Q:
    return VERIFIED & Q(due_date__isnull=False, **{f"{last_submitted}__lte": F("due_date")})


ON_TIME = on_time_q()


def counts(today, *, from_scratch: bool = False) -> dict:
    """Aggregates over follow-up rows, one per figure: by default from the kept facts
    (commitments.facts); `from_scratch` over `with_timeline_facts` rows instead."""
    last_submitted, reopened = (
        ("fresh_last_submitted", "fresh_reopened")
        if from_scratch
        else ("last_submitted_on", "was_reopened")
    )
    return {
        "made": Count("pk"),
        "verified": Count("pk", filter=VERIFIED),
        "on_time": Count("pk", filter=on_time_q(last_submitted)),
        "awaiting": Count("pk", filter=display_status_q(DisplayStatus.AWAITING_VERIFICATION)),
        "overdue": Count("pk", filter=overdue_q(today)),
        "cannot": Count("pk", filter=display_status_q(DisplayStatus.CANNOT_FOLLOW_UP)),
        "reopened": Count("pk", filter=Q(**{reopened: True})),
        "no_due": Count("pk", filter=Q(due_date__isnull=True)),
    }


def figures_from(row: dict) -> Figures:
    return Figures(**{name: row[name] for name in COUNTED})


def median(values: list[int]) -> float | None:
    return statistics.median(values) if values else None


def median_of_counts(found: Counter) -> float | None:
    """The median of values given as {value: how many times}, as statistics.median would."""
    total = sum(found.values())
    if not total:
        return None
    middle = ((total - 1) // 2, total // 2)
    picked, seen = [], 0
    for value in sorted(found):
        following = seen + found[value]
        picked += [value for position in middle if seen <= position < following]
        seen = following
    return picked[0] if total % 2 else (picked[0] + picked[1]) / 2
