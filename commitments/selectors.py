"""Reads of commitments, with the joins every list of them needs."""

from django.db.models import QuerySet

from commitments.models import Commitment, CommitmentUpdate


def commitment_list() -> QuerySet[Commitment]:
    return Commitment.objects.select_related(
        "meeting", "owner", "answers_to", "person_in_charge", "agenda_item"
    )


def commitment_timeline(*, commitment: Commitment) -> QuerySet[CommitmentUpdate]:
    return commitment.updates.select_related("author").order_by("created_at", "pk")
