"""The commitments list and a commitment's page."""

from django.db.models import QuerySet

from commitments.access import commitments_q
from commitments.models import OWNER_GROUP_KINDS, Commitment, display_status_q
from commitments.selectors import commitment_list, commitment_timeline
from commitments.visibility import as_seen_by
from meetings.access import Actor


def filtered_commitments(actor: Actor, filters: dict) -> QuerySet[Commitment]:
    commitments = commitment_list().filter(commitments_q(actor))
    if filters.get("opd"):
        commitments = commitments.filter(owner=filters["opd"])
    if filters.get("owed_by"):
        commitments = commitments.filter(owner=filters["owed_by"])
    if filters.get("owner_kind"):
        commitments = commitments.filter(owner__kind__in=OWNER_GROUP_KINDS[filters["owner_kind"]])
    if filters.get("body"):
        commitments = commitments.filter(answers_to=filters["body"])
    if filters.get("status"):
        commitments = commitments.filter(display_status_q(filters["status"]))
    if filters.get("overdue"):
        commitments = commitments.overdue()
    return commitments.order_by("due_date", "pk")


def commitment_page(actor: Actor, pk: int) -> tuple[Commitment, list]:
    """Raises Commitment.DoesNotExist for one the reader may not see."""
    commitment = commitment_list().filter(commitments_q(actor)).get(pk=pk)
    [commitment] = as_seen_by(actor, [commitment])
    return commitment, list(commitment_timeline(commitment=commitment))
