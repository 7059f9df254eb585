"""Logged-in users manage their private calendar addresses: create one, revoke one."""

from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse

from meetings.access import actor_of
from meetings.models import Organization
from public.models import CalendarFeedToken
from public.services import calendar_token_create, calendar_token_revoke, feed_organizations_q
from public.views.ical import FEED_ORGANIZATION_KINDS


@login_required(login_url="public:login")
def private_feeds(request):
    actor = actor_of(request)
    organizations = Organization.objects.filter(
        feed_organizations_q(actor), kind__in=FEED_ORGANIZATION_KINDS
    ).order_by("name")
    new_address, error = None, None
    if request.method == "POST" and request.POST.get("revoke", "").isdigit():
        calendar_token_revoke(user=request.user, token_id=int(request.POST["revoke"]))
        return redirect("public:private_feeds")
    if request.method == "POST":
        organization = organizations.filter(pk=request.POST.get("organization") or 0).first()
        try:
            if organization is None:
                raise ValidationError({"organization": ""})
            _token, secret = calendar_token_create(
                user=request.user, actor=actor, organization=organization
            )
            path = reverse("public:private_feed", kwargs={"secret": secret})
            new_address = request.build_absolute_uri(path)
        except ValidationError:
            error = True
    tokens = CalendarFeedToken.objects.filter(
        user=request.user, revoked_at__isnull=True
    ).select_related("organization")
    context = {
        "organizations": organizations,
        "tokens": tokens,
        "new_address": new_address,
        "new_webcal": new_address
        and new_address.replace("https://", "webcal://", 1).replace("http://", "webcal://", 1),
        "error": error,
    }
    return render(request, "public/private_feeds.html", context)
