"""Filters for the list endpoints. Filters on a meeting's content (words, organizations,
legislation, status) only ever match meetings the caller may read in full, so a filter never
reveals what a closed meeting is about."""

import django_filters
from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema_field
from rest_framework.filters import OrderingFilter

from commitments.models import (
    OWNER_GROUP_KINDS,
    Commitment,
    CommitmentStatus,
    OwnerGroup,
    overdue_q,
)
from core.dates import plausible_date
from meetings.access import actor_of, organization_meetings_q
from meetings.models import (
    AgendaItem,
    Legislation,
    Meeting,
    MeetingKind,
    MeetingStatus,
    Openness,
    Organization,
    OrganizationKind,
    Outcome,
    Participant,
    Person,
)
from meetings.models.choices import LEAD_BODY_KINDS

ID_MAX = 2**63 - 1


class WholeNumberFilter(django_filters.NumberFilter):
    """A whole number within bounds the schema states: "1.5" or a number out of range is a
    400 naming the parameter, not a silent match or a database overflow."""

    field_class = forms.IntegerField
    minimum = 1
    maximum = ID_MAX

    def __init__(self, *args, **kwargs):
        super().__init__(*args, min_value=self.minimum, max_value=self.maximum, **kwargs)

    def get_max_validator(self):
        return None  # the field's own max_value applies


# The schema says what the server takes, so clients (and schemathesis) see the same bounds.
@extend_schema_field({"type": "integer", "minimum": 1, "maximum": ID_MAX})
class IdFilter(WholeNumberFilter):
    """An identifier: 1 to 2**63 - 1."""


@extend_schema_field({"type": "integer", "minimum": 1, "maximum": 9999})
class YearFilter(WholeNumberFilter):
    maximum = 9999


class StrictBooleanField(forms.Field):
    def to_python(self, value):
        if value in self.empty_values:
            return None
        text = str(value).strip().lower()
        if text in ("true", "1"):
            return True
        if text in ("false", "0"):
            return False
        raise ValidationError(_("Use true or false."), code="invalid")


class StrictBooleanFilter(django_filters.BooleanFilter):
    """true/false (or 1/0); anything else is a 400 instead of being ignored."""

    field_class = StrictBooleanField


class PlausibleIsoDateTimeField(django_filters.fields.IsoDateTimeField):
    default_validators = [plausible_date]


class PlausibleDateField(forms.DateField):
    default_validators = [plausible_date]


# The years core.dates accepts (1950-2100), written for the schema.
PLAUSIBLE_YEAR = r"^(19[5-9][0-9]|20[0-9][0-9]|2100)-"


@extend_schema_field({"type": "string", "format": "date-time", "pattern": PLAUSIBLE_YEAR})
class PlausibleIsoDateTimeFilter(django_filters.IsoDateTimeFilter):
    """An ISO 8601 time from 1950 to 2100: '9999-12-31T23:59:59-12:00' overflowed on its way to
    UTC and answered 500; now it is a 400 naming the parameter."""

    field_class = PlausibleIsoDateTimeField


@extend_schema_field({"type": "string", "format": "date", "pattern": PLAUSIBLE_YEAR})
class PlausibleDateFilter(django_filters.DateFilter):
    field_class = PlausibleDateField


class MeetingFilter(django_filters.FilterSet):
    start_after = PlausibleIsoDateTimeFilter(
        field_name="start", lookup_expr="gte", help_text=_("Meetings starting at or after.")
    )
    start_before = PlausibleIsoDateTimeFilter(
        field_name="start", lookup_expr="lt", help_text=_("Meetings starting before.")
    )
    body = django_filters.CharFilter(
        method="filter_body", help_text=_("Slug of a DPRD body leading or joining the meeting.")
    )
    kind = django_filters.ChoiceFilter(choices=MeetingKind.choices)
    openness = django_filters.ChoiceFilter(choices=Openness.choices)
    status = django_filters.ChoiceFilter(choices=MeetingStatus.choices, method="filter_content")
    organization = django_filters.CharFilter(
        method="filter_organization",
        help_text=_("Slug of an organization invited to or taking part in the meeting."),
    )
    legislation = IdFilter(field_name="agenda_items__legislation", method="filter_content")
    q = django_filters.CharFilter(
        method="filter_words", help_text=_("Words in the title, summary, agenda or outcomes.")
    )

    class Meta:
        model = Meeting
        fields = []

    def filter_body(self, queryset, name, value):
        # The same rule as the calendar pages: a joint body counts only where the caller may
        # read the meeting in full (a closed meeting shows its lead body alone).
        body = Organization.objects.filter(slug=value, kind__in=LEAD_BODY_KINDS).first()
        if body is None:
            return queryset.none()
        return queryset.filter(organization_meetings_q(actor_of(self.request), body))

    def filter_content(self, queryset, name, value):
        field = "agenda_items__legislation" if name == "legislation" else name
        matching = Meeting.objects.filter(**{field: value}).values("pk")
        return queryset.filter(details_visible=True, pk__in=matching)

    def filter_organization(self, queryset, name, value):
        invited = Meeting.invited_organizations.through.objects.filter(organization__slug=value)
        attending = Participant.objects.filter(organization__slug=value)
        return queryset.filter(details_visible=True).filter(
            Q(pk__in=invited.values("meeting_id")) | Q(pk__in=attending.values("meeting_id"))
        )

    def filter_words(self, queryset, name, value):
        agenda = AgendaItem.objects.filter(
            Q(title__icontains=value) | Q(description__icontains=value)
        )
        outcomes = Outcome.objects.filter(text__icontains=value)
        return queryset.filter(details_visible=True).filter(
            Q(title__icontains=value)
            | Q(summary__icontains=value)
            | Q(pk__in=agenda.values("meeting_id"))
            | Q(pk__in=outcomes.values("meeting_id"))
        )


class CommitmentFilter(django_filters.FilterSet):
    owner = django_filters.CharFilter(
        field_name="owner__slug", help_text=_("Slug of the agency, body or outside party.")
    )
    owner_kind = django_filters.ChoiceFilter(
        choices=OwnerGroup.choices,
        method="filter_owner_kind",
        help_text=_(
            "Who owes it: a government agency (opd), the DPRD or one of its bodies (body), "
            "or an outside party (external)."
        ),
    )
    body = django_filters.CharFilter(field_name="answers_to__slug", help_text=_("Body slug."))
    status = django_filters.ChoiceFilter(choices=CommitmentStatus.choices)
    due_before = PlausibleDateFilter(field_name="due_date", lookup_expr="lt")
    due_after = PlausibleDateFilter(field_name="due_date", lookup_expr="gte")
    overdue = StrictBooleanFilter(method="filter_overdue")
    meeting = IdFilter(field_name="meeting")
    q = django_filters.CharFilter(method="filter_words", help_text=_("Words in the follow-up."))

    class Meta:
        model = Commitment
        fields = []

    def filter_owner_kind(self, queryset, name, value):
        return queryset.filter(owner__kind__in=OWNER_GROUP_KINDS[value])

    def filter_overdue(self, queryset, name, value):
        return queryset.filter(overdue_q() if value else ~overdue_q())

    def filter_words(self, queryset, name, value):
        return queryset.filter(Q(text__icontains=value) | Q(source_quote__icontains=value))


class OrganizationFilter(django_filters.FilterSet):
    kind = django_filters.ChoiceFilter(choices=OrganizationKind.choices)
    parent = IdFilter(field_name="parent", help_text=_("Identifier of the parent organization."))
    q = django_filters.CharFilter(method="filter_words", help_text=_("Words in the name."))

    class Meta:
        model = Organization
        fields = ["kind"]

    def filter_words(self, queryset, name, value):
        return queryset.filter(Q(name__icontains=value) | Q(abbreviation__icontains=value))


class LegislationFilter(django_filters.FilterSet):
    year = YearFilter(field_name="year")

    class Meta:
        model = Legislation
        fields = ["kind", "stage"]


class PersonFilter(django_filters.FilterSet):
    kind = django_filters.ChoiceFilter(
        choices=OrganizationKind.choices,
        method="filter_kind",
        help_text=_("Kind of an organization where the person holds an office."),
    )
    q = django_filters.CharFilter(method="filter_words", help_text=_("Words in the name."))

    class Meta:
        model = Person
        fields = []

    def filter_kind(self, queryset, name, value):
        holders = Person.objects.filter(memberships__organization__kind=value).values("pk")
        return queryset.filter(pk__in=holders)

    def filter_words(self, queryset, name, value):
        return queryset.filter(Q(name__icontains=value) | Q(form_of_address__icontains=value))


class MeetingOrdering(OrderingFilter):
    """`?ordering=updated_at` sorts by the last change the caller may know of (meetings_for's
    `shown_updated_at`): a closed meeting's hidden edits must not move it up the list."""

    aliases = {"updated_at": "shown_updated_at", "-updated_at": "-shown_updated_at"}

    def get_ordering(self, request, queryset, view):
        ordering = super().get_ordering(request, queryset, view)
        if not ordering:
            return ordering
        terms = [self.aliases.get(term, term) for term in ordering]
        # Equal values keep one order on every database (ties by id), so a page never moves a
        # meeting for reasons the reader cannot see.
        return terms if {"pk", "-pk", "id", "-id"} & set(terms) else [*terms, "pk"]
