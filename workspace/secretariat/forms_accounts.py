from django import forms
from django.utils.translation import gettext_lazy as _

from meetings.models import Organization, OrganizationKind
from meetings.models.choices import BODY_KINDS

ROLE_CHOICES = [
    ("secretariat", _("DPRD secretariat")),
    ("opd", _("Government agency (OPD)")),
    ("body", _("DPRD body member")),
]


def _organizations():
    return Organization.objects.filter(kind__in=[OrganizationKind.OPD, *BODY_KINDS]).order_by(
        "kind", "name"
    )


class AccountRoleForm(forms.Form):
    role = forms.ChoiceField(label=_("Role"), choices=ROLE_CHOICES)
    organization = forms.ModelChoiceField(
        label=_("Agency or DPRD body"),
        queryset=Organization.objects.none(),
        required=False,
        help_text=_("Needed for agency and body accounts."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organization"].queryset = _organizations()


class AccountInviteForm(AccountRoleForm):
    username = forms.CharField(label=_("Username"), max_length=150)
    email = forms.EmailField(label=_("E-mail address"))
    full_name = forms.CharField(label=_("Full name"), max_length=200, required=False)

    field_order = ["username", "email", "full_name", "role", "organization"]


class AccountChangeForm(AccountRoleForm):
    is_active = forms.BooleanField(label=_("Active (may log in)"), required=False, initial=True)
