"""Who may open which workspace page. Every view checks on the server, through these decorators.

A page of the wrong role answers 403 (not a redirect to login): the user is logged in, just not
allowed; an anonymous user is sent to the login page.
"""

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied

from meetings.access import Actor, actor_for


def actor(request) -> Actor:
    """The request's role and organizations, read once."""
    if not hasattr(request, "_workspace_actor"):
        request._workspace_actor = actor_for(request.user)
    return request._workspace_actor


def _requires(allowed):
    def decorator(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            if not allowed(actor(request)):
                raise PermissionDenied
            return view(request, *args, **kwargs)

        return wrapper

    return decorator


secretariat_required = _requires(lambda a: a.is_secretariat)
agency_required = _requires(lambda a: bool(a.agency_ids))
body_required = _requires(lambda a: bool(a.body_ids))
staff_required = _requires(lambda a: a.is_secretariat or bool(a.agency_ids or a.body_ids))
