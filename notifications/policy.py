"""When reminders fall due: defaults in the code, overridden by settings, then per DPRD body.

`settings.NOTIFICATION_POLICY` may override any field of `Policy` (hours and days as numbers);
a `BodyPolicy` row overrides the per-body fields for meetings led by, and follow-ups answered
to, that body.
"""

import datetime
from dataclasses import dataclass, replace

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _


@dataclass(frozen=True)
class Policy:
    # Per body (BodyPolicy can override these).
    meeting_reminder_hours: tuple[float, ...] = (24, 2)
    commitment_reminder_days: tuple[int, ...] = (7, 1, 0)
    escalate_to_person_in_charge_after_days: int = 1
    escalate_to_head_after_days: int = 7
    escalate_to_chair_after_days: int = 14
    minutes_nudge_after_days: int = 2
    # Global.
    digest_weekday: int = 0  # Monday
    # Reminders about a day (due dates, escalations, digests) go out from this local hour, not at
    # midnight.
    send_from_hour: int = 7
    # A dated notice missed by more than this (the system was down) is dropped; the weekly digest
    # still lists what is overdue.
    catch_up_days: int = 7
    max_attempts: int = 8
    retry_base_seconds: int = 60
    retry_max_seconds: int = 3600
    claim_batch: int = 5000

    @property
    def meeting_reminder_offsets(self) -> tuple[datetime.timedelta, ...]:
        return tuple(datetime.timedelta(hours=hours) for hours in self.meeting_reminder_hours)

    def retry_delay(self, attempts: int) -> datetime.timedelta:
        """Exponential backoff: 1, 2, 4, ... minutes, capped at an hour."""
        seconds = self.retry_base_seconds * 2 ** max(attempts - 1, 0)
        return datetime.timedelta(seconds=min(seconds, self.retry_max_seconds))


BODY_FIELDS = (
    "meeting_reminder_hours",
    "commitment_reminder_days",
    "escalate_to_head_after_days",
    "escalate_to_chair_after_days",
    "minutes_nudge_after_days",
)


def parse_number_list(value: str, *, integers: bool = False) -> tuple:
    """ "24, 2" → (24.0, 2.0); refuses negatives and text, naming the bad part."""
    numbers = []
    for part in filter(None, (piece.strip() for piece in value.split(","))):
        try:
            number = int(part) if integers else float(part.replace(",", "."))
        except ValueError:
            raise ValidationError(
                _("“%(part)s” is not a number; write numbers separated by commas.") % {"part": part}
            ) from None
        if number < 0:
            raise ValidationError(_("Use numbers of zero or more."))
        numbers.append(number)
    return tuple(sorted(set(numbers), reverse=True))


def validate_hours(value: str) -> None:
    parse_number_list(value)


def validate_days(value: str) -> None:
    parse_number_list(value, integers=True)


def default_policy() -> Policy:
    overrides = settings.NOTIFICATION_POLICY
    values = {
        name: tuple(value) if isinstance(value, list) else value
        for name, value in overrides.items()
    }
    return replace(Policy(), **values)


def body_policies(base: Policy | None = None) -> dict[int, Policy]:
    """Every body's own policy, read in one query; bodies without a row use `base`."""
    from notifications.models import BodyPolicy

    base = base or default_policy()
    policies = {}
    for row in BodyPolicy.objects.all():
        changes = {}
        if row.meeting_reminder_hours.strip():
            changes["meeting_reminder_hours"] = parse_number_list(row.meeting_reminder_hours)
        if row.commitment_reminder_days.strip():
            changes["commitment_reminder_days"] = parse_number_list(
                row.commitment_reminder_days, integers=True
            )
        for name in BODY_FIELDS[2:]:
            if getattr(row, name) is not None:
                changes[name] = getattr(row, name)
        policies[row.body_id] = replace(base, **changes)
    return policies


class Policies:
    """The policy that applies to each body, looked up without further queries."""

    def __init__(self) -> None:
        self.default = default_policy()
        self._by_body = body_policies(self.default)

    def for_body(self, body_id: int | None) -> Policy:
        return self._by_body.get(body_id, self.default)

    def all(self) -> list[Policy]:
        return [self.default, *self._by_body.values()]
