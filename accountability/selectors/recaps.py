"""Which recaps an actor may read."""

from django.db.models import Q, QuerySet

from accountability.models import Recap
from meetings.access import Actor


def recaps_for(actor: Actor) -> QuerySet[Recap]:
    recaps = Recap.objects.select_related("organization", "requested_by")
    if actor.is_secretariat:
        return recaps
    return recaps.filter(
        Q(organization_id__in=actor.body_ids) | Q(organization_id__in=actor.agency_ids)
    )
