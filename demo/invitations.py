"""Demo invitations: every upcoming demo meeting with invited agencies has its letter issued, so
the agency account finds invitations to answer and the secretariat sees the answers come in.

Issued without sending (the demo's addresses are examples); "Re-send" on the meeting page puts
them through the outbox like a real letter."""

from django.utils import timezone

from meetings.models import Invitation, Meeting, MeetingStatus
from meetings.services.invitation import invitation_issue


def load_invitations() -> int:
    today = timezone.localdate()
    meetings = (
        Meeting.objects.filter(
            external_id__startswith="demo:",
            status=MeetingStatus.SCHEDULED,
            start__gt=timezone.now(),
            invited_organizations__isnull=False,
        )
        .exclude(pk__in=Invitation.objects.values("meeting_id"))
        .select_related("lead_body")
        .distinct()
        .order_by("start")
    )
    issued = 0
    for number, meeting in enumerate(meetings, start=1):
        invitation_issue(
            meeting=meeting,
            letter_number=f"005/{100 + number}/426.050/{today.year}",
            letter_date=today,
            signer_office=f"KETUA {meeting.lead_body.name.upper()}",
        )
        issued += 1
    return issued
