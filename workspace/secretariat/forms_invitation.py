"""The secretariat's invitation letter form."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from meetings.models import Invitation, Meeting, OrganizationKind

LETTER_FIELDS = [
    "letter_number",
    "letter_date",
    "nature",
    "attachments",
    "signer_office",
    "signer_name",
    "signer_nip",
]


class InvitationForm(forms.Form):
    letter_number = forms.CharField(label=_("Letter number"), max_length=100)
    letter_date = forms.DateField(
        label=_("Letter date"),
        # A date input takes ISO dates whatever the page's language.
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    nature = forms.CharField(label=_("Nature (sifat)"), max_length=50, initial="Penting")
    attachments = forms.CharField(label=_("Attachments (lampiran)"), max_length=100, initial="-")
    signer_office = forms.CharField(
        label=_("Signer's office"),
        max_length=200,
        help_text=_('As printed above the signature, e.g. "KETUA KOMISI I" or "SEKRETARIS DPRD".'),
    )
    signer_name = forms.CharField(label=_("Signer's name"), max_length=200, required=False)
    signer_nip = forms.CharField(label=_("Signer's NIP"), max_length=30, required=False)


def initial_for(meeting: Meeting, invitation: Invitation | None) -> dict:
    """The letter as issued, or a first draft: dated today, signed by the lead body's chair."""
    if invitation is not None:
        return {name: getattr(invitation, name) for name in LETTER_FIELDS}
    lead = meeting.lead_body
    name = "DPRD" if lead.kind == OrganizationKind.DPRD else lead.name
    return {
        "letter_date": timezone.localdate(),
        "nature": "Penting",
        "attachments": "-",
        "signer_office": f"KETUA {name}".upper(),
    }
