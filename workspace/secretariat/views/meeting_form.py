"""The secretariat records a meeting on one page, and completes it later on the same page."""

import json

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from meetings.calendar_days import holidays_between, non_working_day
from meetings.formatting import format_short_date
from meetings.models import Meeting, Organization
from workspace.access import secretariat_required
from workspace.secretariat import choices, editing
from workspace.secretariat.forms import (
    AgendaFormSet,
    CommitmentFormSet,
    MeetingForm,
    ParticipantFormSet,
    agenda_choices,
)
from workspace.secretariat.prefill import report_state
from workspace.secretariat.saving import RowErrors, save_meeting, show_errors
from workspace.secretariat.script_words import SCRIPT_WORDS

TEMPLATE = "workspace/secretariat/meeting_form.html"


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


def _agenda_titles(data, initial: list[dict] | None, rows: int) -> list[str]:
    if data is not None:
        return [data.get(f"agenda-{i}-title", "") for i in range(rows)]
    return [row.get("title", "") for row in initial or []]


def page_forms(data=None, extra: int = 0, initial: dict | None = None, removable=False):
    """The page's form and row lists; `initial` pre-fills them (from a meeting or a report)."""
    initial = initial or {}
    people = choices.people_by_office()
    organizations = [
        (pk, str(name))
        for pk, name in Organization.objects.order_by("name").values_list("pk", "name")
    ]
    picker = choices.agency_picker()
    agenda = with_extra(AgendaFormSet, extra)(
        data,
        prefix="agenda",
        initial=initial.get("agenda"),
        legislation=choices.legislation_choices(),
        removable=removable,
    )
    titles = _agenda_titles(data, initial.get("agenda"), agenda.total_form_count())
    return {
        "meeting_form": MeetingForm(
            data, initial=initial.get("meeting_form"), agency_picker=picker
        ),
        "agenda": agenda,
        "participants": with_extra(ParticipantFormSet, extra)(
            data,
            prefix="participants",
            initial=initial.get("participants"),
            people=people,
            organizations=[("", "---------"), *organizations],
            removable=removable,
        ),
        "commitments": with_extra(CommitmentFormSet, extra)(
            data,
            prefix="commitments",
            initial=initial.get("commitments"),
            people=people,
            organizations=choices.owner_choices(),
            agenda_choices=agenda_choices(agenda.total_form_count(), titles),
            removable=removable,
        ),
    }


def page_context(forms: dict, request, **extra) -> dict:
    """What the page needs besides its forms: the holidays its script warns about and the
    words its scripts show."""
    today = timezone.localdate()
    first, last = today.replace(year=today.year - 1), today.replace(year=today.year + 2)
    return {
        **forms,
        "action": request.path,
        "holidays_json": json.dumps(holidays_between(first, last)),
        "script_words": SCRIPT_WORDS,
        **report_state(request),
        **extra,
    }


def save_page(request, forms, *, meeting=None):
    """Validate and save the page; returns the saved meeting, or None with errors on the forms."""
    if not all(form.is_valid() for form in forms.values()):
        return None
    try:
        return save_meeting(
            meeting_form=forms["meeting_form"],
            agenda=forms["agenda"],
            participants=forms["participants"],
            commitments=forms["commitments"],
            author=request.user,
            meeting=meeting,
        )
    except RowErrors:
        return None
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
        return None


def warn_if_day_off(request, meeting: Meeting) -> None:
    """A meeting on a weekend or a public holiday may be right (a sidak, a Saturday recess
    visit), so it is saved; the clerk is told in case the date was mistyped."""
    reason = non_working_day(meeting.local_start.date())
    if reason:
        messages.warning(
            request,
            _("Check the date: %(date)s is %(reason)s.")
            % {"date": format_short_date(meeting.local_start.date()), "reason": reason},
        )


@secretariat_required
def meeting_new(request):
    data = request.POST if request.method == "POST" else None
    forms = page_forms(data, _extra_rows(request))
    if data is not None:
        meeting = save_page(request, forms)
        if meeting is not None:
            messages.success(request, _("The meeting is saved."))
            warn_if_day_off(request, meeting)
            return redirect("workspace:meeting", pk=meeting.pk)
    status = 400 if data is not None else 200
    return render(request, TEMPLATE, page_context(forms, request), status=status)


@secretariat_required
def meeting_edit(request, pk: int):
    meeting = get_object_or_404(Meeting, pk=pk)
    data = request.POST if request.method == "POST" else None
    forms = page_forms(
        data, _extra_rows(request) or 2, initial=editing.initial(meeting), removable=True
    )
    if data is not None:
        saved = save_page(request, forms, meeting=meeting)
        if saved is not None:
            messages.success(request, _("The changes are saved."))
            warn_if_day_off(request, saved)
            return redirect("workspace:meeting", pk=meeting.pk)
    status = 400 if data is not None else 200
    context = page_context(forms, request, meeting=meeting)
    return render(request, TEMPLATE, context, status=status)
