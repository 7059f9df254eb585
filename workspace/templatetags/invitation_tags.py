"""The invitation panels, rendered where a page includes them:

{% load invitation_tags %}{% invitation_panel meeting %}   (the secretariat's meeting page)
{% load invitation_tags %}{% agency_invitations %}         (the agency's home)
"""

from django import template
from django.db.models import Count

from meetings.access import actor_of
from meetings.selectors_invitation import invitation_of, invitations_for_agencies, invitee_rows
from notifications.models import Kind, Notification, Status
from workspace.secretariat.forms_invitation import InvitationForm, initial_for

register = template.Library()


def _deliveries(meeting) -> dict[int, dict[str, int]]:
    """Per invited organization, how many of its invitation messages are in each state
    (by the state's label)."""
    counts = (
        Notification.objects.filter(kind=Kind.MEETING_INVITATION, meeting_id=meeting.pk)
        .values("organization_id", "status")
        .annotate(n=Count("pk"))
    )
    by_organization: dict[int, dict[str, int]] = {}
    for row in counts:
        label = Status(row["status"]).label
        by_organization.setdefault(row["organization_id"], {})[label] = row["n"]
    return by_organization


@register.inclusion_tag("workspace/secretariat/_invitation_panel.html", takes_context=True)
def invitation_panel(context, meeting, form=None):
    invitation = invitation_of(meeting)
    deliveries = _deliveries(meeting) if invitation else {}
    rows = [
        {"row": row, "deliveries": deliveries.get(row.organization.pk, {})}
        for row in invitee_rows(meeting)
    ]
    return {
        "request": context.get("request"),
        "csrf_token": context.get("csrf_token"),
        "meeting": meeting,
        "invitation": invitation,
        "rows": rows,
        "form": form or InvitationForm(initial=initial_for(meeting, invitation)),
        "can_issue": meeting.status == "scheduled",
    }


@register.inclusion_tag("workspace/agency/_invitations.html", takes_context=True)
def agency_invitations(context):
    who = actor_of(context["request"])
    invitations = list(invitations_for_agencies(who.agency_ids)) if who.agency_ids else []
    entries = []
    for invitation in invitations:
        replies = {reply.organization_id: reply for reply in invitation.my_replies}
        for organization in invitation.meeting.my_agencies:
            entries.append(
                {
                    "invitation": invitation,
                    "organization": organization,
                    "reply": replies.get(organization.pk),
                }
            )
    return {"entries": entries}
