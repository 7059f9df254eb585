from django.shortcuts import render

from commitments.models import DisplayStatus
from public.selectors.meetings import commitment_counts, recent_outcomes, upcoming_cards
from public.views.common import reader


def home(request):
    actor = reader(request)
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
