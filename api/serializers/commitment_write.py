"""What callers send to record, correct and move follow-ups."""

from rest_framework import serializers

from api.fields import PlainTextField
from commitments.models import CommitmentKind
from meetings.models import AgendaItem, Meeting, OfficeRole, Organization, Person

ORGANIZATIONS = Organization.objects.all()
PEOPLE = Person.objects.all()


class CommitmentEditSerializer(serializers.Serializer):
    text = PlainTextField(max_length=10_000)
    # An agency, the DPRD or one of its bodies, or an outside party; it may change only
    # before anyone reported on the follow-up.
    owner = serializers.PrimaryKeyRelatedField(queryset=ORGANIZATIONS)
    source_quote = PlainTextField(allow_blank=True)
    kind = serializers.ChoiceField(CommitmentKind.choices)
    owner_role = serializers.ChoiceField(OfficeRole.choices)
    person_in_charge = serializers.PrimaryKeyRelatedField(queryset=PEOPLE, allow_null=True)
    due_date = serializers.DateField(allow_null=True)
    is_public = serializers.BooleanField()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            field.required = False


class CommitmentCreateSerializer(CommitmentEditSerializer):
    meeting = serializers.PrimaryKeyRelatedField(queryset=Meeting.objects.all())
    answers_to = serializers.PrimaryKeyRelatedField(
        queryset=ORGANIZATIONS, required=False, allow_null=True
    )
    agenda_item = serializers.PrimaryKeyRelatedField(
        queryset=AgendaItem.objects.all(), required=False, allow_null=True
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("meeting", "owner", "text"):
            self.fields[name].required = True


class ProgressReportSerializer(serializers.Serializer):
    text = PlainTextField(max_length=10_000)
    progress = serializers.IntegerField(min_value=0, max_value=100)
    evidence_file = serializers.FileField(required=False, allow_null=True, default=None)
    evidence_url = serializers.URLField(
        max_length=500, required=False, default="", allow_blank=True
    )
    date = serializers.DateField(required=False, allow_null=True, default=None)


class SubmitSerializer(serializers.Serializer):
    text = PlainTextField(max_length=10_000, required=False, default="", allow_blank=True)
