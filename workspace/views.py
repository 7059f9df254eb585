"""The workspace's front door: each role lands on its own list."""

from django.shortcuts import redirect, render

from workspace.access import actor, staff_required


@staff_required
def dashboard(request):
    who = actor(request)
    if who.is_secretariat:
        return redirect("workspace:secretariat-home")
    if who.agency_ids and not who.body_ids:
        return redirect("workspace:agency-home")
    if who.body_ids and not who.agency_ids:
        return redirect("workspace:body-home")
    return render(request, "workspace/dashboard.html")
