"""The workspace's front door: each role lands on its own list."""

from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect, render

from meetings.access import actor_of


def dashboard(request):
    """Where "Workspace" and a fresh login lead: the secretariat to its day, an agency to its
    follow-ups, a body member to what awaits verification; an account without a role to its
    private calendar (the only thing it can do)."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    who = actor_of(request)
    if who.is_secretariat:
        return redirect("workspace:secretariat-today")
    if who.agency_ids and not who.body_ids:
        return redirect("workspace:agency-home")
    if who.body_ids and not who.agency_ids:
        return redirect("workspace:body-home")
    if not (who.agency_ids or who.body_ids):
        return redirect("public:private_feeds")
    return render(request, "workspace/dashboard.html")
