"""When a follow-up's dated notices may next fall due, kept on the follow-up (`notice_due_at`).

The due-date reminders and overdue escalations change only on a few days of a follow-up's life:
each reminder day before the due date and each escalation step after it. The sweep reads only
the follow-ups whose moment has come (an indexed range), evaluates the rules for them, then moves
each one's moment to its next such day at the policy's sending hour, or to NULL when none is
left. So a sweep costs what is due, not what is open.

- Any save of a follow-up asks for it to be looked at again at the next sweep (ASAP): its due
  date, status or body may have changed. A closed one, or one without a due date, has none.
- A body's policy saved: its follow-ups are looked at again.
- A change of settings.NOTIFICATION_POLICY: run `notices_replan()` (manage.py shell), as the
  migration did.
"""

import datetime

from django.db.models.signals import post_delete, post_save, pre_save
from django.dispatch import receiver
from django.utils import timezone

from commitments.models import CLOSED_STATUSES, Commitment
from notifications.models import BodyPolicy
from notifications.policy import Policies, Policy

# "At the next sweep", whatever clock the sweep runs on.
ASAP = datetime.datetime(2000, 1, 1, tzinfo=datetime.UTC)


def _escalation_days(policy: Policy) -> list[int]:
    return [
        policy.escalate_to_person_in_charge_after_days,
        policy.escalate_to_head_after_days,
        policy.escalate_to_chair_after_days,
    ]


def next_notice_day(
    due: datetime.date, policy: Policy, after: datetime.date
) -> datetime.date | None:
    """The first day after `after` on which a reminder or an escalation of `due` begins."""
    days = [due - datetime.timedelta(days=days) for days in policy.commitment_reminder_days]
    days += [due + datetime.timedelta(days=step) for step in _escalation_days(policy)]
    return min((day for day in days if day > after), default=None)


def notice_moment(day: datetime.date | None, policy: Policy) -> datetime.datetime | None:
    if day is None:
        return None
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(policy.send_from_hour)))


def notices_due(now: datetime.datetime):
    """The open follow-ups whose dated notices may be due at `now`. Unordered: the default
    order (due date) would have SQLite walk the due-date index instead of this range."""
    return Commitment.objects.unresolved().filter(notice_due_at__lte=now).order_by()


def notices_advance(*, now: datetime.datetime, today: datetime.date, policies: Policies) -> int:
    """After the rules ran at `now`: each follow-up that was due moves to its next notice day.
    One UPDATE per distinct next moment (a few days), not one per row."""
    rows = notices_due(now).values_list("pk", "due_date", "answers_to_id")
    by_moment: dict[datetime.datetime | None, list[int]] = {}
    for pk, due, body_id in rows:
        policy = policies.for_body(body_id)
        moment = notice_moment(next_notice_day(due, policy, today), policy) if due else None
        by_moment.setdefault(moment, []).append(pk)
    for moment, ids in by_moment.items():
        for first in range(0, len(ids), 900):
            Commitment.objects.filter(pk__in=ids[first : first + 900]).update(notice_due_at=moment)
    return sum(len(ids) for ids in by_moment.values())


def notices_replan(commitments=None) -> int:
    """Look at these follow-ups (every open one by default) again at the next sweep."""
    commitments = commitments if commitments is not None else Commitment.objects.all()
    open_ = commitments.unresolved().filter(due_date__isnull=False)
    return open_.update(notice_due_at=ASAP)


@receiver(pre_save, sender=Commitment)
def _look_again(sender, instance: Commitment, raw=False, **kwargs):
    if instance.status in CLOSED_STATUSES or instance.due_date is None:
        instance.notice_due_at = None
    else:
        instance.notice_due_at = ASAP


@receiver(post_save, sender=BodyPolicy)
@receiver(post_delete, sender=BodyPolicy)
def _policy_changed(sender, instance: BodyPolicy, raw=False, **kwargs):
    if not raw:
        notices_replan(Commitment.objects.filter(answers_to_id=instance.body_id))
