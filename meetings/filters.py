"""One FilterSet per resource of the directory and of meetings, read by the API's list
endpoints and the public calendar pages alike, with the same parameter names.

Filters on a meeting's content (words, organizations, legislation, status, joint bodies) only
ever match meetings the caller may read in full, so a filter never reveals what a closed
meeting is about. They read that from the `details_visible` flag that
`meetings.selectors.meetings_for(actor)` puts on every meeting: a MeetingFilter filters such a
queryset, never a bare `Meeting.objects`."""

import django_filters
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from meetings.filter_fields import IdFilter, PlausibleIsoDateTimeFilter, YearFilter
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
        # meetings.access.organization_meetings_q's rule: a joint body counts only where the
        # caller may read the meeting in full (a closed meeting shows its lead body alone).
        body = Organization.objects.filter(slug=value, kind__in=LEAD_BODY_KINDS).first()
        if body is None:
            return queryset.none()
        joint = Meeting.other_bodies.through.objects.filter(organization=body)
        return queryset.filter(
            Q(lead_body=body) | (Q(pk__in=joint.values("meeting_id")) & Q(details_visible=True))
        )

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
