"""The sign-up form: an address, one thing to follow, how often and in which language."""

from django import forms
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from alerts.models import Frequency, Language, Target
from meetings.models import Legislation, Organization, OrganizationKind
from meetings.models.choices import LEAD_BODY_KINDS


class FollowForm(forms.Form):
    address = forms.EmailField(label=_("Your e-mail address"), max_length=254)
    body = forms.ModelChoiceField(
        label=_("DPRD body"),
        queryset=Organization.objects.none(),
        to_field_name="slug",
        required=False,
    )
    agency = forms.ModelChoiceField(
        label=_("Agency (OPD)"),
        queryset=Organization.objects.none(),
        to_field_name="slug",
        required=False,
    )
    legislation = forms.ModelChoiceField(
        label=_("Legislation"),
        queryset=Legislation.objects.none(),
        to_field_name="slug",
        required=False,
    )
    words = forms.CharField(label=_("Or words to watch for"), max_length=200, required=False)
    frequency = forms.ChoiceField(
        label=_("How often"),
        choices=Frequency.choices,
        initial=Frequency.EACH,
        widget=forms.RadioSelect,
    )
    language = forms.ChoiceField(
        label=_("Language of the messages"), choices=Language.choices, widget=forms.RadioSelect
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Fresh querysets per form: the directory changes while the server runs.
        self.fields["body"].queryset = Organization.objects.filter(
            kind__in=LEAD_BODY_KINDS
        ).order_by("name")
        self.fields["agency"].queryset = Organization.objects.filter(
            kind=OrganizationKind.OPD
        ).order_by("name")
        self.fields["legislation"].queryset = Legislation.objects.order_by("title")
        self.fields["language"].initial = (
            Language.ENGLISH if (get_language() or "").startswith("en") else Language.INDONESIAN
        )

    def clean(self):
        data = super().clean()
        data["words"] = " ".join((data.get("words") or "").split())
        chosen = [name for name in ("body", "agency", "legislation", "words") if data.get(name)]
        if len(chosen) != 1:
            raise forms.ValidationError(
                _("Choose one thing to follow: a body, an agency, a piece of legislation or words.")
            )
        data["target"] = {
            "body": Target.BODY,
            "agency": Target.AGENCY,
            "legislation": Target.LEGISLATION,
            "words": Target.SEARCH,
        }[chosen[0]]
        return data
