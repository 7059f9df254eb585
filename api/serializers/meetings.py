"""Meetings as the API shows them. A closed meeting the caller may not read in full shows its
kind, date, time and body only: every other field is empty, in every endpoint."""

from zoneinfo import ZoneInfo

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from api.serializers.base import ModelSerializer
from api.serializers.commitments import CommitmentSerializer
from api.serializers.directory import (
    LegislationSerializer,
    OrganizationRefSerializer,
    PersonRefSerializer,
    VenueSerializer,
)
from files.urls_for import document_file_url
from meetings.models import AgendaItem, Document, Meeting, Outcome, Participant


class OutcomeSerializer(ModelSerializer):
    class Meta:
        model = Outcome
        fields = ["id", "kind", "text", "order"]


class AgendaItemSerializer(ModelSerializer):
    legislation = LegislationSerializer(read_only=True, allow_null=True)
    outcomes = OutcomeSerializer(many=True, read_only=True)

    class Meta:
        model = AgendaItem
        fields = [
            "id",
            "order",
            "number",
            "title",
            "description",
            "legislation",
            "legislation_role",
            "is_public",
            "outcomes",
        ]


class ParticipantSerializer(ModelSerializer):
    person = PersonRefSerializer(read_only=True, allow_null=True)
    organization = OrganizationRefSerializer(read_only=True, allow_null=True)
    represented_by = PersonRefSerializer(read_only=True, allow_null=True)

    class Meta:
        model = Participant
        fields = [
            "id",
            "person",
            "organization",
            "role",
            "attendance",
            "represented_by",
            "assignment_letter",
            "reason",
        ]


class DocumentSerializer(ModelSerializer):
    link = serializers.SerializerMethodField()

    class Meta:
        model = Document
        fields = ["id", "kind", "title", "agenda_item", "link", "is_public"]

    def get_link(self, document: Document) -> str:
        # An uploaded file is linked through its checked view, never a public media path.
        if not document.file:
            return document.url
        request = self.context.get("request")
        path = document_file_url(document)
        return request.build_absolute_uri(path) if request else path


class MeetingSerializer(ModelSerializer):
    """A meeting in a list."""

    url = serializers.HyperlinkedIdentityField(view_name="api:meeting-detail")
    title = serializers.CharField(help_text="For a closed meeting: the name of its kind.")
    kind_label = serializers.CharField(source="get_kind_display")
    lead_body = OrganizationRefSerializer()
    other_bodies = OrganizationRefSerializer(many=True)
    venue = VenueSerializer(allow_null=True)
    time_zone = serializers.CharField()
    zone_label = serializers.CharField()
    status = serializers.CharField(allow_null=True)
    minutes_state = serializers.CharField(allow_null=True)
    revision = serializers.IntegerField(allow_null=True)
    rescheduled_from = serializers.SerializerMethodField()
    updated_at = serializers.DateTimeField(allow_null=True)
    is_redacted = serializers.SerializerMethodField()

    class Meta:
        model = Meeting
        fields = [
            "id",
            "url",
            "is_redacted",
            "kind",
            "kind_label",
            "title",
            "lead_body",
            "other_bodies",
            "start",
            "end",
            "time_zone",
            "zone_label",
            "openness",
            "venue",
            "online_url",
            "status",
            "status_reason",
            "rescheduled_to",
            "rescheduled_from",
            "minutes_state",
            "revision",
            "updated_at",
        ]
        read_only_fields = fields

    # Shown for a closed meeting to those who may not read it; the rest is emptied.
    REDACTED_KEEP = {
        "id",
        "url",
        "is_redacted",
        "kind",
        "kind_label",
        "lead_body",
        "start",
        "end",
        "time_zone",
        "zone_label",
        "openness",
    }

    def _empty(self, key: str, value):
        if key in self.REDACTED_KEEP:
            return value
        if isinstance(value, list):
            return []
        return "" if isinstance(value, str) and key != "updated_at" else None

    @extend_schema_field(serializers.IntegerField(allow_null=True))
    def get_rescheduled_from(self, meeting: Meeting) -> int | None:
        previous = getattr(meeting, "rescheduled_from", None)
        return previous.pk if previous else None

    def get_is_redacted(self, meeting: Meeting) -> bool:
        return not meeting.details_visible

    def to_representation(self, meeting: Meeting) -> dict:
        data = super().to_representation(meeting)
        # Times carry the offset of the meeting's own zone (WIB +07:00, WITA +08:00, WIT +09:00).
        zone = ZoneInfo(meeting.time_zone)
        for key in ("start", "end"):
            value = getattr(meeting, key)
            data[key] = value.astimezone(zone).isoformat() if value else None
        if meeting.details_visible:
            return data
        redacted = {key: self._empty(key, value) for key, value in data.items()}
        redacted["title"] = data["kind_label"]
        return redacted


class MeetingDetailSerializer(MeetingSerializer):
    """A meeting with its agenda, participants, documents and the follow-ups made in it."""

    invited_organizations = OrganizationRefSerializer(many=True)
    agenda_items = serializers.SerializerMethodField()
    participants = ParticipantSerializer(many=True)
    documents = serializers.SerializerMethodField()
    commitments = serializers.SerializerMethodField()

    class Meta(MeetingSerializer.Meta):
        fields = [
            *MeetingSerializer.Meta.fields,
            "summary",
            "source_url",
            "invited_organizations",
            "agenda_items",
            "participants",
            "documents",
            "commitments",
        ]
        read_only_fields = fields

    @extend_schema_field(AgendaItemSerializer(many=True))
    def get_agenda_items(self, meeting: Meeting) -> list:
        return AgendaItemSerializer(
            self._shown(meeting, meeting.agenda_items.all()), many=True
        ).data

    @extend_schema_field(DocumentSerializer(many=True))
    def get_documents(self, meeting: Meeting) -> list:
        return DocumentSerializer(
            self._shown(meeting, meeting.documents.all()), many=True, context=self.context
        ).data

    @extend_schema_field(CommitmentSerializer(many=True))
    def get_commitments(self, meeting: Meeting) -> list:
        # The view prefetches only the follow-ups the caller may read.
        if not meeting.details_visible:
            return []
        return CommitmentSerializer(meeting.commitments.all(), many=True, context=self.context).data

    @staticmethod
    def _shown(meeting: Meeting, items) -> list:
        """Non-public agenda items and documents are for those who take part in the meeting."""
        return [item for item in items if item.is_public or meeting.insider]
