"""Which commitments an actor may read, and which steps it may take on one."""

from django.db.models import Q

from commitments.models import Commitment
from meetings.access import Actor
from meetings.models import Openness


def commitments_q(actor: Actor) -> Q:
    """Public commitments of open meetings, plus all of the actor's own agency or bodies."""
    if actor.is_secretariat:
        return Q()
    visible = Q(is_public=True, meeting__openness=Openness.OPEN)
    if actor.agency_ids:
        visible |= Q(owner_id__in=actor.agency_ids)
    if actor.body_ids:
        visible |= Q(answers_to_id__in=actor.body_ids)
    return visible


def can_report(actor: Actor, commitment: Commitment) -> bool:
    """Progress and completion are reported by the owning agency (or the secretariat)."""
    return actor.is_secretariat or commitment.owner_id in actor.agency_ids


def can_verify(actor: Actor, commitment: Commitment) -> bool:
    """Verification belongs to the body the commitment answers to (or the secretariat)."""
    return actor.is_secretariat or commitment.answers_to_id in actor.body_ids


def can_read_evidence(actor: Actor, commitment: Commitment) -> bool:
    """Evidence files (letters, photos, minutes) go to those who handle the follow-up: the
    owning agency, the body it answers to and the secretariat, not to every reader of it."""
    return (
        actor.is_secretariat
        or commitment.owner_id in actor.agency_ids
        or commitment.answers_to_id in actor.body_ids
    )
