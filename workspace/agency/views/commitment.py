"""A follow-up's page, shared by the owning agency, the body it answers to and the secretariat.

The agency reports progress and submits it as done here; the body's verdict is posted by
workspace.body.views, which renders this same page when its form has errors.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from commitments.access import can_report, can_verify
from commitments.models import CLOSED_STATUSES, Commitment, Verification
from commitments.services import commitment_report_progress, commitment_submit
from commitments.visibility import as_seen_by
from files.urls_for import evidence_file_url
from meetings.access import actor_of
from meetings.formatting import format_meeting_time
from workspace.access import staff_required
from workspace.agency.forms import ProgressForm, SubmitForm, show_service_errors
from workspace.agency.selectors import staff_commitment, timeline_with_names
from workspace.body.forms import VerifyForm
from workspace.history_pages import commitment_history


def load(request, pk: int) -> Commitment:
    try:
        return staff_commitment(actor_of(request), pk)
    except Commitment.DoesNotExist:
        raise Http404 from None


def render_page(request, commitment: Commitment, forms: dict | None = None, status: int = 200):
    who = actor_of(request)
    [commitment] = as_seen_by(who, [commitment])
    meeting = commitment.meeting
    reporting = can_report(who, commitment) and commitment.status not in CLOSED_STATUSES
    verifying = can_verify(who, commitment) and commitment.verification == Verification.PENDING
    context = {
        "commitment": commitment,
        "meeting": meeting,
        "meeting_time": format_meeting_time(meeting),
        # Staff of an agency or body read the meeting on its public page, which shows them
        # closed meetings they take part in; only the secretariat has a workspace page for it.
        "meeting_url_name": "workspace:meeting" if who.is_secretariat else "public:meeting",
        # One history: the changes, each told with the timeline entry (report, evidence) it made.
        "history": commitment_history(commitment, timeline_with_names(commitment=commitment)),
        "progress_form": ProgressForm(initial={"progress": commitment.progress})
        if reporting
        else None,
        "submit_form": SubmitForm() if reporting else None,
        "verify_form": VerifyForm() if verifying else None,
        **(forms or {}),
    }
    return render(request, "workspace/commitment.html", context, status=status)


@staff_required
def commitment_page(request, pk: int):
    return render_page(request, load(request, pk))


def _reporting(request, pk: int) -> Commitment:
    commitment = load(request, pk)
    if not can_report(actor_of(request), commitment):
        raise PermissionDenied
    return commitment


@require_POST
@staff_required
def commitment_progress(request, pk: int):
    commitment = _reporting(request, pk)
    form = ProgressForm(request.POST, request.FILES)
    if form.is_valid():
        data = form.cleaned_data
        try:
            commitment_report_progress(
                commitment=commitment,
                author=request.user,
                text=data["text"],
                progress=data["progress"],
                evidence_file=data.get("evidence_file"),
                evidence_url=data.get("evidence_url", ""),
            )
        except ValidationError as error:
            show_service_errors(form, error)
        else:
            messages.success(request, _("Progress reported."))
            return redirect("workspace:commitment", pk=commitment.pk)
    return render_page(request, commitment, {"progress_form": form}, status=400)


@require_POST
@staff_required
def commitment_submit_done(request, pk: int):
    commitment = _reporting(request, pk)
    form = SubmitForm(request.POST)
    if form.is_valid():
        try:
            commitment_submit(
                commitment=commitment, author=request.user, text=form.cleaned_data["text"]
            )
        except ValidationError as error:
            show_service_errors(form, error)
        else:
            messages.success(request, _("Submitted as done; the DPRD body will verify it."))
            return redirect("workspace:commitment", pk=commitment.pk)
    return render_page(request, commitment, {"submit_form": form}, status=400)


@staff_required
def commitment_evidence(request, pk: int, update_pk: int):
    """The old address of an evidence file: on to its checked view (which audits it)."""
    commitment = load(request, pk)
    update = commitment.updates.filter(pk=update_pk).exclude(evidence_file="").first()
    if update is None:
        raise Http404
    return redirect(evidence_file_url(update))
