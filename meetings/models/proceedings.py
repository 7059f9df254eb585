"""What happens in a meeting: agenda, participants, outcomes, documents."""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from meetings.models.choices import (
    Attendance,
    DocumentKind,
    LegislationRole,
    OutcomeKind,
    ParticipantRole,
)
from meetings.models.directory import Legislation, Organization, Person
from meetings.models.meeting import Meeting


class AgendaItem(models.Model):
    meeting = models.ForeignKey(
        Meeting, verbose_name=_("meeting"), on_delete=models.CASCADE, related_name="agenda_items"
    )
    order = models.PositiveSmallIntegerField(_("order"))
    number = models.CharField(_("number"), max_length=20, blank=True, help_text=_('e.g. "2.a"'))
    title = models.CharField(_("title"), max_length=400)
    description = models.TextField(_("description"), blank=True)
    legislation = models.ForeignKey(
        Legislation,
        verbose_name=_("legislation"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="agenda_items",
    )
    legislation_role = models.CharField(
        _("role of the meeting for the legislation"),
        max_length=20,
        choices=LegislationRole.choices,
        blank=True,
    )
    is_public = models.BooleanField(_("public"), default=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("agenda item")
        verbose_name_plural = _("agenda items")
        ordering = ["meeting", "order"]
        constraints = [
            models.UniqueConstraint(
                fields=["meeting", "order"],
                name="agenda_item_unique_order",
                violation_error_message=_("Two agenda items of a meeting share the same order."),
            ),
            models.CheckConstraint(
                condition=Q(legislation__isnull=True, legislation_role="")
                | Q(legislation__isnull=False) & ~Q(legislation_role=""),
                name="agenda_item_legislation_role_with_legislation",
                violation_error_message=_(
                    "Give the meeting's role if legislation is linked, and only then."
                ),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.number or self.order}. {self.title}"


class Participant(models.Model):
    meeting = models.ForeignKey(
        Meeting, verbose_name=_("meeting"), on_delete=models.CASCADE, related_name="participants"
    )
    person = models.ForeignKey(
        Person,
        verbose_name=_("person"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="participations",
    )
    organization = models.ForeignKey(
        Organization,
        verbose_name=_("on behalf of"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="participations",
    )
    role = models.CharField(
        _("role"), max_length=20, choices=ParticipantRole.choices, default=ParticipantRole.GUEST
    )
    attendance = models.CharField(
        _("attendance"), max_length=20, choices=Attendance.choices, default=Attendance.INVITED
    )
    represented_by = models.ForeignKey(
        Person,
        verbose_name=_("represented by"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="representations",
    )
    representative_title = models.CharField(
        _("representative's office"),
        max_length=200,
        blank=True,
        help_text=_('As written on the letter of assignment, e.g. "Sekretaris Dinas".'),
    )
    assignment_letter = models.CharField(
        _("letter of assignment (surat tugas)"), max_length=200, blank=True
    )
    reason = models.CharField(_("reason for absence"), max_length=300, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("participant")
        verbose_name_plural = _("participants")
        ordering = ["meeting", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(person__isnull=False) | Q(organization__isnull=False),
                name="participant_person_or_organization",
                violation_error_message=_("A participant needs a person or an organization."),
            ),
            models.CheckConstraint(
                condition=(Q(attendance=Attendance.REPRESENTED) & Q(represented_by__isnull=False))
                | (~Q(attendance=Attendance.REPRESENTED) & Q(represented_by__isnull=True)),
                name="participant_represented_needs_representative",
                violation_error_message=_(
                    'Name a representative when, and only when, attendance is "represented".'
                ),
            ),
            models.UniqueConstraint(
                fields=["meeting", "person"],
                condition=Q(person__isnull=False),
                name="participant_unique_person",
                violation_error_message=_("This person is already a participant."),
            ),
            models.UniqueConstraint(
                fields=["meeting", "organization"],
                condition=Q(person__isnull=True),
                name="participant_unique_organization",
                violation_error_message=_("This organization is already a participant."),
            ),
        ]

    def __str__(self) -> str:
        who = self.person or self.organization
        return f"{who} ({self.get_attendance_display()})"


class PartOfMeeting(models.Model):
    """What Outcome and Document share: they belong to a meeting and, optionally, to one of its
    agenda items (none: the meeting as a whole), and go with them when they are deleted."""

    meeting = models.ForeignKey(
        Meeting, verbose_name=_("meeting"), on_delete=models.CASCADE, related_name="%(class)ss"
    )
    agenda_item = models.ForeignKey(
        AgendaItem,
        verbose_name=_("agenda item"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="%(class)ss",
    )

    class Meta:
        abstract = True


class Outcome(PartOfMeeting):
    kind = models.CharField(_("kind"), max_length=20, choices=OutcomeKind.choices)
    text = models.TextField(_("text"))
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("outcome")
        verbose_name_plural = _("outcomes")
        ordering = ["meeting", "order", "pk"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.text[:60]}"


def document_upload_to(document: "Document", filename: str) -> str:
    return f"meetings/{document.meeting_id}/{filename}"


class Document(PartOfMeeting):
    kind = models.CharField(_("kind"), max_length=20, choices=DocumentKind.choices)
    title = models.CharField(_("title"), max_length=300)
    file = models.FileField(_("file"), upload_to=document_upload_to, blank=True)
    url = models.URLField(_("link"), max_length=500, blank=True)
    is_public = models.BooleanField(_("public"), default=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("document")
        verbose_name_plural = _("documents")
        ordering = ["meeting", "kind", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(file="") | ~Q(url=""),
                name="document_file_or_url",
                violation_error_message=_("Upload a file or give a link."),
            ),
        ]

    def __str__(self) -> str:
        return self.title
