from django.shortcuts import get_object_or_404, render

from meetings.access import actor_of
from meetings.models import Organization, OrganizationKind
from meetings.models.choices import LEAD_BODY_KINDS
from public.selectors.organizations import (
    agency_meetings,
    commitment_excerpt,
    current_members,
    on_time_record,
    organization_meeting_cards,
)


def body_detail(request, slug):
    body = get_object_or_404(Organization, slug=slug, kind__in=LEAD_BODY_KINDS)
    actor = actor_of(request)
    context = {
        "organization": body,
        "members": current_members(body),
        "partners": list(body.partners.order_by("name")),
        "cards": organization_meeting_cards(actor, body),
        "commitments": commitment_excerpt(actor, answers_to=body),
        # The DPRD keeps its own promises on record: what this body owes, not only oversees.
        "own_commitments": commitment_excerpt(actor, owner=body),
    }
    return render(request, "public/body_detail.html", context)


def agency_detail(request, slug):
    agency = get_object_or_404(Organization, slug=slug, kind=OrganizationKind.OPD)
    actor = actor_of(request)
    context = {
        "organization": agency,
        "overseers": list(agency.overseeing_bodies.order_by("name")),
        "meetings": agency_meetings(actor, agency),
        "commitments": commitment_excerpt(actor, owner=agency),
        "record": on_time_record(actor, agency),
    }
    return render(request, "public/agency_detail.html", context)
