"""Private calendar feeds: an unguessable, revocable address per user and organization."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from meetings.models import Organization


class CalendarFeedTokenQuerySet(models.QuerySet):
    def active(self):
        return self.filter(revoked_at__isnull=True, user__is_active=True)


class CalendarFeedToken(models.Model):
    """Only a digest of the secret is stored: a leaked database does not leak the feeds."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="calendar_feed_tokens",
    )
    organization = models.ForeignKey(
        Organization,
        verbose_name=_("organization"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    digest = models.CharField(_("digest"), max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)

    objects = CalendarFeedTokenQuerySet.as_manager()

    class Meta:
        verbose_name = _("private calendar feed")
        verbose_name_plural = _("private calendar feeds")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.user} – {self.organization}"
