"""The audit log: who logged in (or failed to), who changed whose permissions, who exported
what. Rows are only ever added; the admin shows them read-only."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class EventKind(models.TextChoices):
    LOGIN = "login", _("Logged in")
    LOGIN_FAILED = "login_failed", _("Failed login")
    LOCKED_OUT = "locked_out", _("Login locked out")
    LOGOUT = "logout", _("Logged out")
    PERMISSIONS = "permissions", _("Permissions changed")
    EXPORT = "export", _("Data exported")
    FILE = "file", _("Non-public file downloaded")
    ACCOUNT = "account", _("Account invited or changed")


class AuditEvent(models.Model):
    kind = models.CharField(_("event"), max_length=20, choices=EventKind.choices)
    # The account acting (or, for a failed login, the one tried); kept as text too, so the
    # record outlives a deleted account.
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    username = models.CharField(_("username"), max_length=150, blank=True)
    ip_address = models.GenericIPAddressField(_("IP address"), null=True, blank=True)
    detail = models.JSONField(_("detail"), default=dict, blank=True)
    created_at = models.DateTimeField(_("time"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("audit event")
        verbose_name_plural = _("audit events")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["kind", "created_at"], name="audit_kind_time")]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.username}"
