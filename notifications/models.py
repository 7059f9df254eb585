"""The outbox: every notification due to someone is a row before it is a message.

A row's unique key is what it is about, to whom, through which channel, for which occasion; the
sweep creates rows with that key, so running it twice (or two sweeps at once) creates nothing twice.
"""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from commitments.models import Commitment
from meetings.models import Meeting, Organization, Person
from notifications.policy import validate_days, validate_hours


class Kind(models.TextChoices):
    MEETING_REMINDER = "meeting_reminder", _("Meeting reminder")
    MEETING_CHANGED = "meeting_changed", _("Meeting postponed, moved or cancelled")
    MINUTES_MISSING = "minutes_missing", _("Minutes not yet written")
    COMMITMENT_DUE = "commitment_due", _("Follow-up due soon")
    COMMITMENT_OVERDUE = "commitment_overdue", _("Follow-up overdue")
    OVERDUE_DIGEST = "overdue_digest", _("Weekly digest of overdue follow-ups")
    COMMITMENT_SUBMITTED = "commitment_submitted", _("Follow-up submitted as done")
    MEETING_INVITATION = "meeting_invitation", _("Invitation to a meeting (undangan)")
    RECAP_READY = "recap_ready", _("Follow-up recap ready")
    # Public alerts (the alerts app): a citizen's followed body, agency, legislation or search.
    ALERT = "alert", _("Alert on something followed")
    ALERT_DIGEST = "alert_digest", _("Daily digest of alerts")
    ALERT_CONFIRM = "alert_confirm", _("Confirmation of an alert sign-up")


# Written and checked by the alerts app: rendering and staleness are delegated to it.
ALERT_KINDS = (Kind.ALERT, Kind.ALERT_DIGEST, Kind.ALERT_CONFIRM)


class Channel(models.TextChoices):
    EMAIL = "email", _("E-mail")
    WEBHOOK = "webhook", _("Messaging gateway (WhatsApp, Telegram)")


class Status(models.TextChoices):
    PENDING = "pending", _("Pending")
    SENDING = "sending", _("Sending")
    SENT = "sent", _("Sent")
    FAILED = "failed", _("Failed")
    SKIPPED = "skipped", _("Skipped (no longer relevant)")


class Notification(models.Model):
    kind = models.CharField(_("kind"), max_length=30, choices=Kind.choices)
    # "meeting:12", "commitment:5", "body:3", "agency:7": what the notification is about.
    subject = models.CharField(_("about"), max_length=40)
    # When it falls due, e.g. "before-2h@20250226T0200Z" or "overdue-7d@2025-02-10".
    occasion = models.CharField(_("occasion"), max_length=80)
    channel = models.CharField(_("channel"), max_length=10, choices=Channel.choices)
    address = models.CharField(_("address"), max_length=254)
    recipient_name = models.CharField(_("recipient"), max_length=250, blank=True)
    recipient = models.ForeignKey(
        Person,
        verbose_name=_("person"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="notifications",
    )
    language = models.CharField(_("language"), max_length=5, default="id")
    meeting = models.ForeignKey(
        Meeting, verbose_name=_("meeting"), on_delete=models.CASCADE, null=True, blank=True
    )
    commitment = models.ForeignKey(
        Commitment, verbose_name=_("commitment"), on_delete=models.CASCADE, null=True, blank=True
    )
    organization = models.ForeignKey(
        Organization,
        verbose_name=_("organization"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
    )
    # The audience of an escalation step, the commitments of a digest, ...: read when rendering.
    context = models.JSONField(_("details"), default=dict, blank=True)

    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)
    next_attempt_at = models.DateTimeField(_("next attempt"))
    # Set by the sweep when it hands the row to the broker; a claim older than the claim timeout
    # is handed over again (the message may have been lost with the broker).
    claimed_at = models.DateTimeField(_("handed to the worker"), null=True, blank=True)
    # Set by the worker while it sends; an expired lease means the worker died mid-send.
    lease_until = models.DateTimeField(_("sending until"), null=True, blank=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "subject", "occasion", "channel", "address"],
                name="notification_unique_key",
            ),
            models.CheckConstraint(
                condition=~Q(status=Status.SENT) | Q(sent_at__isnull=False),
                name="notification_sent_has_time",
            ),
        ]
        indexes = [
            models.Index(fields=["status", "next_attempt_at"], name="notification_due"),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} → {self.address} ({self.occasion})"

    @property
    def key(self) -> str:
        """The idempotency key receivers can deduplicate on (Message-ID, Idempotency-Key)."""
        return f"{self.kind}:{self.subject}:{self.occasion}:{self.channel}:{self.address}"


class ContactPreference(models.Model):
    """How a person wants to hear from the tracker; without a row, the defaults apply."""

    person = models.OneToOneField(
        Person,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="contact_preference",
    )
    language = models.CharField(
        _("language"),
        max_length=5,
        choices=[("id", "Bahasa Indonesia"), ("en", "English")],
        default="id",
    )
    by_email = models.BooleanField(_("by e-mail"), default=True)
    by_webhook = models.BooleanField(_("by WhatsApp/Telegram gateway"), default=True)

    class Meta:
        verbose_name = _("contact preference")
        verbose_name_plural = _("contact preferences")

    def __str__(self) -> str:
        return str(self.person)


class Unsubscription(models.Model):
    """An address that asked, through a message's link, to stop one kind of notification."""

    address = models.CharField(_("address"), max_length=254)
    kind = models.CharField(_("kind"), max_length=30, choices=Kind.choices)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("unsubscription")
        verbose_name_plural = _("unsubscriptions")
        constraints = [
            models.UniqueConstraint(fields=["address", "kind"], name="unsubscription_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.address}: {self.get_kind_display()}"


class BodyPolicy(models.Model):
    """A DPRD body's own reminder schedule; an empty field keeps the default from the settings."""

    body = models.OneToOneField(
        Organization,
        verbose_name=_("DPRD body"),
        on_delete=models.CASCADE,
        related_name="notification_policy",
    )
    meeting_reminder_hours = models.CharField(
        _("meeting reminders (hours before)"),
        max_length=50,
        blank=True,
        validators=[validate_hours],
        help_text=_('Comma-separated, e.g. "24, 2".'),
    )
    commitment_reminder_days = models.CharField(
        _("follow-up reminders (days before the due date)"),
        max_length=50,
        blank=True,
        validators=[validate_days],
        help_text=_('Comma-separated, e.g. "7, 1, 0"; 0 is the due date itself.'),
    )
    escalate_to_head_after_days = models.PositiveSmallIntegerField(
        _("tell the agency head after (days overdue)"), null=True, blank=True
    )
    escalate_to_chair_after_days = models.PositiveSmallIntegerField(
        _("tell the body's chair after (days overdue)"), null=True, blank=True
    )
    minutes_nudge_after_days = models.PositiveSmallIntegerField(
        _("ask for the minutes after (days)"), null=True, blank=True
    )

    class Meta:
        verbose_name = _("notification policy of a body")
        verbose_name_plural = _("notification policies of bodies")

    def __str__(self) -> str:
        return str(self.body)


class SweepHeartbeat(models.Model):
    """When the sweep last finished: the readiness check tells from it that beat and a worker
    are running (the database is the one place web, worker and beat all reach)."""

    name = models.CharField(_("name"), max_length=20, unique=True)
    finished_at = models.DateTimeField(_("finished"))

    class Meta:
        verbose_name = _("sweep heartbeat")
        verbose_name_plural = _("sweep heartbeats")

    def __str__(self) -> str:
        return f"{self.name} {self.finished_at:%Y-%m-%d %H:%M:%S}"
