"""The staff pages of recaps: ask for one, watch it build, download its files."""

from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone

from accountability.forms import RecapRequestForm
from accountability.models import Recap
from accountability.periods import Period, previous_semester
from accountability.selectors.recaps import recaps_for
from accountability.services import recap_request
from accountability.views.common import recaps_allowed
from files.urls_for import recap_file_url
from meetings.access import actor_of

RECAPS_SHOWN = 50


@recaps_allowed
def recap_list(request):
    actor = actor_of(request)
    if request.method == "POST":
        form = RecapRequestForm(request.POST, actor=actor)
        if form.is_valid():
            try:
                recap = recap_request(
                    organization=form.cleaned_data["organization"],
                    period=form.period(),
                    requested_by=request.user,
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                return redirect("accountability:recap", pk=recap.pk)
    else:
        last = previous_semester(timezone.localdate())
        form = RecapRequestForm(actor=actor, initial={"start": last.start, "end": last.end})
    context = {"form": form, "recaps": recaps_for(actor)[:RECAPS_SHOWN]}
    return render(request, "accountability/recap_list.html", context)


def _recap(request, pk: int) -> Recap:
    try:
        return recaps_for(actor_of(request)).get(pk=pk)
    except Recap.DoesNotExist:
        # The same answer for "no such recap" and "not yours": its existence is not disclosed.
        raise Http404 from None


@recaps_allowed
def recap_detail(request, pk: int):
    recap = _recap(request, pk)
    period = Period(recap.period_start, recap.period_end)
    return render(request, "accountability/recap_detail.html", {"recap": recap, "period": period})


@recaps_allowed
def recap_file(request, pk: int, kind: str):
    """The old address of a recap's file: on to its checked view (which audits it)."""
    recap = _recap(request, pk)
    stored = {"pdf": recap.pdf, "csv": recap.spreadsheet}.get(kind)
    if not stored:
        raise Http404
    return redirect(recap_file_url(recap, stored))
