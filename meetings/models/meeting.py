"""The meeting itself: when, where, who leads it, its status and openness."""

from zoneinfo import ZoneInfo

from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from meetings.models.choices import (
    ALWAYS_CLOSED_KINDS,
    ALWAYS_OPEN_KINDS,
    LEAD_BODY_KINDS,
    ZONE_ABBREVIATIONS,
    MeetingKind,
    MeetingStatus,
    MinutesState,
    Openness,
)
from meetings.models.directory import Organization, Venue


class MeetingQuerySet(models.QuerySet):
    def open(self):
        return self.filter(openness=Openness.OPEN)

    def upcoming(self, now=None):
        return self.filter(start__gte=now or timezone.now()).order_by("start")

    def past(self, now=None):
        return self.filter(start__lt=now or timezone.now()).order_by("-start")


class Meeting(models.Model):
    title = models.CharField(_("title"), max_length=300)
    kind = models.CharField(_("meeting kind"), max_length=20, choices=MeetingKind.choices)
    lead_body = models.ForeignKey(
        Organization,
        verbose_name=_("lead body"),
        on_delete=models.PROTECT,
        related_name="led_meetings",
        limit_choices_to={"kind__in": LEAD_BODY_KINDS},
    )
    other_bodies = models.ManyToManyField(
        Organization,
        verbose_name=_("other bodies (joint meeting)"),
        blank=True,
        related_name="joint_meetings",
    )
    invited_organizations = models.ManyToManyField(
        Organization,
        verbose_name=_("invited organizations"),
        blank=True,
        related_name="invited_meetings",
    )
    start = models.DateTimeField(_("start"), db_index=True)
    end = models.DateTimeField(_("end"), null=True, blank=True)
    venue = models.ForeignKey(
        Venue,
        verbose_name=_("venue"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="meetings",
    )
    online_url = models.URLField(_("online meeting link"), max_length=500, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=MeetingStatus.choices, default=MeetingStatus.SCHEDULED
    )
    status_reason = models.TextField(_("reason for postponement or cancellation"), blank=True)
    rescheduled_to = models.OneToOneField(
        "self",
        verbose_name=_("rescheduled meeting"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="rescheduled_from",
    )
    openness = models.CharField(
        _("openness"), max_length=10, choices=Openness.choices, default=Openness.OPEN
    )
    summary = models.TextField(_("summary"), blank=True)
    minutes_state = models.CharField(
        _("minutes status"), max_length=10, choices=MinutesState.choices, default=MinutesState.NONE
    )
    # Raised on every change of time, place or status so calendar clients pick it up (SEQUENCE).
    revision = models.PositiveIntegerField(_("revision"), default=0, editable=False)
    source_url = models.URLField(_("source (report or press release)"), max_length=500, blank=True)
    external_id = models.CharField(
        _("external identifier"),
        max_length=100,
        null=True,
        blank=True,
        unique=True,
        help_text=_("An identifier in another system, used to avoid importing a meeting twice."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    history = HistoricalRecords(m2m_fields=[other_bodies, invited_organizations])

    objects = MeetingQuerySet.as_manager()

    # The field each constraint's violation is reported on (meetings.services.validation).
    CONSTRAINT_FIELDS = {
        "meeting_end_after_start": "end",
        "meeting_always_open_kinds": "openness",
        "meeting_always_closed_kinds": "openness",
        "meeting_rescheduled_only_if_postponed": "rescheduled_to",
    }

    class Meta:
        verbose_name = _("meeting")
        verbose_name_plural = _("meetings")
        ordering = ["-start"]
        indexes = [models.Index(fields=["status", "start"], name="meeting_status_start")]
        constraints = [
            models.CheckConstraint(
                condition=Q(end__isnull=True) | Q(end__gt=F("start")),
                name="meeting_end_after_start",
                violation_error_code="meeting_end_after_start",
                violation_error_message=_("The meeting must end after it starts."),
            ),
            models.CheckConstraint(
                condition=~Q(kind__in=ALWAYS_OPEN_KINDS) | Q(openness=Openness.OPEN),
                name="meeting_always_open_kinds",
                violation_error_code="meeting_always_open_kinds",
                violation_error_message=_(
                    "Plenary sessions and public hearings (RDPU) are always open."
                ),
            ),
            models.CheckConstraint(
                condition=~Q(kind__in=ALWAYS_CLOSED_KINDS) | Q(openness=Openness.CLOSED),
                name="meeting_always_closed_kinds",
                violation_error_code="meeting_always_closed_kinds",
                violation_error_message=_(
                    "Leadership, Bamus, Banggar and BK meetings are always closed."
                ),
            ),
            models.CheckConstraint(
                condition=Q(rescheduled_to__isnull=True) | Q(status=MeetingStatus.POSTPONED),
                name="meeting_rescheduled_only_if_postponed",
                violation_error_code="meeting_rescheduled_only_if_postponed",
                violation_error_message=_("Only a postponed meeting links to a rescheduled one."),
            ),
            models.CheckConstraint(
                condition=~Q(rescheduled_to=F("pk")), name="meeting_not_rescheduled_to_itself"
            ),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def time_zone(self) -> str:
        # The venue decides where the meeting happens; online meetings follow the DPRD's zone.
        return self.venue.time_zone if self.venue_id else self.lead_body.time_zone

    @property
    def zone_label(self) -> str:
        return ZONE_ABBREVIATIONS.get(self.time_zone, self.time_zone)

    @property
    def local_start(self):
        return self.start.astimezone(ZoneInfo(self.time_zone))

    @property
    def local_end(self):
        return self.end.astimezone(ZoneInfo(self.time_zone)) if self.end else None

    @property
    def is_open(self) -> bool:
        return self.openness == Openness.OPEN
