from django.shortcuts import render

from meetings.access import actor_of
from public.forms import SearchForm
from public.selectors.search import search


def search_page(request):
    form = SearchForm(request.GET)
    results = None
    if form.is_valid() and form.cleaned_data["q"]:
        results = search(actor_of(request), form.cleaned_data["q"])
    return render(request, "public/search.html", {"form": form, "results": results})
