"""A meeting as the secretariat works on it: state, outcomes, documents, postpone or cancel."""

import datetime
from zoneinfo import ZoneInfo

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from commitments.models import Commitment
from meetings import services
from meetings.models import Meeting
from meetings.selectors import meeting_detail
from workspace.access import secretariat_required
from workspace.history_pages import meeting_history_rows
from workspace.secretariat.forms_proceedings import (
    CancelForm,
    DocumentForm,
    OutcomeForm,
    PostponeForm,
)
from workspace.secretariat.selectors import secretariat_day

# The page holds several forms with fields of the same name ("kind", "reason"): each gets its
# own element ids so every label points at its own field.
IDS = {
    "outcome_form": "outcome-%s",
    "document_form": "document-%s",
    "postpone_form": "postpone-%s",
    "cancel_form": "cancel-%s",
}


def _page(request, meeting, forms=None, status=200):
    agenda = list(meeting.agenda_items.all())
    context = {
        "meeting": meeting,
        "commitments": Commitment.objects.filter(meeting=meeting)
        .select_related("owner", "agenda_item", "person_in_charge")
        .order_by("pk"),
        "attendance_recorded": any(p.attendance != "invited" for p in meeting.participants.all()),
        # Who changed what: the meeting, its agenda and its participants, newest first.
        # One history: the meeting, its agenda, participants, outcomes, documents, follow-ups.
        "history": meeting_history_rows(meeting, limit=100),
        "outcome_form": OutcomeForm(agenda=agenda, auto_id=IDS["outcome_form"]),
        "document_form": DocumentForm(auto_id=IDS["document_form"]),
        "postpone_form": PostponeForm(
            initial={"time_zone": meeting.time_zone}, auto_id=IDS["postpone_form"]
        ),
        "cancel_form": CancelForm(auto_id=IDS["cancel_form"]),
        **(forms or {}),
    }
    return render(request, "workspace/secretariat/meeting.html", context, status=status)


def _load(pk: int) -> Meeting:
    try:
        return meeting_detail(pk=pk)
    except Meeting.DoesNotExist:
        raise Http404 from None


@secretariat_required
def meeting_page(request, pk: int):
    return _page(request, _load(pk))


def _apply(request, meeting, form_name, form, action):
    """Run `action(cleaned_data)` if the form is valid; service errors land on the form."""
    if form is not None and not form.is_valid():
        return _page(request, meeting, {form_name: form}, status=400)
    try:
        action(form.cleaned_data if form is not None else {})
    except ValidationError as error:
        if form is None:
            for text in error.messages:
                messages.error(request, text)
            return redirect("workspace:meeting", pk=meeting.pk)
        for name, texts in error.message_dict.items():
            for text in texts:
                form.add_error(name if name in form.fields else None, text)
        return _page(request, meeting, {form_name: form}, status=400)
    messages.success(request, _("Saved."))
    return redirect("workspace:meeting", pk=meeting.pk)


def _step(request, pk: int, service):
    """A step with no form: `service(meeting=...)` moves the meeting on, or says why not."""
    meeting = _load(pk)
    return _apply(request, meeting, "", None, lambda d: service(meeting=meeting))


@require_POST
@secretariat_required
def meeting_mark_held(request, pk: int):
    return _step(request, pk, services.meeting_mark_held)


@require_POST
@secretariat_required
def meeting_draft_minutes(request, pk: int):
    return _step(request, pk, services.meeting_draft_minutes)


@require_POST
@secretariat_required
def meeting_approve_minutes(request, pk: int):
    return _step(request, pk, services.meeting_approve_minutes)


@require_POST
@secretariat_required
def meeting_add_outcome(request, pk: int):
    meeting = _load(pk)
    agenda = list(meeting.agenda_items.all())
    form = OutcomeForm(request.POST, agenda=agenda, auto_id=IDS["outcome_form"])
    by_pk = {item.pk: item for item in agenda}
    return _apply(
        request,
        meeting,
        "outcome_form",
        form,
        lambda d: services.outcome_add(
            agenda_item=by_pk[d["agenda_item"]], kind=d["kind"], text=d["text"]
        ),
    )


@require_POST
@secretariat_required
def meeting_add_document(request, pk: int):
    meeting = _load(pk)
    form = DocumentForm(request.POST, request.FILES, auto_id=IDS["document_form"])
    return _apply(
        request,
        meeting,
        "document_form",
        form,
        lambda d: services.document_add(
            meeting=meeting,
            title=d["title"],
            kind=d["kind"],
            file=d.get("file"),
            url=d.get("url", ""),
            is_public=d.get("is_public", False),
        ),
    )


@require_POST
@secretariat_required
def meeting_postpone(request, pk: int):
    meeting = _load(pk)
    form = PostponeForm(request.POST, auto_id=IDS["postpone_form"])

    def postpone(d):
        start = datetime.datetime.combine(
            d["new_date"], d["new_time"], tzinfo=ZoneInfo(d["time_zone"])
        )
        new = services.meeting_reschedule(meeting=meeting, new_start=start, reason=d["reason"])
        messages.info(request, _("The new meeting: %(title)s.") % {"title": new})

    return _apply(request, meeting, "postpone_form", form, postpone)


@require_POST
@secretariat_required
def meeting_cancel(request, pk: int):
    meeting = _load(pk)
    form = CancelForm(request.POST, auto_id=IDS["cancel_form"])
    return _apply(
        request,
        meeting,
        "cancel_form",
        form,
        lambda d: services.meeting_cancel(meeting=meeting, reason=d["reason"]),
    )


@secretariat_required
def meetings_home(request):
    meetings = Meeting.objects.select_related("lead_body", "venue").order_by("-start")[:100]
    return render(request, "workspace/secretariat/meetings.html", {"meetings": meetings})


@secretariat_required
def secretariat_today(request):
    return render(request, "workspace/secretariat/today.html", secretariat_day())
