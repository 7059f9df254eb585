"""After the meeting: it is marked held, its minutes approved; or a mistaken record deleted."""

from django.db import transaction
from django.db.models import ProtectedError
from django.utils import timezone
from django.utils.translation import gettext as _

from meetings.errors import IllegalTransition
from meetings.models import Meeting, MeetingStatus, MinutesState


def _lock(meeting: Meeting) -> Meeting:
    return Meeting.objects.select_for_update().get(pk=meeting.pk)


@transaction.atomic
def meeting_mark_held(*, meeting: Meeting) -> Meeting:
    meeting = _lock(meeting)
    if meeting.status != MeetingStatus.SCHEDULED:
        raise IllegalTransition(
            {
                "status": _("Only a scheduled meeting can be marked held; this one is %(status)s.")
                % {"status": meeting.get_status_display()}
            }
        )
    if meeting.start > timezone.now():
        raise IllegalTransition({"status": _("A meeting cannot be marked held before it starts.")})
    meeting.status = MeetingStatus.HELD
    meeting.revision += 1
    meeting.save()
    return meeting


@transaction.atomic
def meeting_approve_minutes(*, meeting: Meeting) -> Meeting:
    meeting = _lock(meeting)
    if meeting.status != MeetingStatus.HELD:
        raise IllegalTransition(
            {"minutes_state": _("Minutes are approved only for a meeting that was held.")}
        )
    if meeting.minutes_state == MinutesState.APPROVED:
        raise IllegalTransition({"minutes_state": _("The minutes are already approved.")})
    if meeting.minutes_state == MinutesState.NONE:
        raise IllegalTransition(
            {"minutes_state": _("There are no minutes to approve yet; record the draft first.")}
        )
    meeting.minutes_state = MinutesState.APPROVED
    meeting.save()
    return meeting


@transaction.atomic
def meeting_delete(*, meeting: Meeting) -> None:
    """Delete a meeting logged by mistake; one with follow-ups or a rescheduling link stays."""
    try:
        meeting.delete()
    except ProtectedError as error:
        raise IllegalTransition(
            {
                "meeting": _(
                    "This meeting has follow-ups or is linked to a rescheduled meeting; "
                    "cancel it instead of deleting it."
                )
            }
        ) from error
