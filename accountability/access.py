"""What the scoreboard and the recaps may show to whom.

The scoreboard counts what the reader may read (commitments.access): the public sees public
follow-ups of open meetings only; an agency or body account adds its own; the secretariat sees all.
Recaps hold every follow-up of their agency or body, closed meetings included, so they are
staff-only: the secretariat sees and asks for any, a body member those of its bodies, an agency
account reads those of its own agency.
"""

from meetings.access import Actor
from meetings.models import Organization


def sees_everything(actor: Actor) -> bool:
    return actor.is_secretariat


def can_read_recaps(actor: Actor) -> bool:
    return actor.is_secretariat or bool(actor.body_ids or actor.agency_ids)


def can_read_recap_of(actor: Actor, organization_id: int) -> bool:
    return (
        actor.is_secretariat
        or organization_id in actor.body_ids
        or organization_id in actor.agency_ids
    )


def can_request_recap(actor: Actor, organization: Organization) -> bool:
    # An agency recap spans every body the agency answers to, so only the secretariat asks for
    # one; a body member asks for its own bodies' recaps, which list each partner agency.
    return actor.is_secretariat or organization.pk in actor.body_ids
