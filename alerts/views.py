"""Follow / Ikuti: the sign-up form, the confirmation link and the one-click unsubscribe."""

from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from alerts.forms import FollowForm
from alerts.models import Subscription
from alerts.services import (
    signup_allowed,
    subscription_cancel,
    subscription_confirm,
    subscription_request,
)
from core.security import client_ip


@require_http_methods(["GET", "POST"])
def follow(request):
    if request.method == "POST":
        form = FollowForm(request.POST)
        if form.is_valid():
            data = form.cleaned_data
            ip_ok, address_ok = signup_allowed(ip=client_ip(request), address=data["address"])
            if not ip_ok:
                response = render(request, "alerts/throttled.html", status=429)
                response["Retry-After"] = "3600"
                return response
            if address_ok:
                subscription_request(
                    address=data["address"],
                    target=data["target"],
                    organization=data["body"] or data["agency"],
                    legislation=data["legislation"],
                    words=data["words"],
                    frequency=data["frequency"],
                    language=data["language"],
                )
            # The same answer whatever happened: it tells nobody who follows what.
            return redirect("alerts:check-inbox")
    else:
        form = FollowForm(initial=request.GET.dict())
    return render(request, "alerts/follow.html", {"form": form})


def check_inbox(request):
    return render(request, "alerts/check_inbox.html")


@require_http_methods(["GET", "POST"])
def confirm(request, token: str):
    """GET shows a button (mail scanners open links); POST confirms."""
    if request.method == "POST":
        confirmed = subscription_confirm(token=token)
        return render(request, "alerts/confirm.html", {"done": True, "confirmed": confirmed})
    return render(request, "alerts/confirm.html", {"done": False})


# The token is the credential; mail clients send RFC 8058's one-click POST without a CSRF token.
@csrf_exempt
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token: str):
    if request.method == "POST":
        subscription_cancel(token=token)
        if request.POST.get("List-Unsubscribe") == "One-Click":
            return HttpResponse(status=200)
        return render(request, "alerts/unsubscribe.html", {"done": True})
    subscription = (
        Subscription.objects.select_related("organization", "legislation")
        .filter(token=token)
        .first()
    )
    return render(request, "alerts/unsubscribe.html", {"done": False, "subscription": subscription})
