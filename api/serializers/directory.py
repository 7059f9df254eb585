"""The directory in the API: organizations, people and their offices, venues, legislation."""

from rest_framework import serializers

from api.serializers.base import ModelSerializer
from meetings.models import Legislation, Membership, Organization, Person, Venue

# The columns of an organization named inside another resource, and of a venue: the
# serializers' fields, and what the hand-built lists (api.serializers.fast*) and the
# benchmark floor read from .values() rows.
ORGANIZATION_REF_FIELDS = ["id", "slug", "name", "abbreviation", "kind"]
VENUE_FIELDS = [
    "id",
    "slug",
    "name",
    "building",
    "address",
    "city",
    "latitude",
    "longitude",
    "time_zone",
]


class OrganizationRefSerializer(ModelSerializer):
    """An organization named inside another resource."""

    class Meta:
        model = Organization
        fields = ORGANIZATION_REF_FIELDS


class OrganizationSerializer(ModelSerializer):
    partners = serializers.PrimaryKeyRelatedField(many=True, read_only=True)

    class Meta:
        model = Organization
        fields = [
            "id",
            "slug",
            "name",
            "abbreviation",
            "kind",
            "category",
            "parent",
            "time_zone",
            "email",
            "partners",
            "is_verified",
            "source_url",
        ]


class PersonRefSerializer(ModelSerializer):
    class Meta:
        model = Person
        fields = ["id", "slug", "name", "full_name"]


class OfficeSerializer(ModelSerializer):
    organization = OrganizationRefSerializer(read_only=True)

    class Meta:
        model = Membership
        fields = ["id", "organization", "role", "label", "acting", "start_date", "end_date"]


class PersonSerializer(ModelSerializer):
    """Contact details stay out of the API: they are for the secretariat's own records."""

    offices = OfficeSerializer(source="memberships", many=True, read_only=True)

    class Meta:
        model = Person
        fields = [
            "id",
            "slug",
            "name",
            "honorific_prefix",
            "honorific_suffix",
            "full_name",
            "form_of_address",
            "party",
            "offices",
            "is_verified",
            "source_url",
        ]


class VenueSerializer(ModelSerializer):
    class Meta:
        model = Venue
        fields = VENUE_FIELDS


class LegislationSerializer(ModelSerializer):
    class Meta:
        model = Legislation
        fields = ["id", "slug", "kind", "title", "number", "year", "stage"]
