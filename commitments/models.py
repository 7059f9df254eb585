"""Follow-ups (tindak lanjut) made in meetings, and their timeline."""

import datetime

from django.conf import settings
from django.core.validators import MaxValueValidator
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from simple_history.models import HistoricalRecords

from meetings.models import (
    AgendaItem,
    Meeting,
    OfficeRole,
    Openness,
    Organization,
    OrganizationKind,
    Person,
)
from meetings.models.choices import LEAD_BODY_KINDS

# Who can receive a follow-up: the DPRD or one of its bodies.
OVERSEER_KINDS = LEAD_BODY_KINDS


class OwnerGroup(models.TextChoices):
    """Who owes a follow-up, in the three groups readers, filters and counts tell apart."""

    OPD = "opd", _("Government agency (OPD)")
    # The DPRD keeps its own promises on record: reschedule a hearing, draft a Raperda.
    # Its own msgid: "DPRD body" is also a field's name, lower case in Indonesian mid-sentence.
    BODY = "body", pgettext_lazy("who owes a follow-up", "DPRD body")
    # Police, BUMD, utilities, contractors, community groups: no accounts of their own.
    EXTERNAL = "external", _("Outside party")


OWNER_GROUP_KINDS = {
    OwnerGroup.OPD: [OrganizationKind.OPD],
    OwnerGroup.BODY: LEAD_BODY_KINDS,
    OwnerGroup.EXTERNAL: [OrganizationKind.EXTERNAL],
}
# Who can owe a follow-up: an agency, the DPRD or one of its bodies, or an outside party.
OWNER_KINDS = [kind for kinds in OWNER_GROUP_KINDS.values() for kind in kinds]


def owner_group(kind: str) -> OwnerGroup | None:
    """The group of an owner's organization kind (None for a kind that owes nothing)."""
    for group, kinds in OWNER_GROUP_KINDS.items():
        if kind in kinds:
            return group
    return None


class CommitmentKind(models.TextChoices):
    """What kind of follow-up (tindak lanjut) it is: a promise its owner made in the meeting
    (komitmen) or a request the meeting made of the owner (permintaan). Both are follow-ups,
    owed and reported on alike; the model keeps the name Commitment (docs/glossary.md)."""

    COMMITMENT = "commitment", _("Commitment made by the agency")
    REQUEST = "request", _("Request made to the agency")


class CommitmentStatus(models.TextChoices):
    # The audit-office (BPK) follow-up vocabulary.
    NOT_STARTED = "not_started", _("Not yet followed up (belum ditindaklanjuti)")
    IN_PROGRESS = "in_progress", _("In progress (dalam proses)")
    DONE = "done", _("Done (selesai)")
    CANNOT_FOLLOW_UP = "cannot_follow_up", _("Cannot be followed up (tidak dapat ditindaklanjuti)")


CLOSED_STATUSES = [CommitmentStatus.DONE, CommitmentStatus.CANNOT_FOLLOW_UP]


class Verification(models.TextChoices):
    NONE = "", _("Not submitted")
    PENDING = "pending", _("Awaiting verification")
    VERIFIED = "verified", _("Verified")
    SENT_BACK = "sent_back", _("Sent back")


class DisplayStatus(models.TextChoices):
    """The one status pages, counts and exports show: a follow-up reported done stays "awaiting
    verification" until the DPRD body it answers to verifies it; only then is it done."""

    NOT_STARTED = CommitmentStatus.NOT_STARTED.value, CommitmentStatus.NOT_STARTED.label
    IN_PROGRESS = CommitmentStatus.IN_PROGRESS.value, CommitmentStatus.IN_PROGRESS.label
    AWAITING_VERIFICATION = "awaiting_verification", _("Awaiting verification")
    DONE = CommitmentStatus.DONE.value, CommitmentStatus.DONE.label
    CANNOT_FOLLOW_UP = (
        CommitmentStatus.CANNOT_FOLLOW_UP.value,
        CommitmentStatus.CANNOT_FOLLOW_UP.label,
    )


def display_status(status: str, verification: str) -> DisplayStatus:
    """The status to show for a follow-up's (or a `.values()` row's) status and verification."""
    if status == CommitmentStatus.DONE and verification != Verification.VERIFIED:
        return DisplayStatus.AWAITING_VERIFICATION
    return DisplayStatus(status)


def display_status_q(value: str) -> Q:
    """Which follow-ups show as `value`: for filters and counts (Count(..., filter=...))."""
    if value == DisplayStatus.AWAITING_VERIFICATION:
        return Q(status=CommitmentStatus.DONE) & ~Q(verification=Verification.VERIFIED)
    if value == DisplayStatus.DONE:
        return Q(status=CommitmentStatus.DONE, verification=Verification.VERIFIED)
    return Q(status=value)


def overdue_q(today: datetime.date | None = None) -> Q:
    """Derived, never stored: past its due date and not yet closed. A Q, so that `~overdue_q()`
    filters the rest in the same query (a pk IN subquery took seconds on 300,000 rows)."""
    today = today or timezone.localdate()
    return Q(due_date__lt=today) & ~Q(status__in=CLOSED_STATUSES)


def overdue_on(today: datetime.date, *, status: str, due_date: datetime.date | None) -> bool:
    """overdue_q() for one follow-up already read (an instance or a `.values()` row)."""
    return due_date is not None and status not in CLOSED_STATUSES and due_date < today


class CommitmentQuerySet(models.QuerySet):
    def public(self):
        return self.filter(is_public=True, meeting__openness=Openness.OPEN)

    def unresolved(self):
        return self.exclude(status__in=CLOSED_STATUSES)

    def overdue(self, today: datetime.date | None = None):
        return self.filter(overdue_q(today))


# Facts derived from other rows, kept by commitments.facts; not part of the history.
KEPT_FACTS = ["held_on", "held_quarter", "verified_days", "last_submitted_on", "was_reopened"]


class Commitment(models.Model):
    """A follow-up (tindak lanjut) of a meeting: a promise or a request (`kind`) owed by an
    agency or an outside party (`owner`) to the DPRD body that verifies it (`answers_to`).
    The interface says follow-up everywhere; see docs/glossary.md."""

    meeting = models.ForeignKey(
        Meeting, verbose_name=_("meeting"), on_delete=models.PROTECT, related_name="commitments"
    )
    agenda_item = models.ForeignKey(
        AgendaItem,
        verbose_name=_("agenda item"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="commitments",
    )
    kind = models.CharField(
        _("kind"), max_length=20, choices=CommitmentKind.choices, default=CommitmentKind.COMMITMENT
    )
    text = models.TextField(_("follow-up"))
    source_quote = models.TextField(_("quote from the source"), blank=True)
    owner = models.ForeignKey(
        Organization,
        verbose_name=_("responsible party"),
        on_delete=models.PROTECT,
        related_name="commitments",
        limit_choices_to={"kind__in": OWNER_KINDS},
    )
    # The commitment belongs to the office (e.g. the head of the agency), whoever holds it.
    owner_role = models.CharField(
        _("responsible office"), max_length=20, choices=OfficeRole.choices, default=OfficeRole.HEAD
    )
    person_in_charge = models.ForeignKey(
        Person,
        verbose_name=_("person in charge"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="commitments_in_charge",
    )
    answers_to = models.ForeignKey(
        Organization,
        verbose_name=_("answers to (DPRD body)"),
        on_delete=models.PROTECT,
        related_name="commitments_overseen",
        limit_choices_to={"kind__in": OVERSEER_KINDS},
    )
    due_date = models.DateField(_("due date"), null=True, blank=True, db_index=True)
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=CommitmentStatus.choices,
        default=CommitmentStatus.NOT_STARTED,
    )
    status_reason = models.TextField(_("reason it cannot be followed up"), blank=True)
    progress = models.PositiveSmallIntegerField(
        _("progress (%)"), default=0, validators=[MaxValueValidator(100)]
    )
    verification = models.CharField(
        _("verification"), max_length=10, choices=Verification.choices, blank=True, default=""
    )
    verified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("verified by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    verified_at = models.DateTimeField(_("verified at"), null=True, blank=True)
    is_public = models.BooleanField(_("public"), default=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    # Kept facts the scoreboard counts (commitments.facts keeps them current on every save of
    # the follow-up, its meeting or its timeline): reading them costs no time-zone arithmetic
    # and no subquery per row.
    held_on = models.DateField(null=True, editable=False)
    held_quarter = models.PositiveIntegerField(null=True, editable=False)
    verified_days = models.IntegerField(null=True, editable=False)
    last_submitted_on = models.DateField(null=True, editable=False)
    was_reopened = models.BooleanField(default=False, editable=False)
    # When its due-date reminders or overdue escalations may next fall due (kept by
    # notifications.notices): the sweep reads only the rows whose moment has come.
    notice_due_at = models.DateTimeField(null=True, editable=False)
    history = HistoricalRecords(excluded_fields=[*KEPT_FACTS, "notice_due_at"])

    objects = CommitmentQuerySet.as_manager()

    class Meta:
        verbose_name = _("commitment")
        verbose_name_plural = _("commitments")
        ordering = ["due_date", "pk"]
        indexes = [
            models.Index(fields=["status", "due_date"], name="commitment_status_due"),
            # Covers the home page's counts: the public filter reaches each row by its meeting.
            models.Index(
                fields=["meeting", "is_public", "status", "due_date"],
                name="commitment_meeting_public",
            ),
            # Covers counting overdue follow-ups (the API's ?overdue=true, the lists' totals):
            # 40 ms instead of 250 ms over 73,000 overdue rows of 300,000 in SQLite.
            models.Index(
                fields=["due_date", "status", "is_public", "meeting"],
                name="commitment_due_covering",
            ),
            models.Index(fields=["notice_due_at"], name="commitment_notice_due"),
            # The scoreboard's one scan: figures by agency, body and quarter of a period.
            models.Index(
                fields=["held_on", "owner", "answers_to", "held_quarter"],
                name="commitment_scoreboard",
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(progress__gte=0, progress__lte=100),
                name="commitment_progress_range",
                violation_error_message=_("Progress is a percentage from 0 to 100."),
            ),
            models.CheckConstraint(
                condition=~Q(status=CommitmentStatus.CANNOT_FOLLOW_UP) | ~Q(status_reason=""),
                name="commitment_cannot_follow_up_has_reason",
                violation_error_message=_("Say why it cannot be followed up."),
            ),
            models.CheckConstraint(
                condition=~Q(status=CommitmentStatus.DONE) | Q(progress=100),
                name="commitment_done_is_complete",
                violation_error_message=_("A follow-up marked done has its progress at 100."),
            ),
            models.CheckConstraint(
                condition=Q(verification__in=[Verification.VERIFIED, Verification.SENT_BACK])
                & Q(verified_at__isnull=False)
                | ~Q(verification__in=[Verification.VERIFIED, Verification.SENT_BACK])
                & Q(verified_at__isnull=True),
                name="commitment_verdict_has_time",
                violation_error_message=_("A verification verdict records when it was given."),
            ),
            # A DPRD body's own follow-up answers to another body (the Pimpinan, or the DPRD
            # when the Pimpinan owes it): no body verifies its own promise.
            models.CheckConstraint(
                condition=~Q(owner=F("answers_to")),
                name="commitment_owner_not_overseer",
                violation_error_message=_(
                    "A follow-up cannot answer to its own owner: choose the DPRD leadership "
                    "(Pimpinan) or another body to oversee it."
                ),
            ),
        ]

    def __str__(self) -> str:
        return self.text[:80]

    @property
    def display_status(self) -> DisplayStatus:
        return display_status(self.status, self.verification)

    @property
    def is_overdue(self) -> bool:
        return overdue_on(timezone.localdate(), status=self.status, due_date=self.due_date)

    @property
    def owner_group(self) -> OwnerGroup | None:
        return owner_group(self.owner.kind)


class UpdateKind(models.TextChoices):
    CREATED = "created", _("Recorded")
    PROGRESS = "progress", _("Progress reported")
    SUBMITTED = "submitted", _("Submitted as done")
    VERIFIED = "verified", _("Verified")
    SENT_BACK = "sent_back", _("Sent back")
    CLOSED = "closed", _("Closed as cannot be followed up")


def evidence_upload_to(update: "CommitmentUpdate", filename: str) -> str:
    return f"commitments/{update.commitment_id}/{filename}"


class CommitmentUpdate(models.Model):
    """One entry of a commitment's timeline, written by the service that made the step."""

    commitment = models.ForeignKey(
        Commitment, verbose_name=_("commitment"), on_delete=models.CASCADE, related_name="updates"
    )
    kind = models.CharField(_("kind"), max_length=20, choices=UpdateKind.choices)
    date = models.DateField(_("date"), default=timezone.localdate)
    text = models.TextField(_("text"), blank=True)
    progress = models.PositiveSmallIntegerField(
        _("progress (%)"), null=True, blank=True, validators=[MaxValueValidator(100)]
    )
    evidence_file = models.FileField(_("evidence file"), upload_to=evidence_upload_to, blank=True)
    evidence_url = models.URLField(_("evidence link"), max_length=500, blank=True)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="commitment_updates",
    )
    created_at = models.DateTimeField(_("recorded at"), auto_now_add=True)

    class Meta:
        verbose_name = _("commitment update")
        verbose_name_plural = _("commitment updates")
        ordering = ["commitment", "created_at", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(progress__isnull=True) | Q(progress__gte=0, progress__lte=100),
                name="commitment_update_progress_range",
                violation_error_message=_("Progress is a percentage from 0 to 100."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} ({self.date:%d/%m/%Y})"
