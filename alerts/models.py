"""Public alerts: who follows what (an address and its choice, nothing else), and the events
that are worth telling them about.

A subscription holds only the address, what is followed, how often and in which language, its
confirmation state and a random token (the credential of its confirm and unsubscribe links).
Unsubscribing deletes the row.
"""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from commitments.models import Commitment
from meetings.models import Legislation, Meeting, Organization


class Target(models.TextChoices):
    BODY = "body", _("A DPRD body")
    AGENCY = "agency", _("An agency (OPD)")
    LEGISLATION = "legislation", _("A piece of legislation")
    SEARCH = "search", _("A search (words)")


class Frequency(models.TextChoices):
    EACH = "each", _("One message per change")
    DAILY = "daily", _("One daily digest")


class Language(models.TextChoices):
    INDONESIAN = "id", "Bahasa Indonesia"
    ENGLISH = "en", "English"


class Subscription(models.Model):
    address = models.EmailField(_("e-mail address"), max_length=254)
    target = models.CharField(_("follows"), max_length=12, choices=Target.choices)
    organization = models.ForeignKey(
        Organization,
        verbose_name=_("body or agency"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
    )
    legislation = models.ForeignKey(
        Legislation,
        verbose_name=_("legislation"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
    )
    words = models.CharField(_("words"), max_length=200, blank=True)
    frequency = models.CharField(
        _("how often"), max_length=5, choices=Frequency.choices, default=Frequency.EACH
    )
    language = models.CharField(
        _("language"), max_length=2, choices=Language.choices, default=Language.INDONESIAN
    )
    token = models.CharField(_("token"), max_length=64, unique=True)
    # When the confirmation was last asked for: the link expires a while after it.
    requested_at = models.DateTimeField(_("confirmation requested"), default=timezone.now)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)

    class Meta:
        verbose_name = _("alert subscription")
        verbose_name_plural = _("alert subscriptions")
        indexes = [
            models.Index(fields=["target", "organization"], name="alert_sub_organization"),
            models.Index(fields=["address"], name="alert_sub_address"),
        ]

    def __str__(self) -> str:
        return f"{self.address}: {self.get_target_display()}"

    @property
    def is_confirmed(self) -> bool:
        return self.confirmed_at is not None

    def describe(self) -> str:
        """What is followed, in words ("Komisi I", "Raperda ...", "“jalan rusak”")."""
        if self.target == Target.SEARCH:
            return f"“{self.words}”"
        return str(self.organization or self.legislation)


class EventKind(models.TextChoices):
    MEETING_SCHEDULED = "meeting_scheduled", _("Meeting scheduled")
    MEETING_MOVED = "meeting_moved", _("Meeting postponed or moved")
    MEETING_CANCELLED = "meeting_cancelled", _("Meeting cancelled")
    MEETING_HELD = "meeting_held", _("Meeting held")
    COMMITMENT_STATUS = "commitment_status", _("Follow-up status changed")
    COMMITMENT_OVERDUE = "commitment_overdue", _("Follow-up overdue")


class AlertEvent(models.Model):
    """Something that happened to a meeting or a follow-up, recorded once (its key is unique)."""

    kind = models.CharField(_("kind"), max_length=20, choices=EventKind.choices)
    # "meeting:12:held:r3", "commitment:5:overdue@2026-12-01": recording twice is a no-op.
    key = models.CharField(_("key"), max_length=80, unique=True)
    meeting = models.ForeignKey(
        Meeting, verbose_name=_("meeting"), on_delete=models.CASCADE, related_name="+"
    )
    commitment = models.ForeignKey(
        Commitment,
        verbose_name=_("follow-up"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
    )
    # The status before and after, for the message ("in_progress" → "done").
    context = models.JSONField(_("details"), default=dict, blank=True)
    occurred_at = models.DateTimeField(_("occurred"), default=timezone.now, db_index=True)
    # Set by the fan-out task once the event's alerts are in the outbox; an event still without
    # it a while later (its task lost with the broker) is fanned out by the hourly run.
    fanned_out_at = models.DateTimeField(_("alerts written"), null=True, blank=True)

    class Meta:
        verbose_name = _("alert event")
        verbose_name_plural = _("alert events")
        ordering = ["occurred_at", "pk"]

    def __str__(self) -> str:
        return self.key
