"""An invited agency answers: from its workspace, or through the e-mail's signed link.

The signed link needs no login: it names one letter and one agency, and it works until the
meeting starts (the start is read from the database, so a moved meeting keeps its links).
"""

from django.contrib import messages
from django.core import signing
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from meetings.access import actor_of
from meetings.formatting import format_meeting_time
from meetings.models import Invitation, MeetingStatus, Organization
from meetings.selectors_invitation import offices_on
from meetings.services import invitation_answer
from notifications.links import read_invitation_token
from workspace.access import agency_required
from workspace.agency.forms_invitation import AnswerForm, initial_for
from workspace.invitation_errors import errors_to_form
from workspace.printables.invitation import invitation_pdf_response


def _invitation(pk: int, organization_pk: int) -> tuple[Invitation, Organization]:
    """The letter and the agency, only if the agency is invited to the letter's meeting."""
    invitation = get_object_or_404(
        Invitation.objects.select_related("meeting__lead_body__parent", "meeting__venue"), pk=pk
    )
    organization = invitation.meeting.invited_organizations.filter(pk=organization_pk).first()
    if organization is None:
        raise Http404
    return invitation, organization


def _is_open(invitation: Invitation) -> bool:
    meeting = invitation.meeting
    return meeting.status == MeetingStatus.SCHEDULED and meeting.start > timezone.now()


def _answer_page(
    request, invitation, organization, *, template: str, answered_by, done_url, letter_url
):
    meeting = invitation.meeting
    offices = offices_on(organization_ids=[organization.pk], day=meeting.local_start.date())
    reply = (
        invitation.replies.select_related("representative")
        .filter(organization=organization)
        .first()
    )
    is_open = _is_open(invitation)
    data = request.POST if request.method == "POST" and is_open else None
    form = AnswerForm(data, initial=initial_for(reply), offices=offices.get(organization.pk, []))
    status = 200
    if data is not None:
        if form.is_valid():
            fields = dict(form.cleaned_data)
            fields["representative"] = form.representative_person()
            try:
                invitation_answer(
                    invitation=invitation,
                    organization=organization,
                    answered_by=answered_by,
                    **fields,
                )
            except ValidationError as error:
                errors_to_form(form, error)
            else:
                messages.success(request, _("Thank you; your answer is recorded."))
                return redirect(done_url)
        status = 400
    elif request.method == "POST":
        status = 410  # the meeting has started (or is no longer scheduled): answers are closed
    context = {
        "invitation": invitation,
        "meeting": meeting,
        "organization": organization,
        "when": format_meeting_time(meeting),
        "agenda": meeting.agenda_items.all(),
        "reply": reply,
        "form": form if is_open else None,
        "letter_url": letter_url,
    }
    return render(request, template, context, status=status)


@agency_required
@require_http_methods(["GET", "POST"])
def invitation_answer_page(request, pk: int, organization_pk: int):
    if organization_pk not in actor_of(request).agency_ids:
        raise PermissionDenied  # an agency account answers for its own agency only
    invitation, organization = _invitation(pk, organization_pk)
    return _answer_page(
        request,
        invitation,
        organization,
        template="workspace/agency/invitation_answer.html",
        answered_by=request.user,
        done_url=request.path,
        letter_url=reverse("workspace:invitation-pdf", kwargs={"pk": invitation.meeting_id}),
    )


def _from_token(token: str) -> tuple[Invitation, Organization]:
    try:
        invitation_id, organization_id = read_invitation_token(token)
    except signing.BadSignature:
        raise Http404 from None
    return _invitation(invitation_id, organization_id)


# Not csrf_exempt: the form carries Django's CSRF token like any other page's form.
@require_http_methods(["GET", "POST"])
def invitation_link(request, token: str):
    invitation, organization = _from_token(token)
    if request.method == "GET" and not _is_open(invitation):
        context = {"meeting": invitation.meeting, "organization": organization}
        return render(request, "workspace/agency/invitation_closed.html", context, status=410)
    return _answer_page(
        request,
        invitation,
        organization,
        template="workspace/agency/invitation_link.html",
        # Whoever holds the link answers for the agency; no account is recorded.
        answered_by=None,
        done_url=request.path,
        letter_url=reverse("workspace:invitation-link-pdf", kwargs={"token": token}),
    )


def invitation_link_pdf(request, token: str):
    invitation, organization = _from_token(token)
    if not _is_open(invitation):
        context = {"meeting": invitation.meeting, "organization": organization}
        return render(request, "workspace/agency/invitation_closed.html", context, status=410)
    return invitation_pdf_response(request, invitation, signed_link_for=organization.pk)
