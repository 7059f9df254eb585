"""Commitments (follow-ups) and their timeline as the API shows them."""

from rest_framework import serializers

from api.serializers.base import ModelSerializer
from api.serializers.directory import OrganizationRefSerializer, PersonRefSerializer
from commitments.models import Commitment, CommitmentUpdate
from meetings.models import Meeting


class MeetingRefSerializer(ModelSerializer):
    class Meta:
        model = Meeting
        fields = ["id", "kind", "start"]


class CommitmentSerializer(ModelSerializer):
    url = serializers.HyperlinkedIdentityField(view_name="api:commitment-detail")
    meeting = MeetingRefSerializer()
    owner = OrganizationRefSerializer()
    answers_to = OrganizationRefSerializer()
    person_in_charge = PersonRefSerializer(allow_null=True)
    is_overdue = serializers.BooleanField()

    class Meta:
        model = Commitment
        fields = [
            "id",
            "url",
            "meeting",
            "agenda_item",
            "kind",
            "text",
            "source_quote",
            "owner",
            "owner_role",
            "person_in_charge",
            "answers_to",
            "due_date",
            "status",
            "status_reason",
            "progress",
            "verification",
            "verified_at",
            "is_overdue",
            "is_public",
            "created_at",
            "updated_at",
        ]
        read_only_fields = fields


class TimelineEntrySerializer(ModelSerializer):
    author = serializers.CharField(source="author.get_username", allow_null=True, default=None)
    evidence_file = serializers.FileField(allow_null=True, use_url=True)

    class Meta:
        model = CommitmentUpdate
        fields = [
            "id",
            "kind",
            "date",
            "text",
            "progress",
            "evidence_file",
            "evidence_url",
            "author",
            "created_at",
        ]
        read_only_fields = fields


class CommitmentDetailSerializer(CommitmentSerializer):
    timeline = TimelineEntrySerializer(source="updates", many=True)

    class Meta(CommitmentSerializer.Meta):
        fields = [*CommitmentSerializer.Meta.fields, "timeline"]
        read_only_fields = fields
