"""The site's own error pages (handler404 in tracker/urls.py)."""

from django.http import JsonResponse
from django.utils.translation import gettext
from django.views.defaults import page_not_found

# Addresses under this prefix belong to the REST API (tracker/urls.py), which answers in JSON.
API_PREFIX = "/api/"


def not_found(request, exception=None):
    """Unknown addresses under /api/ answer JSON like the rest of the API; pages get HTML."""
    if request.path.startswith(API_PREFIX):
        return JsonResponse({"detail": gettext("Not found.")}, status=404)
    # Django's own handler runs the CSRF check first (requires_csrf_token), which parses the
    # body: a malformed multipart POST then answered 500. An unknown address needs no body,
    # so the undecorated view renders the page.
    return page_not_found.__wrapped__(request, exception)
