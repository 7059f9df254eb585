"""Alert-worthy changes, seen where meetings and follow-ups are saved, whichever service (or the
admin, or the API) saves them.

What a row was is remembered when it is loaded (no extra query on save); the event is recorded
after the transaction commits, when the meeting's bodies, invitations and agenda are written
too, and never for a change that was rolled back.
"""

from django.db import transaction
from django.db.models.signals import post_init, post_save
from django.dispatch import receiver
from django.utils import timezone

from alerts.models import EventKind
from commitments.models import Commitment, display_status
from meetings.models import Meeting, MeetingStatus

_MEETING_STATUS_EVENTS = {
    MeetingStatus.POSTPONED: EventKind.MEETING_MOVED,
    MeetingStatus.CANCELLED: EventKind.MEETING_CANCELLED,
    MeetingStatus.HELD: EventKind.MEETING_HELD,
}


def _record_on_commit(**event) -> None:
    from alerts.services import alert_event_record

    transaction.on_commit(lambda: alert_event_record(**event), robust=True)


@receiver(post_init, sender=Meeting)
def remember_meeting(sender, instance: Meeting, **kwargs) -> None:
    # Only fields already loaded: reading a deferred one here would cost a query per row.
    values = instance.__dict__
    instance._alert_was = (values.get("status"), values.get("start"))


@receiver(post_save, sender=Meeting)
def meeting_saved(sender, instance: Meeting, created: bool, **kwargs) -> None:
    was_status, was_start = getattr(instance, "_alert_was", (None, None))
    instance._alert_was = (instance.status, instance.start)
    kind = None
    if created:
        if instance.status == MeetingStatus.SCHEDULED and instance.start > timezone.now():
            kind = EventKind.MEETING_SCHEDULED
    elif was_status is None:
        return  # loaded without its status: nothing to compare with
    elif instance.status != was_status:
        kind = _MEETING_STATUS_EVENTS.get(instance.status)
    elif instance.status == MeetingStatus.SCHEDULED and was_start and instance.start != was_start:
        kind = EventKind.MEETING_MOVED
    if kind is None:
        return
    _record_on_commit(
        kind=kind,
        key=f"meeting:{instance.pk}:{kind}:r{instance.revision}",
        meeting_id=instance.pk,
        context={"start": instance.start.isoformat()},
    )


@receiver(post_init, sender=Commitment)
def remember_commitment(sender, instance: Commitment, **kwargs) -> None:
    values = instance.__dict__
    instance._alert_was = (values.get("status"), values.get("verification"))


@receiver(post_save, sender=Commitment)
def commitment_saved(sender, instance: Commitment, created: bool, **kwargs) -> None:
    was_status, was_verification = getattr(instance, "_alert_was", (None, None))
    instance._alert_was = (instance.status, instance.verification)
    if created or was_status is None or was_verification is None:
        return
    before = display_status(was_status, was_verification)
    after = display_status(instance.status, instance.verification)
    if before == after:
        return
    now = timezone.now()
    _record_on_commit(
        kind=EventKind.COMMITMENT_STATUS,
        key=f"commitment:{instance.pk}:{after.value}@{now:%Y%m%dT%H%M%S}",
        meeting_id=instance.meeting_id,
        commitment_id=instance.pk,
        context={"from": before.value, "to": after.value},
        now=now,
    )
