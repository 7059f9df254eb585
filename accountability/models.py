"""A recap (rekapitulasi): the follow-up record of one agency or body over a period, as files."""

from django.conf import settings
from django.core.validators import MaxValueValidator
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from meetings.models import Organization


class RecapStatus(models.TextChoices):
    PENDING = "pending", _("Waiting to be built")
    BUILDING = "building", _("Being built")
    READY = "ready", _("Ready")
    FAILED = "failed", _("Failed")


def recap_upload_to(recap: "Recap", filename: str) -> str:
    return f"recaps/{recap.pk}/{filename}"


class Recap(models.Model):
    organization = models.ForeignKey(
        Organization,
        verbose_name=_("DPRD body or agency"),
        on_delete=models.CASCADE,
        related_name="recaps",
    )
    period_start = models.DateField(_("from"))
    period_end = models.DateField(_("to"))
    # Made by the six-monthly schedule (one per organization and semester) or asked for by a user.
    is_periodic = models.BooleanField(_("six-monthly"), default=False)
    status = models.CharField(
        _("status"), max_length=10, choices=RecapStatus.choices, default=RecapStatus.PENDING
    )
    progress = models.PositiveSmallIntegerField(
        _("progress (%)"), default=0, validators=[MaxValueValidator(100)]
    )
    pdf = models.FileField(_("PDF"), upload_to=recap_upload_to, blank=True)
    spreadsheet = models.FileField(_("spreadsheet (CSV)"), upload_to=recap_upload_to, blank=True)
    error = models.TextField(_("error"), blank=True)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("requested by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(_("requested at"), auto_now_add=True)
    started_at = models.DateTimeField(_("started at"), null=True, blank=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)
    emailed_to = models.TextField(_("e-mailed to"), blank=True)
    emailed_at = models.DateTimeField(_("e-mailed at"), null=True, blank=True)

    class Meta:
        verbose_name = _("recap")
        verbose_name_plural = _("recaps")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(period_end__gte=F("period_start")),
                name="recap_end_after_start",
                violation_error_message=_("The end of the period cannot be before its start."),
            ),
            models.CheckConstraint(
                condition=Q(progress__gte=0, progress__lte=100), name="recap_progress_range"
            ),
            # The schedule may run twice; it never makes a second recap of the same semester.
            models.UniqueConstraint(
                fields=["organization", "period_start", "period_end"],
                condition=Q(is_periodic=True),
                name="recap_periodic_unique",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.organization} {self.period_start:%d/%m/%Y}–{self.period_end:%d/%m/%Y}"

    @property
    def is_finished(self) -> bool:
        return self.status in (RecapStatus.READY, RecapStatus.FAILED)


# Kept per-quarter figures (rollups). One row per (organization, body, quarter, audience): the
# scoreboard, the recaps and the agency record add rows up instead of reading every follow-up.
# Written only by accountability.services.rollups; defined by accountability.selectors.figures
# and .attendance (the rows hold what those definitions count, nothing of their own).


class FollowUpRollup(models.Model):
    """The follow-ups an organization owes to a body, made in one quarter."""

    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="+")
    body = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="+")
    quarter = models.PositiveIntegerField()  # year * 10 + quarter, as Commitment.held_quarter
    # Public follow-ups of open meetings (what every reader sees) apart from the rest.
    visible = models.BooleanField()
    made = models.PositiveIntegerField(default=0)
    verified = models.PositiveIntegerField(default=0)
    on_time = models.PositiveIntegerField(default=0)
    awaiting = models.PositiveIntegerField(default=0)
    overdue = models.PositiveIntegerField(default=0)
    cannot = models.PositiveIntegerField(default=0)
    reopened = models.PositiveIntegerField(default=0)
    no_due = models.PositiveIntegerField(default=0)
    # "Overdue" depends on the day: counted as of this one; readers add the days since.
    overdue_as_of = models.DateField()

    class Meta:
        indexes = [models.Index(fields=["quarter", "organization"], name="rollup_followup_key")]

    def __str__(self) -> str:
        return f"{self.organization_id}→{self.body_id} {self.quarter}"


class DurationRollup(models.Model):
    """How many verified follow-ups of a key took this many days (for medians)."""

    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="+")
    body = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="+")
    quarter = models.PositiveIntegerField()
    visible = models.BooleanField()
    days = models.IntegerField()
    times = models.PositiveIntegerField()

    class Meta:
        indexes = [
            models.Index(fields=["quarter", "organization"], name="rollup_duration_key"),
            # Each grouping of the medians walks its own covering index instead of sorting
            # every row (a scan of the whole table per grouping on SQLite).
            *(
                models.Index(fields=[*grouping, "times"], name=f"rollup_days_by_{name}")
                for name, grouping in (
                    ("agency", ["organization", "days", "visible", "quarter"]),
                    ("body", ["body", "days", "visible", "quarter"]),
                    ("quarter", ["quarter", "days", "visible"]),
                    ("total", ["days", "visible", "quarter"]),
                )
            ),
        ]

    def __str__(self) -> str:
        return f"{self.organization_id}→{self.body_id} {self.quarter}: {self.days}"


class AttendanceRollup(models.Model):
    """Head attendance of an agency at the held meetings of one quarter, led by the body
    (`led`) or joined by it, apart for open and closed meetings."""

    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="+")
    body = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="+")
    led = models.BooleanField()
    quarter = models.PositiveIntegerField()
    open = models.BooleanField()
    present = models.PositiveIntegerField(default=0)
    represented = models.PositiveIntegerField(default=0)
    absent = models.PositiveIntegerField(default=0)

    class Meta:
        indexes = [models.Index(fields=["quarter", "organization"], name="rollup_attendance_key")]

    def __str__(self) -> str:
        return f"{self.organization_id} at {self.body_id} {self.quarter}"


class RollupDirty(models.Model):
    """A key whose rollup rows are out of date: written in the same transaction as the change,
    cleared by the refresh task. Readers count dirty keys from the rows themselves, so the
    figures shown are always current. No quarter: every quarter of the organization."""

    organization_id = models.IntegerField()  # no foreign key: a deleted one is cleared too
    quarter = models.PositiveIntegerField(null=True)
    marked_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        indexes = [models.Index(fields=["organization_id", "quarter"], name="rollup_dirty_key")]

    def __str__(self) -> str:
        return f"{self.organization_id} {self.quarter}"
