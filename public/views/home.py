from django.shortcuts import render

from commitments.models import DisplayStatus
from meetings.access import actor_of
from public.selectors.meetings import commitment_counts, recent_outcomes, upcoming_cards


def home(request):
    actor = actor_of(request)
    counts = commitment_counts(actor)
    statuses = [
        (status, label, counts["by_status"].get(status, 0))
        for status, label in DisplayStatus.choices
    ]
    return render(
        request,
        "public/home.html",
        {
            "upcoming": upcoming_cards(actor),
            "outcomes": recent_outcomes(actor),
            "statuses": statuses,
            "overdue": counts["overdue"],
        },
    )
