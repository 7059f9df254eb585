from django.shortcuts import render

from public.forms import SearchForm
from public.selectors.search import search
from public.views.common import reader


def search_page(request):
    form = SearchForm(request.GET)
    results = None
    if form.is_valid() and form.cleaned_data["q"]:
        results = search(reader(request), form.cleaned_data["q"])
    return render(request, "public/search.html", {"form": form, "results": results})
