"""The secretariat logs a meeting on one page."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from meetings.models import Organization
from workspace.access import secretariat_required
from workspace.secretariat import choices
from workspace.secretariat.forms import (
    AgendaFormSet,
    CommitmentFormSet,
    MeetingForm,
    ParticipantFormSet,
)
from workspace.secretariat.logging import log_meeting, show_errors


def with_extra(formset_class, extra: int):
    return (
        type(formset_class.__name__, (formset_class,), {"extra": extra}) if extra else formset_class
    )


def _extra_rows(request) -> int:
    """`?rows=8` asks for more empty rows in each list (at most 30)."""
    try:
        return max(2, min(int(request.GET.get("rows", "")), 30))
    except ValueError:
        return 0


def _forms(data=None, extra: int = 0, initial: dict | None = None):
    """The page's form and formsets; `initial` pre-fills them (from a news report)."""
    initial = initial or {}
    people = choices.people_by_office()
    organizations = [
        (pk, str(name))
        for pk, name in Organization.objects.order_by("name").values_list("pk", "name")
    ]
    agencies = [
        (pk, label) for _group, items in choices.agency_choices()[-1:] for pk, label in items
    ]
    return {
        "meeting_form": MeetingForm(data, initial=initial.get("meeting_form")),
        "agenda": with_extra(AgendaFormSet, extra)(
            data, prefix="agenda", initial=initial.get("agenda")
        ),
        "participants": with_extra(ParticipantFormSet, extra)(
            data,
            prefix="participants",
            initial=initial.get("participants"),
            people=people,
            organizations=[("", "---------"), *organizations],
        ),
        "commitments": with_extra(CommitmentFormSet, extra)(
            data,
            prefix="commitments",
            initial=initial.get("commitments"),
            people=people,
            organizations=agencies,
        ),
    }


@secretariat_required
def meeting_new(request):
    forms = _forms(request.POST if request.method == "POST" else None, _extra_rows(request))
    if request.method == "POST" and all(form.is_valid() for form in forms.values()):
        try:
            meeting = log_meeting(
                meeting_form=forms["meeting_form"],
                agenda=forms["agenda"],
                participants=forms["participants"],
                commitments=forms["commitments"],
                author=request.user,
            )
        except ValidationError as error:
            show_errors(
                error,
                meeting_form=forms["meeting_form"],
                formsets={
                    "agenda_items": forms["agenda"],
                    "participants": forms["participants"],
                    "commitments": forms["commitments"],
                },
            )
        else:
            messages.success(request, _("The meeting is saved."))
            return redirect("workspace:meeting", pk=meeting.pk)
    status = 400 if request.method == "POST" else 200
    return render(request, "workspace/secretariat/meeting_new.html", forms, status=status)
