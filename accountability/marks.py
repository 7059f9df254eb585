"""Which rollup keys a change touches, marked in the same transaction as the change.

Connected in AccountabilityConfig.ready(). Marking is one INSERT; the recomputation runs after
commit (accountability.tasks.refresh_rollups), and readers count marked keys afresh until then.
A key is (organization, quarter of the meeting's local date); the follow-ups count under their
owner, the head attendance under the attending agency. Writes that bypass save() and delete()
(QuerySet.update, bulk_create, raw SQL as in the scale data) must run `rollups_rebuild` or mark
the keys themselves: a postponement's bulk-created participants only count once their meeting
is held, which is a save of the meeting.
"""

import logging

from django.core.cache import cache
from django.db import connection, transaction
from django.db.models.signals import m2m_changed, post_delete, post_init, post_save, pre_delete
from django.dispatch import receiver
from django.utils import timezone

from accountability.services.rollups import rollup_mark
from commitments.facts import TIMELINE_KINDS, quarter_number
from commitments.models import Commitment, CommitmentUpdate
from meetings.models import Meeting, Membership, OfficeRole, Organization, Participant

logger = logging.getLogger(__name__)
MEETING_FIGURES = ("start", "openness", "status", "lead_body_id")


# One refresh task per process for the changes of this many seconds: it runs that much later
# and reads every key marked by then. A bulk of changes (an import, the demo, a batch of
# deliveries) queued one task per transaction before, thousands in a row.
REFRESH_DELAY = 5
REFRESH_QUEUED = "accountability:rollups-refresh-queued"


def _enqueue_refresh() -> None:
    # Expires when the queued task is due to run: a change after that queues the next one, so
    # no mark waits longer than REFRESH_DELAY (or the ten-minute beat if a task is lost).
    if not cache.add(REFRESH_QUEUED, True, timeout=REFRESH_DELAY):
        return
    from accountability.tasks import refresh_rollups

    try:
        refresh_rollups.apply_async(countdown=REFRESH_DELAY)
    except Exception:  # noqa: BLE001
        # A broker that is down must not fail the change: the marks stay, readers count them
        # afresh, and the next change or the beat's refresh (every ten minutes) clears them.
        cache.delete(REFRESH_QUEUED)
        logger.warning("Broker unavailable; rollups stay marked until the next refresh")


def _after_commit_refresh() -> None:
    """Once per transaction: a transaction rolled back drops its callback with it, so the next
    one queues its own (a flag on the connection stayed set after a rollback)."""
    pending = connection.run_on_commit if connection.in_atomic_block else []
    if any(entry[1] is _enqueue_refresh for entry in pending):
        return
    transaction.on_commit(_enqueue_refresh)


def _mark(keys) -> None:
    rollup_mark(keys=keys)
    _after_commit_refresh()


def _quarter_of(start) -> int | None:
    return quarter_number(timezone.localdate(start)) if start else None


def _meeting_keys(meeting_id: int, quarters) -> set:
    """Every organization the meeting's figures count under, in each of these quarters."""
    owners = Commitment.objects.filter(meeting_id=meeting_id).values_list("owner_id", flat=True)
    agencies = Participant.objects.filter(meeting_id=meeting_id).values_list(
        "organization_id", flat=True
    )
    organizations = set(owners) | set(agencies)
    return {(pk, quarter) for pk in organizations for quarter in quarters if quarter}


@receiver(post_init, sender=Commitment)
def _remember_commitment_key(sender, instance: Commitment, **kwargs):
    instance._rollup_key = (
        instance.__dict__.get("owner_id"),
        instance.__dict__.get("held_quarter"),
    )


@receiver(post_save, sender=Commitment)
def _commitment_saved(sender, instance: Commitment, raw=False, **kwargs):
    if raw:
        return
    key = (instance.owner_id, instance.held_quarter)
    _mark({key, getattr(instance, "_rollup_key", key)})
    instance._rollup_key = key


@receiver(post_delete, sender=Commitment)
def _commitment_deleted(sender, instance: Commitment, **kwargs):
    _mark({(instance.owner_id, instance.held_quarter)})


def _timeline_changed(instance: CommitmentUpdate) -> None:
    if instance.kind in TIMELINE_KINDS:
        _mark(
            Commitment.objects.filter(pk=instance.commitment_id).values_list(
                "owner_id", "held_quarter"
            )
        )


@receiver(post_save, sender=CommitmentUpdate)
def _timeline_saved(sender, instance: CommitmentUpdate, raw=False, **kwargs):
    if not raw:
        _timeline_changed(instance)


@receiver(post_delete, sender=CommitmentUpdate)
def _timeline_deleted(sender, instance: CommitmentUpdate, **kwargs):
    _timeline_changed(instance)


@receiver(post_init, sender=Meeting)
def _remember_meeting(sender, instance: Meeting, **kwargs):
    instance._rollup_seen = tuple(instance.__dict__.get(name) for name in MEETING_FIGURES)


@receiver(post_save, sender=Meeting)
def _meeting_saved(sender, instance: Meeting, created=False, raw=False, **kwargs):
    seen = getattr(instance, "_rollup_seen", None)
    now = tuple(getattr(instance, name) for name in MEETING_FIGURES)
    instance._rollup_seen = now
    if raw or created or seen == now:
        return
    quarters = {_quarter_of(now[0]), _quarter_of(seen[0]) if seen else None}
    _mark(_meeting_keys(instance.pk, quarters))


@receiver(pre_delete, sender=Meeting)
def _meeting_deleted(sender, instance: Meeting, **kwargs):
    _mark(_meeting_keys(instance.pk, {_quarter_of(instance.start)}))


@receiver(m2m_changed, sender=Meeting.other_bodies.through)
def _joint_bodies_changed(sender, instance, action, reverse=False, pk_set=None, **kwargs):
    if action not in ("post_add", "post_remove", "post_clear"):
        return
    meetings = Meeting.objects.filter(pk__in=pk_set) if reverse else [instance]
    keys = set()
    for meeting in meetings:
        keys |= _meeting_keys(meeting.pk, {_quarter_of(meeting.start)})
    if reverse and action == "post_clear":
        keys |= {(instance.pk, None)}
    _mark(keys)


@receiver(post_init, sender=Participant)
def _remember_participant(sender, instance: Participant, **kwargs):
    instance._rollup_seen = (
        instance.__dict__.get("organization_id"),
        instance.__dict__.get("meeting_id"),
    )


def _participant_keys(organization_ids, meeting_id) -> set:
    start = Meeting.objects.filter(pk=meeting_id).values_list("start", flat=True).first()
    return {(pk, _quarter_of(start)) for pk in organization_ids if pk and start}


@receiver(post_save, sender=Participant)
def _participant_saved(sender, instance: Participant, raw=False, **kwargs):
    if raw:
        return
    seen_organization, seen_meeting = getattr(instance, "_rollup_seen", (None, None))
    keys = _participant_keys({instance.organization_id, seen_organization}, instance.meeting_id)
    if seen_meeting and seen_meeting != instance.meeting_id:
        keys |= _participant_keys({seen_organization}, seen_meeting)
    instance._rollup_seen = (instance.organization_id, instance.meeting_id)
    _mark(keys)


@receiver(pre_delete, sender=Participant)
def _participant_deleted(sender, instance: Participant, **kwargs):
    _mark(_participant_keys({instance.organization_id}, instance.meeting_id))


@receiver(post_init, sender=Membership)
def _remember_membership(sender, instance: Membership, **kwargs):
    instance._rollup_seen = (
        instance.__dict__.get("organization_id"),
        instance.__dict__.get("role"),
    )


def _membership_changed(instance: Membership, seen=(None, None)) -> None:
    # A head's term decides which attendance rows count, in every quarter of the agency.
    keys = {(instance.organization_id, None)} if instance.role == OfficeRole.HEAD else set()
    if seen[1] == OfficeRole.HEAD:
        keys.add((seen[0], None))
    if keys:
        _mark(keys)


@receiver(post_save, sender=Membership)
def _membership_saved(sender, instance: Membership, raw=False, **kwargs):
    if not raw:
        _membership_changed(instance, getattr(instance, "_rollup_seen", (None, None)))
        instance._rollup_seen = (instance.organization_id, instance.role)


@receiver(post_delete, sender=Membership)
def _membership_deleted(sender, instance: Membership, **kwargs):
    _membership_changed(instance)


@receiver(post_init, sender=Organization)
def _remember_kind(sender, instance: Organization, **kwargs):
    instance._rollup_kind = instance.__dict__.get("kind")


@receiver(post_save, sender=Organization)
def _organization_saved(sender, instance: Organization, created=False, raw=False, **kwargs):
    # Only agencies' heads count in the attendance: a change of kind moves every quarter.
    if not (raw or created) and instance.kind != getattr(instance, "_rollup_kind", instance.kind):
        _mark({(instance.pk, None)})
    instance._rollup_kind = instance.kind
