"""The DPRD body's workspace: follow-ups to verify, partner agencies' records, the verdict."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from commitments.access import can_verify
from commitments.services import commitment_verify
from meetings.access import actor_of
from workspace.access import body_required, staff_required
from workspace.agency.forms import show_service_errors
from workspace.agency.views.commitment import load, render_page
from workspace.body.forms import VerifyForm
from workspace.body.selectors import awaiting_verification, own_commitments, partner_records


@body_required
def body_home(request):
    who = actor_of(request)
    context = {
        "pending": awaiting_verification(who),
        "own": own_commitments(who),
        "partners": partner_records(who),
    }
    return render(request, "workspace/body/home.html", context)


@require_POST
@staff_required
def commitment_verify_view(request, pk: int):
    commitment = load(request, pk)
    if not can_verify(actor_of(request), commitment):
        raise PermissionDenied
    form = VerifyForm(request.POST)
    if form.is_valid():
        try:
            commitment_verify(
                commitment=commitment,
                author=request.user,
                accept=form.accepted,
                reason=form.cleaned_data["reason"],
            )
        except ValidationError as error:
            show_service_errors(form, error)
        else:
            text = _("Verified.") if form.accepted else _("Sent back to its owner.")
            messages.success(request, text)
            return redirect("workspace:commitment", pk=commitment.pk)
    return render_page(request, commitment, {"verify_form": form}, status=400)
