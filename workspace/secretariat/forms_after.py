"""Forms used during and after a meeting: attendance, outcomes, documents, postpone, cancel."""

from django import forms
from django.utils.translation import gettext_lazy as _

from meetings.models import Attendance, DocumentKind, OutcomeKind
from workspace.secretariat.forms import ZONES


class AttendanceForm(forms.Form):
    participant = forms.IntegerField(widget=forms.HiddenInput)
    attendance = forms.ChoiceField(
        label=_("Attendance"), choices=Attendance.choices, widget=forms.RadioSelect
    )
    represented_by = forms.TypedChoiceField(
        label=_("Represented by"), coerce=int, required=False, empty_value=None
    )
    assignment_letter = forms.CharField(
        label=_("Letter of assignment"), max_length=200, required=False
    )
    reason = forms.CharField(label=_("Reason"), max_length=300, required=False)

    def __init__(self, *args, people=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["represented_by"].choices = people


class BaseAttendanceFormSet(forms.BaseFormSet):
    def __init__(self, *args, people=(), **kwargs):
        self._people = people
        super().__init__(*args, **kwargs)

    def get_form_kwargs(self, index):
        return {**super().get_form_kwargs(index), "people": self._people}


AttendanceFormSet = forms.formset_factory(
    AttendanceForm, formset=BaseAttendanceFormSet, extra=0, max_num=500, validate_max=True
)


class OutcomeForm(forms.Form):
    agenda_item = forms.TypedChoiceField(label=_("Agenda item"), coerce=int)
    kind = forms.ChoiceField(label=_("Kind"), choices=OutcomeKind.choices)
    text = forms.CharField(label=_("Outcome"), widget=forms.Textarea(attrs={"rows": 2}))

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
    new_date = forms.DateField(label=_("New date"))
    new_time = forms.TimeField(label=_("New start"))
    time_zone = forms.ChoiceField(label=_("Time zone"), choices=ZONES)
    reason = forms.CharField(label=_("Reason"), widget=forms.Textarea(attrs={"rows": 2}))


class CancelForm(forms.Form):
    reason = forms.CharField(label=_("Reason"), widget=forms.Textarea(attrs={"rows": 2}))
