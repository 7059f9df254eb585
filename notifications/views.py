"""The unsubscribe link of every message: a page that confirms, and RFC 8058 one-click POST."""

from django.core import signing
from django.http import Http404
from django.shortcuts import render
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from notifications.links import read_unsubscribe_token
from notifications.models import Kind
from notifications.services import unsubscribe


# The signed token is the credential; mail clients send the one-click POST without a CSRF token.
@csrf_exempt
@require_http_methods(["GET", "POST"])
def unsubscribe_view(request, token: str):
    try:
        address, kind = read_unsubscribe_token(token)
    except signing.BadSignature:
        raise Http404 from None
    if kind not in Kind.values:
        raise Http404
    context = {"address": address, "kind_label": Kind(kind).label, "done": False}
    if request.method == "POST":
        unsubscribe(address=address, kind=kind)
        context["done"] = True
    return render(request, "notifications/unsubscribe.html", context)
