"""The commitments list and a commitment's page."""

from django.db.models import QuerySet

from commitments.access import commitments_q
from commitments.filters import CommitmentFilter
from commitments.models import Commitment
from commitments.selectors import commitment_list, commitment_timeline
from commitments.visibility import as_seen_by
from meetings.access import Actor


def filtered_commitments(actor: Actor, query) -> QuerySet[Commitment]:
    """The follow-ups the reader may see, filtered by the query string through the API's
    CommitmentFilter; a value it cannot read is left out rather than failing the page."""
    visible = commitment_list().filter(commitments_q(actor))
    return CommitmentFilter(query, queryset=visible).qs.order_by("due_date", "pk")


def commitment_page(actor: Actor, pk: int) -> tuple[Commitment, list]:
    """Raises Commitment.DoesNotExist for one the reader may not see."""
    commitment = commitment_list().filter(commitments_q(actor)).get(pk=pk)
    [commitment] = as_seen_by(actor, [commitment])
    return commitment, list(commitment_timeline(commitment=commitment))
