"""The one role check of the server-rendered pages.

A page of the wrong role answers 403 (not a redirect to login): the user is logged in, just not
allowed; an anonymous visitor is sent to the login page (settings.LOGIN_URL) and back after.
"""

from collections.abc import Callable
from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest


def login_or_403(allowed: Callable[[HttpRequest], bool]):
    """A decorator for views open to logged-in users that `allowed(request)` accepts."""

    def decorator(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            if not allowed(request):
                raise PermissionDenied
            return view(request, *args, **kwargs)

        return wrapper

    return decorator
