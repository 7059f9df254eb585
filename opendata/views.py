"""The open-data pages and files. Anyone may read them; they hold public records only."""

from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import render
from django.urls import reverse

from opendata.catalog import LICENSE, catalog, datapackage, dataset_metadata, publisher
from opendata.exporters import to_csv, to_json
from opendata.ocd import ocd_event_for, ocd_events
from opendata.registry import BY_SLUG, DATASETS

JSON_OPTIONS = {"ensure_ascii": False, "indent": 1}


def _dataset(slug: str):
    try:
        return BY_SLUG[slug]
    except KeyError:
        raise Http404 from None


def _open(response):
    # Open data: portals and browser tools on other sites may fetch it.
    response["Access-Control-Allow-Origin"] = "*"
    return response


def data_index(request):
    context = {"datasets": DATASETS, "license": LICENSE, "publisher": publisher()}
    return render(request, "opendata/index.html", context)


def dataset_page(request, slug: str):
    dataset = _dataset(slug)
    metadata = dataset_metadata(dataset, request.build_absolute_uri)
    return render(request, "opendata/dataset.html", {"dataset": dataset, "metadata": metadata})


def dataset_csv(request, slug: str):
    """The CSV file; `?excel=1` is the spreadsheet download (byte-order mark, CRLF)."""
    dataset = _dataset(slug)
    excel = request.GET.get("excel") == "1"
    response = HttpResponse(
        to_csv(dataset, dataset.rows(request.build_absolute_uri), excel=excel),
        content_type="text/csv; charset=utf-8",
    )
    if excel:
        response["Content-Disposition"] = f'attachment; filename="{dataset.slug}-excel.csv"'
    else:
        response["Content-Disposition"] = f'inline; filename="{dataset.slug}.csv"'
    return _open(response)


def dataset_json(request, slug: str):
    dataset = _dataset(slug)
    document = to_json(
        dataset,
        dataset.rows(request.build_absolute_uri),
        metadata_url=request.build_absolute_uri(reverse("opendata:metadata", args=[slug])),
        license=LICENSE,
    )
    return _open(JsonResponse(document, json_dumps_params=JSON_OPTIONS))


def dataset_metadata_json(request, slug: str):
    metadata = dataset_metadata(_dataset(slug), request.build_absolute_uri)
    return _open(JsonResponse(metadata, json_dumps_params=JSON_OPTIONS))


def meetings_ocd(request):
    events = ocd_events(request.build_absolute_uri)
    return _open(JsonResponse(events, safe=False, json_dumps_params=JSON_OPTIONS))


def meeting_ocd(request, pk: int):
    """One event per file, as OCD importers read them."""
    event = ocd_event_for(pk, request.build_absolute_uri)
    if event is None:
        raise Http404
    return _open(JsonResponse(event, json_dumps_params=JSON_OPTIONS))


def datapackage_json(request):
    return _open(
        JsonResponse(datapackage(request.build_absolute_uri), json_dumps_params=JSON_OPTIONS)
    )


def catalog_json(request):
    return _open(JsonResponse(catalog(request.build_absolute_uri), json_dumps_params=JSON_OPTIONS))
