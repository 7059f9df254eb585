"""The invitation letter (undangan) of a scheduled meeting and each invited agency's answer."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from meetings.models.directory import Organization, Person
from meetings.models.meeting import Meeting


class Invitation(models.Model):
    """One letter per meeting, addressed to every invited agency; re-issuing corrects it."""

    meeting = models.OneToOneField(
        Meeting, verbose_name=_("meeting"), on_delete=models.CASCADE, related_name="invitation"
    )
    letter_number = models.CharField(
        _("letter number"), max_length=100, help_text=_('e.g. "005/123/426.070/2025"')
    )
    letter_date = models.DateField(_("letter date"))
    # Sifat and Lampiran of the letter head, as the secretariat writes them.
    nature = models.CharField(_("nature (sifat)"), max_length=50, default="Penting")
    attachments = models.CharField(_("attachments (lampiran)"), max_length=100, default="-")
    signer_office = models.CharField(
        _("signer's office"), max_length=200, help_text=_('e.g. "KETUA KOMISI I"')
    )
    signer_name = models.CharField(_("signer's name"), max_length=200, blank=True)
    signer_nip = models.CharField(_("signer's NIP"), max_length=30, blank=True)
    issued_at = models.DateTimeField(_("issued"))
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("issued by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    # Raised by each re-send, so the history says when the letter went out again.
    sent_rounds = models.PositiveSmallIntegerField(_("times re-sent"), default=0)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")
        constraints = [
            models.CheckConstraint(
                condition=~Q(letter_number=""),
                name="invitation_has_number",
                violation_error_message=_("Give the letter number."),
            ),
            models.CheckConstraint(
                condition=~Q(signer_office=""),
                name="invitation_has_signer_office",
                violation_error_message=_("Give the signer's office."),
            ),
        ]

    def __str__(self) -> str:
        return self.letter_number


class Answer(models.TextChoices):
    ATTENDING = "attending", _("Attending (hadir)")
    REPRESENTED = "represented", _("Represented (diwakilkan)")
    UNABLE = "unable", _("Unable to attend (berhalangan)")


class InvitationReply(models.Model):
    """An invited agency's answer; changed in place until the meeting starts, every version kept
    in its history."""

    invitation = models.ForeignKey(
        Invitation, verbose_name=_("invitation"), on_delete=models.CASCADE, related_name="replies"
    )
    organization = models.ForeignKey(
        Organization,
        verbose_name=_("agency"),
        on_delete=models.CASCADE,
        related_name="invitation_replies",
    )
    answer = models.CharField(_("answer"), max_length=20, choices=Answer.choices)
    representative = models.ForeignKey(
        Person,
        verbose_name=_("representative"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="invitation_representations",
    )
    # Typed when the representative is not in the directory; for a picked person, their office.
    representative_name = models.CharField(_("representative's name"), max_length=200, blank=True)
    representative_title = models.CharField(
        _("representative's office"), max_length=200, blank=True
    )
    assignment_letter = models.CharField(
        _("letter of assignment (surat tugas)"), max_length=200, blank=True
    )
    reason = models.CharField(_("reason"), max_length=300, blank=True)
    answered_at = models.DateTimeField(_("answered"))
    # Empty for an answer through the e-mail's signed link, which needs no account.
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("answered by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    history = HistoricalRecords()

    CONSTRAINT_FIELDS = {
        "invitation_reply_answer_valid": "answer",
        "invitation_reply_representative": "representative_name",
        "invitation_reply_only_when_represented": "representative",
        "invitation_reply_reason_when_unable": "reason",
    }

    class Meta:
        verbose_name = _("answer to an invitation")
        verbose_name_plural = _("answers to invitations")
        ordering = ["invitation", "organization__name"]
        constraints = [
            models.UniqueConstraint(
                fields=["invitation", "organization"],
                name="invitation_reply_unique",
                violation_error_message=_("This agency has already answered."),
            ),
            models.CheckConstraint(
                condition=Q(answer__in=Answer.values),
                name="invitation_reply_answer_valid",
                violation_error_code="invitation_reply_answer_valid",
                violation_error_message=_("Choose attending, represented or unable."),
            ),
            models.CheckConstraint(
                condition=~Q(answer=Answer.REPRESENTED)
                | Q(representative__isnull=False)
                | (~Q(representative_name="") & ~Q(representative_title="")),
                name="invitation_reply_representative",
                violation_error_code="invitation_reply_representative",
                violation_error_message=_(
                    "Pick the representative, or type their name and office."
                ),
            ),
            models.CheckConstraint(
                condition=Q(answer=Answer.REPRESENTED)
                | Q(
                    representative__isnull=True,
                    representative_name="",
                    representative_title="",
                    assignment_letter="",
                ),
                name="invitation_reply_only_when_represented",
                violation_error_code="invitation_reply_only_when_represented",
                violation_error_message=_("Only a represented agency names a representative."),
            ),
            models.CheckConstraint(
                condition=~Q(answer=Answer.UNABLE) | ~Q(reason=""),
                name="invitation_reply_reason_when_unable",
                violation_error_code="invitation_reply_reason_when_unable",
                violation_error_message=_("Say why the agency cannot attend."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.organization}: {self.get_answer_display()}"

    @property
    def representative_label(self) -> str:
        """ "Name (office)" of whoever comes in the head's place, picked or typed."""
        name = str(self.representative) if self.representative_id else self.representative_name
        return f"{name} ({self.representative_title})" if self.representative_title else name
