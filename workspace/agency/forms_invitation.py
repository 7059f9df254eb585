"""An agency's answer to an invitation: attending, represented by whom, or unable and why."""

from django import forms
from django.utils.translation import gettext_lazy as _

from meetings.models import Answer, InvitationReply, Membership


class AnswerForm(forms.Form):
    answer = forms.ChoiceField(label=_("Answer"), choices=Answer.choices, widget=forms.RadioSelect)
    representative = forms.TypedChoiceField(
        label=_("Representative (by office)"),
        coerce=int,
        required=False,
        empty_value=None,
        help_text=_("Someone of the agency; or type a name and office below."),
    )
    representative_name = forms.CharField(
        label=_("Or the representative's name"), max_length=200, required=False
    )
    representative_title = forms.CharField(
        label=_("Representative's office (jabatan)"),
        max_length=200,
        required=False,
        help_text=_('e.g. "Sekretaris Dinas"'),
    )
    assignment_letter = forms.CharField(
        label=_("Letter of assignment number"), max_length=200, required=False
    )
    reason = forms.CharField(label=_("Reason, if unable"), max_length=300, required=False)

    def __init__(self, *args, offices: list[Membership], **kwargs):
        super().__init__(*args, **kwargs)
        # A person holding two offices is listed once, under the first (the highest).
        first = {}
        for office in offices:
            first.setdefault(office.person_id, office)
        self.people = {person_id: office.person for person_id, office in first.items()}
        self.fields["representative"].choices = [("", "—")] + [
            (office.person_id, f"{office.label} – {office.person}") for office in first.values()
        ]

    def representative_person(self):
        return self.people.get(self.cleaned_data.get("representative"))


def initial_for(reply: InvitationReply | None) -> dict:
    if reply is None:
        return {}
    return {
        "answer": reply.answer,
        "representative": reply.representative_id,
        "representative_name": reply.representative_name,
        "representative_title": reply.representative_title,
        "assignment_letter": reply.assignment_letter,
        "reason": reply.reason,
    }
