"""HTML to PDF with WeasyPrint, without touching the network.

The templates carry their own styles and use the system's generic sans-serif font; the fetcher
refuses every address but inline data: so that a stray link can never make the server call out.
"""

from django.http import HttpResponse
from django.template.loader import render_to_string


def pdf_response(request, template: str, context: dict, *, filename: str) -> HttpResponse:
    # Imported on first use: importing WeasyPrint parses its own stylesheets (and logs it),
    # which every management command, worker and test run would pay for through the URLconf.
    import weasyprint
    from weasyprint.urls import URLFetcher

    html = render_to_string(template, context, request=request)
    document = weasyprint.HTML(
        string=html,
        base_url=request.build_absolute_uri("/"),
        url_fetcher=URLFetcher(allowed_protocols={"data"}),
    )
    response = HttpResponse(document.write_pdf(), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response
