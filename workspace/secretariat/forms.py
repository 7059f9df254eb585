"""The "log a meeting" page (also used to edit one): one form for the meeting and three lists
of rows for its agenda, participants and follow-ups."""

import datetime
from zoneinfo import ZoneInfo

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from commitments.models import CommitmentKind
from core.dates import plausible_date
from meetings.models import LegislationRole, MeetingKind, MeetingStatus, Openness, ParticipantRole
from meetings.models.choices import ZONE_ABBREVIATIONS
from workspace.secretariat import choices
from workspace.secretariat.rows import RowForm, row_formset
from workspace.widgets import AutoSizeTextarea, PickerWidget

ZONES = [(zone, label) for zone, label in ZONE_ABBREVIATIONS.items()]
BLANK = ("", "---------")


class MeetingForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=300)
    # No preset: a kind decides openness, so the clerk must choose it.
    kind = forms.ChoiceField(
        label=_("Meeting kind"), choices=[("", _("Choose a kind")), *MeetingKind.choices]
    )
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
        label=_("Other bodies"),
        queryset=choices.bodies(),
        required=False,
        widget=PickerWidget,
    )
    invited_organizations = forms.TypedMultipleChoiceField(
        label=_("Invited agencies"),
        coerce=int,
        required=False,
        help_text=_("The lead body's partner agencies (mitra kerja) come first."),
    )
    date = forms.DateField(
        label=_("Date"),
        help_text=_("Day first, e.g. 26/02/2025."),
        validators=[plausible_date],
    )
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
    summary = forms.CharField(label=_("Summary"), widget=AutoSizeTextarea(rows=6), required=False)

    def __init__(self, *args, agency_picker=None, **kwargs):
        super().__init__(*args, **kwargs)
        # Read per form: the directory changes while the server runs.
        self.fields["lead_body"].queryset = choices.bodies()
        self.fields["other_bodies"].queryset = choices.bodies()
        self.fields["venue"].queryset = choices.venues()
        # The page reads the agencies once for this form and the follow-ups' owners.
        agencies, partners_of = agency_picker or choices.agency_picker()
        self.fields["invited_organizations"].choices = agencies
        self.fields["invited_organizations"].widget = PickerWidget(
            choices=agencies, option_data=partners_of
        )

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


class AgendaItemForm(RowForm):
    content_fields = ("title", "legislation")

    title = forms.CharField(label=_("Agenda item"), max_length=400)
    legislation = forms.ModelChoiceField(
        label=_("Legislation"), queryset=choices.legislation(), required=False
    )
    legislation_role = forms.ChoiceField(
        label=_("Role of the legislation"),
        choices=[BLANK, *LegislationRole.choices],
        required=False,
    )

    def __init__(self, *args, legislation=None, **kwargs):
        kwargs.pop("people", None)
        kwargs.pop("organizations", None)
        kwargs.pop("agenda_choices", None)
        super().__init__(*args, **kwargs)
        self.fields["legislation"].queryset = choices.legislation()
        if legislation is not None:
            # Shown from the list the formset read once; a posted value is still checked
            # against the queryset.
            self.fields["legislation"].choices = legislation

    def clean(self):
        data = super().clean()
        if data.get("legislation") and not data.get("legislation_role"):
            data["legislation_role"] = LegislationRole.DISCUSSION
        if not data.get("legislation"):
            data["legislation_role"] = ""
        return data


class ParticipantForm(RowForm):
    content_fields = ("person", "new_name", "organization")

    person = forms.TypedChoiceField(
        label=_("Person (by office)"), coerce=int, required=False, empty_value=None
    )
    new_name = forms.CharField(label=_("or a name"), max_length=200, required=False)
    organization = forms.TypedChoiceField(
        label=_("On behalf of"), coerce=int, required=False, empty_value=None
    )
    role = forms.ChoiceField(
        label=_("Role"), choices=ParticipantRole.choices, initial=ParticipantRole.GUEST
    )

    def __init__(self, *args, people=(), organizations=(), agenda_choices=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["person"].choices = people
        self.fields["organization"].choices = organizations

    def clean(self):
        data = super().clean()
        if data.get("person") and data.get("new_name"):
            self.add_error("new_name", _("Pick a person or type a name, not both."))
        if not (data.get("person") or data.get("new_name") or data.get("organization")):
            self.add_error("person", _("Pick a person or an organization, or type a name."))
        return data


class CommitmentForm(RowForm):
    content_fields = ("text", "owner", "person_in_charge", "due_date")

    agenda_item = forms.TypedChoiceField(
        label=_("Agenda item"),
        coerce=int,
        required=False,
        empty_value=None,
        help_text=_("Choose among the agenda items above."),
    )
    kind = forms.ChoiceField(
        label=_("Kind"), choices=CommitmentKind.choices, initial=CommitmentKind.COMMITMENT
    )
    text = forms.CharField(label=_("Follow-up"), widget=AutoSizeTextarea(rows=3))
    owner = forms.TypedChoiceField(
        label=_("Owed by"),
        coerce=int,
        help_text=_("An agency, a DPRD body (the DPRD's own promise) or an outside party."),
    )
    person_in_charge = forms.TypedChoiceField(
        label=_("Person in charge"), coerce=int, required=False, empty_value=None
    )
    due_date = forms.DateField(label=_("Due date"), required=False, validators=[plausible_date])

    def __init__(self, *args, people=(), organizations=(), agenda_choices=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["owner"].choices = [BLANK, *organizations]
        self.fields["person_in_charge"].choices = people
        self.fields["agenda_item"].choices = [BLANK, *agenda_choices]


def agenda_choices(rows: int, titles: list[str] | None = None) -> list[tuple[int, str]]:
    """One choice per agenda row of the page, by its position; the page's script relabels them
    with the titles as they are typed, and without it they read "Item 1", "Item 2"..."""
    titles = titles or []
    return [
        (
            position,
            _("Item %(number)s") % {"number": position + 1}
            + (f": {titles[position][:60]}" if position < len(titles) and titles[position] else ""),
        )
        for position in range(rows)
    ]


AgendaFormSet = row_formset(AgendaItemForm, extra=3)
ParticipantFormSet = row_formset(ParticipantForm, extra=4)
CommitmentFormSet = row_formset(CommitmentForm, extra=2)
