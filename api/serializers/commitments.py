"""Commitments (follow-ups) and their timeline as the API shows them."""

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from api.serializers.base import ModelSerializer
from api.serializers.directory import OrganizationRefSerializer, PersonRefSerializer
from commitments.access import can_read_evidence
from commitments.models import Commitment, CommitmentUpdate, OwnerGroup
from files.urls_for import evidence_file_url
from meetings.access import actor_of
from meetings.models import Meeting


class MeetingRefSerializer(ModelSerializer):
    class Meta:
        model = Meeting
        fields = ["id", "kind", "start"]


class CommitmentSerializer(ModelSerializer):
    url = serializers.HyperlinkedIdentityField(view_name="api:commitment-detail")
    meeting = MeetingRefSerializer()
    owner = OrganizationRefSerializer()
    owner_kind = serializers.ChoiceField(
        OwnerGroup.choices,
        source="owner_group",
        help_text="Who owes it: a government agency (opd), the DPRD or one of its bodies "
        "(body), or an outside party such as the police, a BUMD or a contractor (external).",
    )
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
            "owner_kind",
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
    evidence_file = serializers.SerializerMethodField(
        help_text="The evidence file through its checked view; null for callers who do not "
        "handle the follow-up (its agency, the body it answers to, the secretariat)."
    )

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

    @extend_schema_field({"type": "string", "format": "uri", "nullable": True})
    def get_evidence_file(self, update: CommitmentUpdate) -> str | None:
        request = self.context.get("request")
        # Only those who may download it get the link (files.views.evidence_file checks again).
        if not update.evidence_file or request is None:
            return None
        if not can_read_evidence(actor_of(request), update.commitment):
            return None
        path = evidence_file_url(update)
        return request.build_absolute_uri(path) if request else path


class CommitmentDetailSerializer(CommitmentSerializer):
    timeline = TimelineEntrySerializer(source="updates", many=True)

    class Meta(CommitmentSerializer.Meta):
        fields = [*CommitmentSerializer.Meta.fields, "timeline"]
        read_only_fields = fields
