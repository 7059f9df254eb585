"""The body's verdict on a follow-up submitted as done."""

from django import forms
from django.utils.translation import gettext_lazy as _

from workspace.agency.forms import OwnIds

ACCEPT, SEND_BACK = "accept", "send_back"


class VerifyForm(OwnIds, forms.Form):
    ids = "verify"

    decision = forms.ChoiceField(
        label=_("Verdict"),
        choices=[(ACCEPT, _("Verified: it is done")), (SEND_BACK, _("Send back for more work"))],
        widget=forms.RadioSelect,
    )
    reason = forms.CharField(
        label=_("Reason"),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Required when sending back: what is still missing."),
    )

    @property
    def accepted(self) -> bool:
        return self.cleaned_data["decision"] == ACCEPT
