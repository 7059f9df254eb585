"""The addresses of uploaded files, for pages and the API: never MEDIA_URL."""

from django.urls import reverse

from files.responses import file_basename


def document_file_url(document) -> str:
    return reverse("files:document", args=[document.pk, file_basename(document.file)])


def evidence_file_url(update) -> str:
    return reverse("files:evidence", args=[update.pk, file_basename(update.evidence_file)])


def recap_file_url(recap, stored) -> str:
    return reverse("files:recap", args=[recap.pk, file_basename(stored)])
