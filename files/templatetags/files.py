from django import template

from files.urls_for import document_file_url, evidence_file_url, recap_file_url

register = template.Library()


@register.filter
def document_link(document) -> str:
    """The document's file through the checked view, else its outside link."""
    return document_file_url(document) if document.file else document.url


@register.filter
def evidence_link(update) -> str:
    return evidence_file_url(update) if update.evidence_file else ""


@register.simple_tag
def recap_link(recap, kind: str) -> str:
    stored = recap.pdf if kind == "pdf" else recap.spreadsheet
    return recap_file_url(recap, stored) if stored else ""
