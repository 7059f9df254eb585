"""`/favicon.ico`: browsers and link-preview crawlers ask for it whatever the page declares."""

from django.http import HttpResponsePermanentRedirect
from django.templatetags.static import static
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe


@require_safe
@cache_control(max_age=86400, public=True)
def favicon(request):
    # Resolved at request time: with hashed static files the address changes per release.
    return HttpResponsePermanentRedirect(static("tracker/favicon.svg"))
