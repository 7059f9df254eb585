from django.db.models import Prefetch
from rest_framework import viewsets

from api.serializers.directory import (
    LegislationSerializer,
    OrganizationSerializer,
    PersonSerializer,
    VenueSerializer,
)
from meetings.filters import LegislationFilter, OrganizationFilter, PersonFilter
from meetings.models import Legislation, Membership, Organization, Person, Venue
from meetings.services import directory_record_delete, directory_record_save


class DirectoryViewSet(viewsets.ModelViewSet):
    """Anyone reads the directory; the secretariat keeps it."""

    def perform_create(self, serializer):
        serializer.instance = directory_record_save(
            record=self.queryset.model(), **serializer.validated_data
        )

    def perform_update(self, serializer):
        directory_record_save(record=serializer.instance, **serializer.validated_data)

    def perform_destroy(self, instance):
        directory_record_delete(record=instance)


class OrganizationViewSet(DirectoryViewSet):
    queryset = Organization.objects.prefetch_related("partners").order_by("kind", "name", "pk")
    serializer_class = OrganizationSerializer
    filterset_class = OrganizationFilter
    ordering_fields = ["name", "kind"]


class PersonViewSet(DirectoryViewSet):
    queryset = Person.objects.prefetch_related(
        Prefetch("memberships", queryset=Membership.objects.select_related("organization"))
    ).order_by("name", "pk")
    serializer_class = PersonSerializer
    filterset_class = PersonFilter
    ordering_fields = ["name"]


class VenueViewSet(DirectoryViewSet):
    queryset = Venue.objects.order_by("name", "pk")
    serializer_class = VenueSerializer
    filterset_fields = ["time_zone", "city"]
    ordering_fields = ["name"]


class LegislationViewSet(DirectoryViewSet):
    queryset = Legislation.objects.order_by("-year", "title", "pk")
    serializer_class = LegislationSerializer
    filterset_class = LegislationFilter
    ordering_fields = ["year", "title"]
