"""Forms of a meeting's proceedings and changes of plan: attendance, outcomes, documents, postpone
and cancel."""

from django import forms
from django.utils.translation import gettext_lazy as _

from core.dates import plausible_date
from meetings.models import Attendance, DocumentKind, OutcomeKind
from workspace.secretariat.forms import ZONES, ParticipantForm
from workspace.secretariat.rows import row_formset
from workspace.widgets import AutoSizeTextarea


class AttendanceForm(forms.Form):
    participant = forms.IntegerField(widget=forms.HiddenInput)
    attendance = forms.ChoiceField(
        label=_("Attendance"), choices=Attendance.choices, widget=forms.RadioSelect
    )
    represented_by = forms.TypedChoiceField(
        label=_("Represented by"), coerce=int, required=False, empty_value=None
    )
    representative_name = forms.CharField(
        label=_("or the representative's name"), max_length=200, required=False
    )
    representative_title = forms.CharField(
        label=_("Representative's office"),
        max_length=200,
        required=False,
        help_text=_('As on the letter, e.g. "Sekretaris Dinas".'),
    )
    assignment_letter = forms.CharField(
        label=_("Letter of assignment no."), max_length=200, required=False
    )
    reason = forms.CharField(label=_("Reason for absence"), max_length=300, required=False)

    def __init__(self, *args, people=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["represented_by"].choices = people

    def clean(self):
        data = super().clean()
        if data.get("attendance") == Attendance.REPRESENTED:
            if data.get("represented_by") and data.get("representative_name"):
                self.add_error(
                    "representative_name", _("Pick the representative or type a name, not both.")
                )
            elif not (data.get("represented_by") or data.get("representative_name")):
                self.add_error("represented_by", _("Pick who represented them or type the name."))
        return data


class BaseAttendanceFormSet(forms.BaseFormSet):
    """Each row offers as representatives the people of that row's own organization."""

    def __init__(self, *args, row_people=(), **kwargs):
        self._row_people = list(row_people)
        super().__init__(*args, **kwargs)

    def get_form_kwargs(self, index):
        people = self._row_people[index] if index < len(self._row_people) else [("", "---------")]
        return {**super().get_form_kwargs(index), "people": people}


AttendanceFormSet = forms.formset_factory(
    AttendanceForm, formset=BaseAttendanceFormSet, extra=0, max_num=500, validate_max=True
)


# Someone who came without being on the list is added on the sheet as present, with the same
# row as on the meeting form.
WalkInFormSet = row_formset(ParticipantForm, extra=2)


class OutcomeForm(forms.Form):
    agenda_item = forms.TypedChoiceField(label=_("Agenda item"), coerce=int)
    kind = forms.ChoiceField(label=_("Kind"), choices=OutcomeKind.choices)
    text = forms.CharField(label=_("Outcome"), widget=AutoSizeTextarea(rows=4))

    def __init__(self, *args, agenda=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["agenda_item"].choices = [(item.pk, str(item)) for item in agenda]


class DocumentForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=300)
    kind = forms.ChoiceField(label=_("Kind"), choices=DocumentKind.choices)
    file = forms.FileField(label=_("File"), required=False)
    url = forms.URLField(label=_("or a link"), required=False, assume_scheme="https")
    is_public = forms.BooleanField(label=_("Public"), required=False)

    def clean(self):
        data = super().clean()
        if not data.get("file") and not data.get("url"):
            self.add_error("file", _("Upload a file or give a link."))
        return data


class PostponeForm(forms.Form):
    new_date = forms.DateField(label=_("New date"), validators=[plausible_date])
    new_time = forms.TimeField(label=_("New start"))
    time_zone = forms.ChoiceField(label=_("Time zone"), choices=ZONES)
    reason = forms.CharField(label=_("Reason"), widget=AutoSizeTextarea(rows=3))


class CancelForm(forms.Form):
    reason = forms.CharField(label=_("Reason"), widget=AutoSizeTextarea(rows=3))
    # Cancelling cannot be undone: the clerk confirms it, with or without JavaScript.
    confirm = forms.BooleanField(
        label=_("Yes, cancel this meeting. This cannot be undone."),
    )
