"""Which commitments an actor may read, and which steps it may take on one.

Who reports on a follow-up is who owes it: an agency's staff for their agency, a body's chair
and members for their body's own promises, and the secretariat for everyone. Outside parties
(police, BUMD, utilities, contractors) and the DPRD as a whole have no accounts of their own:
the secretariat chases and reports for them. Verification belongs to the body the follow-up
answers to, never to the body that owes it, so a member of both cannot approve their own work.
"""

from django.db.models import Q

from commitments.models import Commitment
from meetings.access import Actor
from meetings.models import Openness


def commitments_q(actor: Actor) -> Q:
    """Public commitments of open meetings, plus all of the actor's own agency or bodies:
    those they owe and those they oversee."""
    if actor.is_secretariat:
        return Q()
    visible = Q(is_public=True, meeting__openness=Openness.OPEN)
    if actor.agency_ids:
        visible |= Q(owner_id__in=actor.agency_ids)
    if actor.body_ids:
        visible |= Q(answers_to_id__in=actor.body_ids) | Q(owner_id__in=actor.body_ids)
    return visible


def can_report(actor: Actor, commitment: Commitment) -> bool:
    """Progress and completion are reported by whoever owes it (or the secretariat)."""
    return (
        actor.is_secretariat
        or commitment.owner_id in actor.agency_ids
        or commitment.owner_id in actor.body_ids
    )


def can_verify(actor: Actor, commitment: Commitment) -> bool:
    """Verification belongs to the body the commitment answers to (or the secretariat), and
    never to a member of the body that owes it."""
    return actor.is_secretariat or (
        commitment.answers_to_id in actor.body_ids and commitment.owner_id not in actor.body_ids
    )


def can_read_evidence(actor: Actor, commitment: Commitment) -> bool:
    """Evidence files (letters, photos, minutes) go to those who handle the follow-up: the
    owning agency or body, the body it answers to and the secretariat, not to every reader."""
    return (
        actor.is_secretariat
        or commitment.owner_id in actor.agency_ids
        or commitment.owner_id in actor.body_ids
        or commitment.answers_to_id in actor.body_ids
    )
