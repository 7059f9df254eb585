"""The secretariat's invitation letter: issue or correct it, re-send it, print it."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from meetings.access import actor_of
from meetings.models import Invitation, Meeting
from meetings.selectors_invitation import invitation_of
from notifications.services import invitation_issue_and_send, invitation_resend
from workspace.access import secretariat_required, staff_required
from workspace.invitation_errors import errors_to_form
from workspace.printables.invitation import invitation_pdf_response
from workspace.secretariat.forms_invitation import InvitationForm


@secretariat_required
def invitation_issue_view(request, pk: int):
    meeting = get_object_or_404(Meeting.objects.select_related("lead_body", "venue"), pk=pk)
    form = InvitationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            invitation_issue_and_send(meeting=meeting, issued_by=request.user, **form.cleaned_data)
        except ValidationError as error:
            errors_to_form(form, error)
        else:
            messages.success(request, _("The invitation is issued and on its way."))
            return redirect("workspace:meeting", pk=meeting.pk)
    status = 400 if request.method == "POST" else 200
    context = {"meeting": meeting, "form": form if request.method == "POST" else None}
    return render(request, "workspace/secretariat/invitation.html", context, status=status)


@require_POST
@secretariat_required
def invitation_resend_view(request, pk: int):
    invitation = get_object_or_404(Invitation, meeting_id=pk)
    try:
        ids = invitation_resend(invitation=invitation)
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
    else:
        messages.success(
            request,
            _("%(count)s message(s) handed over for sending; the others had it already.")
            % {"count": len(ids)},
        )
    return redirect("workspace:meeting", pk=pk)


@staff_required
def invitation_pdf(request, pk: int):
    meeting = get_object_or_404(Meeting.objects.select_related("lead_body__parent", "venue"), pk=pk)
    who = actor_of(request)
    if not who.is_secretariat:
        # An agency reads the letter only if it is invited: a closed meeting's details stay in.
        invited = meeting.invited_organizations.filter(pk__in=who.agency_ids).exists()
        if not invited:
            raise PermissionDenied
    invitation = invitation_of(meeting)
    if invitation is None:
        raise Http404
    invitation.meeting = meeting
    return invitation_pdf_response(request, invitation)
