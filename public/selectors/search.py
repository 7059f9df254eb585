"""Search over meetings, their agenda and outcomes, and commitments.

Only what the reader may see is searched: a closed meeting matches by its kind or body alone.
"""

from django.db.models import Q

from commitments.access import commitments_q
from commitments.selectors import commitment_list
from meetings.access import Actor, meeting_details_q, meeting_insider_q
from meetings.models import AgendaItem, Outcome
from meetings.selectors import meetings_for
from public.cards import meeting_cards

RESULTS_SHOWN = 50


def _public_parts_q(actor: Actor) -> Q:
    """Agenda items (or outcomes of them) the reader may see in a meeting it reads in full."""
    visible = Q(agenda_item__isnull=True) | Q(agenda_item__is_public=True)
    insider = meeting_insider_q(actor, prefix="meeting__")
    return visible | insider if insider is not None else visible


def search(actor: Actor, text: str) -> dict:
    details = meeting_details_q(actor)
    agenda = AgendaItem.objects.filter(Q(title__icontains=text) | Q(description__icontains=text))
    agenda_visible = Q(is_public=True)
    insider = meeting_insider_q(actor, prefix="meeting__")
    if insider is not None:
        agenda_visible |= insider
    outcomes = Outcome.objects.filter(text__icontains=text).filter(_public_parts_q(actor))
    in_details = (
        Q(title__icontains=text)
        | Q(summary__icontains=text)
        | Q(pk__in=agenda.filter(agenda_visible).values("meeting_id"))
        | Q(pk__in=outcomes.values("meeting_id"))
    )
    by_body = Q(lead_body__name__icontains=text) | Q(lead_body__abbreviation__icontains=text)
    meetings = meetings_for(actor).filter((details & in_details) | by_body).order_by("-start")
    commitments = (
        commitment_list()
        .filter(commitments_q(actor))
        .filter(Q(text__icontains=text) | Q(owner__name__icontains=text))
        .order_by("-due_date", "pk")
    )
    return {
        "meetings": meeting_cards(meetings[:RESULTS_SHOWN]),
        "commitments": list(commitments[:RESULTS_SHOWN]),
    }
