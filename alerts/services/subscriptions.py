"""Sign-up with double opt-in, confirmation and one-click unsubscribe.

The form answers the same whatever happens here (a new sign-up, an address already following
the same thing, a limit reached), so it tells nobody who follows what.
"""

import datetime
import hashlib
import secrets

from django.core.cache import cache
from django.db import transaction
from django.utils import timezone

from alerts import policy
from alerts.models import Frequency, Subscription, Target
from meetings.models import Legislation, Organization
from notifications.models import Channel, Kind, Notification
from notifications.services.outbox import notifications_write


def _count(key: str) -> int:
    """Add one to a counter that lives for the throttle window; returns the new count."""
    seconds = int(policy.THROTTLE_WINDOW.total_seconds())
    cache.add(key, 0, timeout=seconds)
    try:
        return cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=seconds)
        return 1


def signup_allowed(*, ip: str, address: str) -> tuple[bool, bool]:
    """(the IP is within its limit, the address is within its limit), counting this sign-up."""
    digest = hashlib.sha256(address.lower().encode()).hexdigest()[:32]
    by_ip = _count(f"alerts:signup:ip:{ip}") <= policy.SIGNUPS_PER_IP
    by_address = _count(f"alerts:signup:address:{digest}") <= policy.SIGNUPS_PER_ADDRESS
    return by_ip, by_address


def _confirmation_row(subscription: Subscription, now: datetime.datetime) -> Notification:
    return Notification(
        kind=Kind.ALERT_CONFIRM,
        subject=f"subscription:{subscription.pk}",
        occasion=f"confirm@{subscription.requested_at.isoformat()}",
        channel=Channel.EMAIL,
        address=subscription.address,
        language=subscription.language,
        context={"subscription": subscription.pk, "token": subscription.token},
        next_attempt_at=now,
    )


@transaction.atomic
def subscription_request(
    *,
    address: str,
    target: str,
    organization: Organization | None = None,
    legislation: Legislation | None = None,
    words: str = "",
    frequency: str = Frequency.EACH,
    language: str = "id",
    now: datetime.datetime | None = None,
) -> None:
    """Ask the address to confirm following this; returns nothing the caller could show."""
    now = now or timezone.now()
    address = address.strip().lower()
    same_choice = Subscription.objects.select_for_update().filter(
        address=address,
        target=target,
        organization=organization if target in (Target.BODY, Target.AGENCY) else None,
        legislation=legislation if target == Target.LEGISLATION else None,
        words=" ".join(words.split()) if target == Target.SEARCH else "",
    )
    existing = same_choice.first()
    if existing is not None and existing.is_confirmed:
        # Already following: only the choice of frequency and language may change. Nothing is
        # sent, and the answer is the same as for a new sign-up.
        Subscription.objects.filter(pk=existing.pk).update(frequency=frequency, language=language)
        return
    pending = Subscription.objects.filter(
        address=address,
        confirmed_at__isnull=True,
        requested_at__gt=now - policy.CONFIRMATION_VALID,
    )
    if existing is None and pending.count() >= policy.MAX_PENDING_PER_ADDRESS:
        return
    if existing is None:
        existing = Subscription(
            address=address,
            target=target,
            organization=organization if target in (Target.BODY, Target.AGENCY) else None,
            legislation=legislation if target == Target.LEGISLATION else None,
            words=" ".join(words.split()) if target == Target.SEARCH else "",
        )
    # A new token with each request: a link from an earlier, expired request stays dead.
    existing.token = secrets.token_urlsafe(32)
    existing.requested_at = now
    existing.frequency = frequency
    existing.language = language
    existing.save()
    notifications_write([_confirmation_row(existing, now)])


@transaction.atomic
def subscription_confirm(*, token: str, now: datetime.datetime | None = None) -> bool:
    """Confirm a sign-up from its link; False for an unknown or expired link."""
    now = now or timezone.now()
    subscription = Subscription.objects.select_for_update().filter(token=token).first()
    if subscription is None:
        return False
    if subscription.is_confirmed:
        return True
    if subscription.requested_at <= now - policy.CONFIRMATION_VALID:
        return False
    subscription.confirmed_at = now
    subscription.save(update_fields=["confirmed_at"])
    return True


@transaction.atomic
def subscription_cancel(*, token: str) -> bool:
    """Unsubscribe: the row goes (nothing of the address is kept). Its unsent alerts are
    skipped when their turn comes (alerts.selectors.alert_stale_reason)."""
    deleted, _ = Subscription.objects.filter(token=token).delete()
    return bool(deleted)
