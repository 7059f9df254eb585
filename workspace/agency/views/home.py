"""The agency (OPD) workspace: "Komitmen kami", and everyone's contact preferences."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from meetings.access import actor_of
from meetings.models import Organization
from workspace.access import agency_required, staff_required
from workspace.agency.forms import PreferencesForm
from workspace.agency.selectors import agency_commitments, agency_upcoming_meetings
from workspace.agency.services import contact_preference_save


@agency_required
def agency_home(request):
    who = actor_of(request)
    context = {
        "groups": agency_commitments(who),
        "agencies": Organization.objects.filter(pk__in=who.agency_ids).order_by("name"),
        "meetings": agency_upcoming_meetings(who),
        "today": timezone.localdate(),
    }
    return render(request, "workspace/agency/home.html", context)


@staff_required
def preferences(request):
    person = getattr(request.user, "person", None)
    if person is None:
        # Messages go to people of the directory; an account without one has nothing to set.
        return render(request, "workspace/preferences.html", {"person": None})
    current = getattr(person, "contact_preference", None)
    data = request.POST if request.method == "POST" else None
    form = PreferencesForm(data, instance=current)
    if request.method == "POST" and form.is_valid():
        contact_preference_save(person=person, **form.cleaned_data)
        messages.success(request, _("Your preferences are saved."))
        return redirect("workspace:preferences")
    status = 400 if request.method == "POST" else 200
    return render(
        request, "workspace/preferences.html", {"person": person, "form": form}, status=status
    )
