"""Printables as PDF responses (core.pdf makes them, without touching the network)."""

from django.http import HttpResponse
from django.template.loader import render_to_string

from core.pdf import html_to_pdf


def pdf_response(request, template: str, context: dict, *, filename: str) -> HttpResponse:
    html = render_to_string(template, context, request=request)
    pdf = html_to_pdf(html, base_url=request.build_absolute_uri("/"))
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response
