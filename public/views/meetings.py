from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import render

from meetings.access import actor_of
from meetings.models import Meeting
from public.cards import meeting_card
from public.forms import OLD_MEETING_PARAMETERS, MeetingFilterForm
from public.previews import meeting_preview
from public.selectors.meetings import (
    meeting_commitments,
    meeting_page,
    month_grid,
)
from public.views.common import (
    bad_query,
    month_from_query,
    query_without,
    redirect_old_parameters,
    shift_month,
)


def _month_context(request):
    form = MeetingFilterForm(request.GET)
    first_day = month_from_query(request.GET.get("month"))
    return (
        first_day,
        {
            "form": form,
            "month": first_day,
            "previous_month": shift_month(first_day, -1),
            "next_month": shift_month(first_day, 1),
            "filters_query": query_without(request, "month"),
        },
    )


@redirect_old_parameters(OLD_MEETING_PARAMETERS)
def calendar_month(request):
    try:
        first_day, context = _month_context(request)
    except ValidationError as error:
        return bad_query(error)
    context["weeks"] = month_grid(actor_of(request), request.GET, first_day)
    return render(request, "public/calendar_month.html", context)


@redirect_old_parameters(OLD_MEETING_PARAMETERS)
def calendar_list(request):
    try:
        first_day, context = _month_context(request)
    except ValidationError as error:
        return bad_query(error)
    weeks = month_grid(actor_of(request), request.GET, first_day)
    context["days"] = [day for week in weeks for day in week if day.in_month and day.cards]
    return render(request, "public/calendar_list.html", context)


def meeting_detail(request, pk):
    actor = actor_of(request)
    try:
        meeting = meeting_page(actor, pk)
    except Meeting.DoesNotExist:
        raise Http404 from None
    if not meeting.details_visible:
        # Kind, date, time and body only: the full record never reaches the template.
        card = meeting_card(meeting)
        preview = meeting_preview(card, path=request.path)
        return render(request, "public/meeting_closed.html", {"card": card, "preview": preview})
    show_all = bool(meeting.insider)
    agenda = [item for item in meeting.agenda_items.all() if item.is_public or show_all]
    card = meeting_card(meeting)
    context = {
        "meeting": meeting,
        "card": card,
        "preview": meeting_preview(card, path=request.path),
        "agenda": agenda,
        "general_outcomes": [o for o in meeting.outcomes.all() if o.agenda_item_id is None],
        "documents": [d for d in meeting.documents.all() if d.is_public or show_all],
        "participants": list(meeting.participants.all()),
        "commitments": meeting_commitments(actor, meeting),
        "rescheduled_from": getattr(meeting, "rescheduled_from", None),
    }
    return render(request, "public/meeting_detail.html", context)
