"""What callers send to create, change and move meetings. Parsing only: the services decide."""

from rest_framework import serializers

from api.fields import AwareDateTimeField, PlainTextField
from commitments.models import CommitmentKind
from commitments.services import CommitmentInput
from meetings.models import (
    Attendance,
    Legislation,
    LegislationRole,
    MeetingKind,
    OfficeRole,
    Openness,
    Organization,
    OutcomeKind,
    ParticipantRole,
    Person,
    Venue,
)
from meetings.services import AgendaItemInput, OutcomeInput, ParticipantInput

ORGANIZATIONS = Organization.objects.all()
PEOPLE = Person.objects.all()


class OutcomeInputSerializer(serializers.Serializer):
    kind = serializers.ChoiceField(OutcomeKind.choices, default=OutcomeKind.CONCLUSION)
    text = PlainTextField(max_length=10_000)


class AgendaItemInputSerializer(serializers.Serializer):
    title = PlainTextField(max_length=400)
    number = PlainTextField(max_length=20, required=False, default="", allow_blank=True)
    description = PlainTextField(required=False, default="", allow_blank=True)
    legislation = serializers.PrimaryKeyRelatedField(
        queryset=Legislation.objects.all(), required=False, allow_null=True, default=None
    )
    legislation_role = serializers.ChoiceField(
        LegislationRole.choices, required=False, allow_blank=True, default=""
    )
    is_public = serializers.BooleanField(default=True)
    outcomes = OutcomeInputSerializer(many=True, required=False, default=list)


class ParticipantInputSerializer(serializers.Serializer):
    person = serializers.PrimaryKeyRelatedField(
        queryset=PEOPLE, required=False, allow_null=True, default=None
    )
    organization = serializers.PrimaryKeyRelatedField(
        queryset=ORGANIZATIONS, required=False, allow_null=True, default=None
    )
    role = serializers.ChoiceField(ParticipantRole.choices, default=ParticipantRole.GUEST)
    attendance = serializers.ChoiceField(Attendance.choices, default=Attendance.INVITED)
    represented_by = serializers.PrimaryKeyRelatedField(
        queryset=PEOPLE, required=False, allow_null=True, default=None
    )
    assignment_letter = PlainTextField(max_length=200, required=False, default="", allow_blank=True)
    reason = PlainTextField(max_length=300, required=False, default="", allow_blank=True)


class CommitmentInputSerializer(serializers.Serializer):
    text = PlainTextField(max_length=10_000)
    owner = serializers.PrimaryKeyRelatedField(queryset=ORGANIZATIONS)
    kind = serializers.ChoiceField(CommitmentKind.choices, default=CommitmentKind.COMMITMENT)
    agenda_item = serializers.IntegerField(
        min_value=0,
        required=False,
        allow_null=True,
        default=None,
        help_text="Position of the agenda item in `agenda_items`, counting from 0.",
    )
    answers_to = serializers.PrimaryKeyRelatedField(
        queryset=ORGANIZATIONS, required=False, allow_null=True, default=None
    )
    owner_role = serializers.ChoiceField(OfficeRole.choices, default=OfficeRole.HEAD)
    person_in_charge = serializers.PrimaryKeyRelatedField(
        queryset=PEOPLE, required=False, allow_null=True, default=None
    )
    due_date = serializers.DateField(required=False, allow_null=True, default=None)
    source_quote = PlainTextField(required=False, default="", allow_blank=True)
    is_public = serializers.BooleanField(default=True)


class MeetingFieldsSerializer(serializers.Serializer):
    title = PlainTextField(max_length=300)
    kind = serializers.ChoiceField(MeetingKind.choices)
    lead_body = serializers.PrimaryKeyRelatedField(queryset=ORGANIZATIONS)
    start = AwareDateTimeField()
    end = AwareDateTimeField(required=False, allow_null=True, default=None)
    venue = serializers.PrimaryKeyRelatedField(
        queryset=Venue.objects.all(), required=False, allow_null=True, default=None
    )
    online_url = serializers.URLField(max_length=500, required=False, default="", allow_blank=True)
    openness = serializers.ChoiceField(
        Openness.choices,
        required=False,
        allow_null=True,
        default=None,
        help_text="Left out: preset by the meeting kind.",
    )
    summary = PlainTextField(required=False, default="", allow_blank=True)
    source_url = serializers.URLField(max_length=500, required=False, default="", allow_blank=True)


class MeetingCreateSerializer(MeetingFieldsSerializer):
    other_bodies = serializers.PrimaryKeyRelatedField(
        queryset=ORGANIZATIONS, many=True, required=False, default=list
    )
    invited_organizations = serializers.PrimaryKeyRelatedField(
        queryset=ORGANIZATIONS, many=True, required=False, default=list
    )
    external_id = PlainTextField(max_length=100, required=False, allow_null=True, default=None)
    agenda_items = AgendaItemInputSerializer(many=True, required=False, default=list)
    participants = ParticipantInputSerializer(many=True, required=False, default=list)
    commitments = CommitmentInputSerializer(many=True, required=False, default=list)

    def service_arguments(self) -> dict:
        data = dict(self.validated_data)
        data["agenda_items"] = [
            AgendaItemInput(**(item | {"outcomes": [OutcomeInput(**o) for o in item["outcomes"]]}))
            for item in data["agenda_items"]
        ]
        data["participants"] = [ParticipantInput(**p) for p in data["participants"]]
        data["commitments"] = [CommitmentInput(**c) for c in data["commitments"]]
        return data


class MeetingUpdateSerializer(MeetingFieldsSerializer):
    """Changes to a meeting's own fields; its status moves only through the operations."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            field.required = False
            field.default = serializers.empty


class PostponeSerializer(serializers.Serializer):
    new_start = AwareDateTimeField()
    new_end = AwareDateTimeField(required=False, allow_null=True, default=None)
    venue = serializers.PrimaryKeyRelatedField(
        queryset=Venue.objects.all(), required=False, allow_null=True, default=None
    )
    reason = PlainTextField(max_length=2000, required=False, default="", allow_blank=True)


class ReasonSerializer(serializers.Serializer):
    reason = PlainTextField(max_length=2000)
