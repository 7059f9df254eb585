"""A new password revokes the account's private calendar addresses: an address handed out
with the old credentials stops working and the user makes new ones.

A signal, because passwords change in Django's own admin, views and changepassword command."""

from django.contrib.auth import get_user_model
from django.db.models.signals import post_save
from django.dispatch import receiver
from django.utils import timezone

from public.models import CalendarFeedToken


@receiver(post_save, sender=get_user_model())
def _password_changed(sender, instance, created, raw=False, **kwargs):
    # set_password() leaves the new password in `_password` until the save completes.
    if created or raw or getattr(instance, "_password", None) is None:
        return
    CalendarFeedToken.objects.filter(user=instance, revoked_at__isnull=True).update(
        revoked_at=timezone.now()
    )
