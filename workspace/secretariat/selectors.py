"""The secretariat's day: what needs a clerk's hands today, each list read in one query."""

import datetime

from django.db.models import Count, Exists, F, OuterRef, Q
from django.utils import timezone

from commitments.models import Commitment, Verification
from meetings.models import Attendance, Meeting, MeetingStatus, MinutesState, Participant
from notifications.models import Notification, Status

LIMIT = 50


def secretariat_day(*, now: datetime.datetime | None = None) -> dict:
    now = now or timezone.now()
    today = timezone.localtime(now).date()
    day_start = timezone.make_aware(datetime.datetime.combine(today, datetime.time.min))
    week_end = day_start + datetime.timedelta(days=8 - today.isoweekday())
    meetings = Meeting.objects.select_related("lead_body", "venue")
    recorded = Participant.objects.filter(meeting=OuterRef("pk")).exclude(
        attendance=Attendance.INVITED
    )
    return {
        "today": list(
            meetings.filter(start__gte=day_start, start__lt=day_start + datetime.timedelta(days=1))
            .exclude(status=MeetingStatus.POSTPONED)
            .order_by("start")[:LIMIT]
        ),
        "this_week": list(
            meetings.filter(
                start__gte=day_start + datetime.timedelta(days=1),
                start__lt=max(week_end, day_start + datetime.timedelta(days=2)),
                status=MeetingStatus.SCHEDULED,
            ).order_by("start")[:LIMIT]
        ),
        "to_complete": list(
            meetings.filter(status=MeetingStatus.HELD)
            .annotate(has_attendance=Exists(recorded))
            .filter(Q(has_attendance=False) | ~Q(minutes_state=MinutesState.APPROVED))
            .order_by("-start")[:LIMIT]
        ),
        "not_yet_marked_held": list(
            meetings.filter(status=MeetingStatus.SCHEDULED, start__lt=day_start).order_by("-start")[
                :LIMIT
            ]
        ),
        "awaiting_verification": list(
            Commitment.objects.filter(verification=Verification.PENDING)
            .select_related("owner", "answers_to", "meeting")
            .order_by("updated_at")[:LIMIT]
        ),
        "unanswered": list(
            meetings.filter(
                status=MeetingStatus.SCHEDULED, start__gte=now, invitation__isnull=False
            )
            .annotate(
                invited=Count("invited_organizations", distinct=True),
                answered=Count("invitation__replies", distinct=True),
            )
            .filter(answered__lt=F("invited"))
            .order_by("start")[:LIMIT]
        ),
        "failed_reminders": Notification.objects.filter(status=Status.FAILED).count(),
    }
