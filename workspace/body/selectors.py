"""Reads for a DPRD body's workspace: what awaits its verdict, and its partners' records."""

import datetime
from dataclasses import dataclass

from django.db.models import Count, F, Prefetch, Q
from django.utils import timezone

from commitments.access import commitments_q
from commitments.models import (
    CLOSED_STATUSES,
    Commitment,
    CommitmentStatus,
    CommitmentUpdate,
    DisplayStatus,
    UpdateKind,
    Verification,
    display_status_q,
    overdue_q,
)
from commitments.selectors import commitment_list
from commitments.visibility import as_seen_by
from meetings.access import Actor
from meetings.models import Organization, Partnership


def awaiting_verification(actor: Actor) -> list[Commitment]:
    """Follow-ups answered to the actor's bodies and submitted as done, oldest due first, each
    with its evidence (`evidence`) and the agency's latest word (`reports`, newest first)."""
    reports = (
        CommitmentUpdate.objects.exclude(kind=UpdateKind.CREATED)
        .select_related("author__person")
        .order_by("-created_at", "-pk")
    )
    return as_seen_by(
        actor,
        commitment_list()
        .select_related("meeting__venue", "meeting__lead_body")
        .filter(answers_to_id__in=actor.body_ids, verification=Verification.PENDING)
        .prefetch_related(Prefetch("updates", queryset=reports, to_attr="reports"))
        .order_by("due_date", "pk"),
    )


def own_commitments(actor: Actor) -> list[Commitment]:
    """The follow-ups the actor's bodies owe themselves (reschedule a hearing, draft a Raperda,
    form a Panja) and have not yet seen verified or closed: the body's members report on them
    here like an agency does on its own. Soonest due first, undated last."""
    still_owed = ~display_status_q(DisplayStatus.DONE) & ~Q(
        status=CommitmentStatus.CANNOT_FOLLOW_UP
    )
    return as_seen_by(
        actor,
        commitment_list()
        .select_related("meeting__venue", "meeting__lead_body")
        .filter(still_owed, owner_id__in=actor.body_ids)
        .order_by(F("due_date").asc(nulls_last=True), "pk"),
    )


@dataclass(frozen=True)
class PartnerRecord:
    body: Organization
    agency: Organization
    open: int
    overdue: int
    awaiting: int
    done: int


def partner_records(actor: Actor, today: datetime.date | None = None) -> list[PartnerRecord]:
    """For each partner agency (mitra kerja) of the actor's bodies, how many of its follow-ups
    the actor can see are open, overdue, awaiting verification and done (verified)."""
    today = today or timezone.localdate()
    partnerships = list(
        Partnership.objects.filter(body_id__in=actor.body_ids)
        .select_related("body", "agency")
        .order_by("body__name", "agency__name")
    )
    unresolved = ~Q(status__in=CLOSED_STATUSES)
    counts = {
        row["owner_id"]: row
        for row in Commitment.objects.filter(commitments_q(actor))
        .filter(owner_id__in={p.agency_id for p in partnerships})
        .values("owner_id")
        .annotate(
            open=Count("pk", filter=unresolved),
            overdue=Count("pk", filter=overdue_q(today)),
            awaiting=Count("pk", filter=display_status_q(DisplayStatus.AWAITING_VERIFICATION)),
            done=Count("pk", filter=display_status_q(DisplayStatus.DONE)),
        )
    }
    empty = {"open": 0, "overdue": 0, "awaiting": 0, "done": 0}
    return [
        PartnerRecord(
            body=p.body,
            agency=p.agency,
            **{key: counts.get(p.agency_id, empty)[key] for key in empty},
        )
        for p in partnerships
    ]
