"""The meeting draft read from a report: what callers send and the shape of the answer."""

from django.utils.translation import gettext_lazy as _
from rest_framework import serializers

from core.dates import plausible_date
from meetings.models import MeetingKind


class ExtractRequestSerializer(serializers.Serializer):
    text = serializers.CharField(
        max_length=100_000, help_text=_("The press release or news report, as plain text.")
    )
    published = serializers.DateField(
        required=False,
        allow_null=True,
        default=None,
        validators=[plausible_date],
        help_text=_("Publication date: the year of dates written without one comes from it."),
    )


class _Found(serializers.Serializer):
    confidence = serializers.FloatField(min_value=0, max_value=1)
    span = serializers.ListField(
        child=serializers.IntegerField(min_value=0),
        help_text="[start, end) character offsets of the source in the text.",
    )


class DraftOrganizationSerializer(_Found):
    name = serializers.CharField()
    id = serializers.IntegerField(allow_null=True, help_text="Directory organization, if matched.")
    key = serializers.CharField()


class DraftVenueSerializer(_Found):
    name = serializers.CharField()
    id = serializers.IntegerField(allow_null=True)


class DraftPersonSerializer(_Found):
    name = serializers.CharField()
    title = serializers.CharField(allow_blank=True)
    side = serializers.ChoiceField(["dprd", "opd", "other"])
    person_id = serializers.IntegerField(allow_null=True)
    organization = serializers.CharField(allow_null=True)
    organization_id = serializers.IntegerField(allow_null=True)


class DraftLegislationSerializer(_Found):
    name = serializers.CharField()
    id = serializers.IntegerField(allow_null=True)
    title = serializers.CharField()


class DraftTopicSerializer(_Found):
    text = serializers.CharField()


class DraftFollowUpSerializer(_Found):
    by = serializers.CharField(
        help_text="Who is to act, as the report names it: an agency, the DPRD or one of its "
        "bodies, or an outside party."
    )
    by_id = serializers.IntegerField(allow_null=True)
    text = serializers.CharField()
    kind = serializers.ChoiceField(["commitment", "request"])
    due = serializers.DateField(allow_null=True)


class MeetingDraftSerializer(serializers.Serializer):
    is_meeting = serializers.BooleanField()
    title = serializers.CharField(allow_blank=True)
    date = serializers.DateField(allow_null=True)
    time = serializers.CharField(allow_null=True, help_text="HH:MM, local time.")
    time_zone = serializers.CharField(allow_null=True, help_text="WIB, WITA or WIT as written.")
    status = serializers.ChoiceField(["held", "postponed", "cancelled", "planned"], allow_null=True)
    rescheduled_date = serializers.DateField(allow_null=True)
    dprd = DraftOrganizationSerializer(allow_null=True)
    bodies = DraftOrganizationSerializer(many=True)
    kind = serializers.ChoiceField(MeetingKind.choices, allow_null=True)
    venue = DraftVenueSerializer(allow_null=True)
    opds = DraftOrganizationSerializer(
        many=True, help_text="Agencies that attended or were invited."
    )
    opds_mentioned = DraftOrganizationSerializer(many=True)
    people = DraftPersonSerializer(many=True)
    legislation = DraftLegislationSerializer(many=True)
    topics = DraftTopicSerializer(many=True)
    commitments = DraftFollowUpSerializer(many=True)
    confidence = serializers.DictField(child=serializers.FloatField())
    spans = serializers.DictField(child=serializers.ListField(child=serializers.IntegerField()))
