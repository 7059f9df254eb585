"""A new password ends every API token of the account (login tokens live 30 days, command-line
ones a year): whoever had the old password, or a token made with it, is out.

A signal, because passwords change in Django's own admin, views and changepassword command."""

from django.contrib.auth import get_user_model
from django.db.models.signals import post_save
from django.dispatch import receiver
from knox.models import AuthToken


@receiver(post_save, sender=get_user_model())
def _password_changed(sender, instance, created, raw=False, **kwargs):
    # set_password() leaves the new password in `_password` until the save completes.
    if created or raw or getattr(instance, "_password", None) is None:
        return
    AuthToken.objects.filter(user=instance).delete()
