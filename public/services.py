"""Writes of the public app: creating and revoking private calendar feed addresses."""

import hashlib
import secrets

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from meetings.access import Actor
from meetings.models import Organization
from public.models import CalendarFeedToken


def token_digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def feed_organizations_q(actor: Actor):
    """The organizations whose private feed an actor may subscribe to."""
    if actor.is_secretariat:
        return Q()
    return Q(pk__in=actor.agency_ids | actor.body_ids)


@transaction.atomic
def calendar_token_create(
    *, user, actor: Actor, organization: Organization
) -> tuple[CalendarFeedToken, str]:
    """Returns the token and its secret; the secret is shown once and never stored."""
    if not Organization.objects.filter(feed_organizations_q(actor), pk=organization.pk).exists():
        raise ValidationError(
            {"organization": _("You can subscribe only to your own agency's or body's calendar.")}
        )
    secret = secrets.token_urlsafe(32)
    token = CalendarFeedToken.objects.create(
        user=user, organization=organization, digest=token_digest(secret)
    )
    return token, secret


@transaction.atomic
def calendar_token_revoke(*, user, token_id: int) -> None:
    """Revoking twice, or someone else's token, changes nothing."""
    CalendarFeedToken.objects.filter(pk=token_id, user=user, revoked_at__isnull=True).update(
        revoked_at=timezone.now()
    )
