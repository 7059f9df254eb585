"""The "log a meeting" page: one form for the meeting and three formsets for its parts."""

import datetime
from zoneinfo import ZoneInfo

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from commitments.models import CommitmentKind
from meetings.models import LegislationRole, MeetingKind, MeetingStatus, Openness, ParticipantRole
from meetings.models.choices import ZONE_ABBREVIATIONS
from workspace.secretariat import choices

ZONES = [(zone, label) for zone, label in ZONE_ABBREVIATIONS.items()]


class MeetingForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=300)
    kind = forms.ChoiceField(label=_("Meeting kind"), choices=MeetingKind.choices)
    openness = forms.ChoiceField(
        label=_("Openness"),
        choices=[("", _("As the kind requires")), *Openness.choices],
        required=False,
        help_text=_("Plenary and RDPU are always open; Pimpinan, Bamus, Banggar and BK closed."),
    )
    status = forms.ChoiceField(
        label=_("Status"),
        choices=[
            (MeetingStatus.SCHEDULED, MeetingStatus.SCHEDULED.label),
            (MeetingStatus.HELD, MeetingStatus.HELD.label),
        ],
        initial=MeetingStatus.SCHEDULED,
        help_text=_("A meeting logged after the fact is held."),
    )
    lead_body = forms.ModelChoiceField(label=_("Lead body"), queryset=choices.bodies())
    other_bodies = forms.ModelMultipleChoiceField(
        label=_("Other bodies"), queryset=choices.bodies(), required=False
    )
    invited_organizations = forms.TypedMultipleChoiceField(
        label=_("Invited agencies"), coerce=int, required=False
    )
    date = forms.DateField(label=_("Date"), help_text=_("Day first, e.g. 26/02/2025."))
    start_time = forms.TimeField(label=_("Start"), help_text=_("e.g. 09.00"))
    end_time = forms.TimeField(label=_("End"), required=False)
    time_zone = forms.ChoiceField(label=_("Time zone"), choices=ZONES, initial="Asia/Jakarta")
    venue = forms.ModelChoiceField(label=_("Venue"), queryset=choices.venues(), required=False)
    new_venue = forms.CharField(
        label=_("or a new venue"),
        max_length=200,
        required=False,
        help_text=_("Name, then the address after a comma."),
    )
    online_url = forms.URLField(
        label=_("Online meeting link"), required=False, assume_scheme="https"
    )
    summary = forms.CharField(
        label=_("Summary"), widget=forms.Textarea(attrs={"rows": 3}), required=False
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Read per form: the directory changes while the server runs.
        self.fields["lead_body"].queryset = choices.bodies()
        self.fields["other_bodies"].queryset = choices.bodies()
        self.fields["venue"].queryset = choices.venues()
        self.fields["invited_organizations"].choices = choices.agency_choices()

    def clean(self):
        data = super().clean()
        if data.get("venue") and data.get("new_venue"):
            self.add_error("new_venue", _("Pick a venue or type a new one, not both."))
        if (
            data.get("end_time")
            and data.get("start_time")
            and data["end_time"] <= data["start_time"]
        ):
            self.add_error("end_time", _("The meeting must end after it starts."))
        if data.get("status") == MeetingStatus.HELD and data.get("date") and data.get("start_time"):
            if self.moments()[0] > timezone.now():
                self.add_error("status", _("A meeting in the future cannot be held yet."))
        venue = data.get("venue")
        if venue and data.get("time_zone") and venue.time_zone != data["time_zone"]:
            self.add_error(
                "time_zone",
                _("%(venue)s is in %(zone)s.")
                % {"venue": venue, "zone": ZONE_ABBREVIATIONS.get(venue.time_zone)},
            )
        return data

    def moments(self) -> tuple[datetime.datetime, datetime.datetime | None]:
        data = self.cleaned_data
        zone = ZoneInfo(data.get("time_zone") or "Asia/Jakarta")
        start = datetime.datetime.combine(data["date"], data["start_time"], tzinfo=zone)
        end = (
            datetime.datetime.combine(data["date"], data["end_time"], tzinfo=zone)
            if data.get("end_time")
            else None
        )
        return start, end


class AgendaItemForm(forms.Form):
    title = forms.CharField(label=_("Agenda item"), max_length=400)
    legislation = forms.ModelChoiceField(
        label=_("Legislation"), queryset=choices.legislation(), required=False
    )
    legislation_role = forms.ChoiceField(
        label=_("Role of the legislation"),
        choices=[("", "---------"), *LegislationRole.choices],
        required=False,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["legislation"].queryset = choices.legislation()

    def clean(self):
        data = super().clean()
        if data.get("legislation") and not data.get("legislation_role"):
            data["legislation_role"] = LegislationRole.DISCUSSION
        if not data.get("legislation"):
            data["legislation_role"] = ""
        return data


class ParticipantForm(forms.Form):
    person = forms.TypedChoiceField(
        label=_("Person (by office)"), coerce=int, required=False, empty_value=None
    )
    new_name = forms.CharField(label=_("or a name"), max_length=200, required=False)
    organization = forms.TypedChoiceField(
        label=_("Organization"), coerce=int, required=False, empty_value=None
    )
    role = forms.ChoiceField(
        label=_("Role"), choices=ParticipantRole.choices, initial=ParticipantRole.GUEST
    )

    def __init__(self, *args, people=(), organizations=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["person"].choices = people
        self.fields["organization"].choices = organizations

    def clean(self):
        data = super().clean()
        if data.get("person") and data.get("new_name"):
            self.add_error("new_name", _("Pick a person or type a name, not both."))
        return data

    def is_blank(self) -> bool:
        data = self.cleaned_data
        return not (data.get("person") or data.get("new_name") or data.get("organization"))


class CommitmentForm(forms.Form):
    agenda_number = forms.IntegerField(
        label=_("Agenda item no."),
        min_value=1,
        required=False,
        help_text=_("The number of the agenda item above it belongs to."),
    )
    kind = forms.ChoiceField(label=_("Kind"), choices=CommitmentKind.choices)
    text = forms.CharField(label=_("Follow-up"), widget=forms.Textarea(attrs={"rows": 2}))
    owner = forms.TypedChoiceField(label=_("Responsible agency"), coerce=int)
    person_in_charge = forms.TypedChoiceField(
        label=_("Person in charge"), coerce=int, required=False, empty_value=None
    )
    due_date = forms.DateField(label=_("Due date"), required=False)

    def __init__(self, *args, people=(), organizations=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["owner"].choices = [("", "---------"), *organizations]
        self.fields["person_in_charge"].choices = people


class BaseRowFormSet(forms.BaseFormSet):
    """Rows left empty are ignored; the choices are read once for all rows."""

    def __init__(self, *args, people=(), organizations=(), **kwargs):
        self._choices = {"people": people, "organizations": organizations}
        super().__init__(*args, **kwargs)

    def get_form_kwargs(self, index):
        return {**super().get_form_kwargs(index), **self._choices}


def formset(form, extra: int):
    return forms.formset_factory(
        form, formset=BaseRowFormSet, extra=extra, max_num=50, validate_max=True
    )


AgendaFormSet = forms.formset_factory(AgendaItemForm, extra=3, max_num=50, validate_max=True)
ParticipantFormSet = formset(ParticipantForm, extra=4)
CommitmentFormSet = formset(CommitmentForm, extra=2)
