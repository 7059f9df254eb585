from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import render

from commitments.models import Commitment
from meetings.access import actor_of
from public.forms import OLD_COMMITMENT_PARAMETERS, OLD_COMMITMENT_VALUES, CommitmentFilterForm
from public.previews import commitment_preview
from public.selectors.commitments import commitment_page, filtered_commitments
from public.views.common import query_without, redirect_old_parameters

PAGE_SIZE = 50


@redirect_old_parameters(OLD_COMMITMENT_PARAMETERS, OLD_COMMITMENT_VALUES)
def commitment_list(request):
    form = CommitmentFilterForm(request.GET)
    commitments = filtered_commitments(actor_of(request), request.GET)
    page = Paginator(commitments, PAGE_SIZE).get_page(request.GET.get("page"))
    context = {"form": form, "page": page, "filters_query": query_without(request, "page")}
    return render(request, "public/commitment_list.html", context)


def commitment_detail(request, pk):
    try:
        commitment, timeline = commitment_page(actor_of(request), pk)
    except Commitment.DoesNotExist:
        raise Http404 from None
    preview = commitment_preview(commitment, path=request.path)
    return render(
        request,
        "public/commitment_detail.html",
        {"commitment": commitment, "timeline": timeline, "preview": preview},
    )
