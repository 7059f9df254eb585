"""Helpers the scoreboard and recap views share."""

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from accountability.access import can_read_recaps
from meetings.access import Actor, actor_for


def reader(request) -> Actor:
    if not hasattr(request, "_accountability_actor"):
        request._accountability_actor = actor_for(request.user)
    return request._accountability_actor


def recaps_allowed(view):
    """Logged-in staff only: anonymous readers go to the login page, others get 403."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path(), reverse("public:login"))
        if not can_read_recaps(reader(request)):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapper
