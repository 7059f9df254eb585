"""Drafts of meetings read from press releases and news reports, kept for review."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ReviewStatus(models.TextChoices):
    PENDING = "pending", _("Awaiting review")
    ACCEPTED = "accepted", _("Accepted")
    REJECTED = "rejected", _("Rejected")


class MeetingDraft(models.Model):
    source_name = models.CharField(
        _("source"), max_length=500, blank=True, help_text=_("File name or address of the report.")
    )
    source_text = models.TextField(_("report text"))
    # The same text imported twice is the same draft: the digest keeps imports idempotent.
    source_digest = models.CharField(_("text digest"), max_length=64, unique=True, editable=False)
    published_on = models.DateField(_("publication date"), null=True, blank=True)
    draft = models.JSONField(_("draft"), default=dict)
    is_meeting = models.BooleanField(_("reports a meeting"), default=False)
    review_status = models.CharField(
        _("review status"),
        max_length=10,
        choices=ReviewStatus.choices,
        default=ReviewStatus.PENDING,
    )
    meeting = models.ForeignKey(
        "meetings.Meeting",
        verbose_name=_("meeting"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="drafts",
        help_text=_("The meeting recorded from this draft, once accepted."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("meeting draft")
        verbose_name_plural = _("meeting drafts")
        ordering = ["-published_on", "-pk"]
        indexes = [models.Index(fields=["review_status", "published_on"], name="draft_review")]

    def __str__(self) -> str:
        return self.draft.get("title") or self.source_name or f"#{self.pk}"
