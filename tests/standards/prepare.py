"""Adds the cases the demo lacks (an online meeting) and prints, as JSON, the addresses of one
output of each kind for .ci/standards: meetings open, closed, cancelled and online, a follow-up,
an agency and a body. Run with the settings of the throwaway server, after load_demo."""

import datetime
import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")

import django  # noqa: E402

django.setup()

from django.utils import timezone  # noqa: E402

from commitments.models import Commitment  # noqa: E402
from meetings.models import (  # noqa: E402
    Meeting,
    MeetingKind,
    MeetingStatus,
    Openness,
    Organization,
    OrganizationKind,
)
from meetings.services.meeting import meeting_create  # noqa: E402

ONLINE_TITLE = "Rapat daring evaluasi SPBE"


def online_meeting(body: Organization, agency: Organization) -> Meeting:
    found = Meeting.objects.filter(title=ONLINE_TITLE).first()
    if found:
        return found
    start = (timezone.now() + datetime.timedelta(days=3)).replace(
        hour=2, minute=0, second=0, microsecond=0
    )
    return meeting_create(
        title=ONLINE_TITLE,
        kind=MeetingKind.RDP,
        lead_body=body,
        start=start,
        end=start + datetime.timedelta(hours=2),
        invited_organizations=[agency],
        online_url="https://meet.example.org/evaluasi-spbe",
        summary="Evaluasi penerapan SPBE bersama Diskominfo, daring.",
    )


def main() -> None:
    body = Organization.objects.filter(kind=OrganizationKind.KOMISI).order_by("pk").first()
    agency = Organization.objects.filter(kind=OrganizationKind.OPD).order_by("pk").first()
    meetings = Meeting.objects.order_by("pk")
    cases = {
        "open": meetings.filter(openness=Openness.OPEN, status=MeetingStatus.HELD).first(),
        "closed": meetings.filter(openness=Openness.CLOSED).first(),
        "cancelled": meetings.filter(status=MeetingStatus.CANCELLED).first(),
        "online": online_meeting(body, agency),
    }
    missing = [name for name, meeting in cases.items() if meeting is None]
    if missing:
        sys.exit(f"The demo has no meeting for: {', '.join(missing)}")
    commitment = Commitment.objects.public().order_by("pk").first()
    print(
        json.dumps(
            {
                "meetings": {name: meeting.pk for name, meeting in cases.items()},
                "commitment": commitment.pk,
                "agency": agency.slug,
                "body": body.slug,
            }
        )
    )


if __name__ == "__main__":
    main()
