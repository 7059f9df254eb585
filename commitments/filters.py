"""The FilterSet of follow-ups, read by the API's list endpoint and the public follow-ups page
alike, with the same parameter names."""

import django_filters
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from commitments.models import (
    OWNER_GROUP_KINDS,
    Commitment,
    CommitmentStatus,
    DisplayStatus,
    OwnerGroup,
    display_status_q,
    overdue_q,
)
from meetings.filter_fields import IdFilter, PlausibleDateFilter, StrictBooleanFilter


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
    status = django_filters.ChoiceFilter(
        choices=CommitmentStatus.choices,
        help_text=_("The status as recorded: done includes follow-ups not yet verified."),
    )
    display_status = django_filters.ChoiceFilter(
        choices=DisplayStatus.choices,
        method="filter_display_status",
        help_text=_(
            "The status the pages show: done only once the DPRD body verified it, "
            "awaiting_verification before."
        ),
    )
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

    def filter_display_status(self, queryset, name, value):
        return queryset.filter(display_status_q(value))

    def filter_overdue(self, queryset, name, value):
        return queryset.filter(overdue_q() if value else ~overdue_q())

    def filter_words(self, queryset, name, value):
        return queryset.filter(Q(text__icontains=value) | Q(source_quote__icontains=value))
