"""The filters of the calendar, the commitments list and search, read from the query string."""

from django import forms
from django.utils.translation import gettext_lazy as _

from commitments.models import OWNER_KINDS, DisplayStatus, OwnerGroup
from meetings.models import MeetingKind, MeetingStatus, Organization, OrganizationKind
from meetings.models.choices import LEAD_BODY_KINDS


def _bodies():
    return Organization.objects.filter(kind__in=LEAD_BODY_KINDS).order_by("name")


def _agencies():
    return Organization.objects.filter(kind=OrganizationKind.OPD).order_by("name")


def _owners():
    return Organization.objects.filter(kind__in=OWNER_KINDS)


class MeetingFilterForm(forms.Form):
    body = forms.ModelChoiceField(
        label=_("DPRD body"), queryset=_bodies(), to_field_name="slug", required=False
    )
    opd = forms.ModelChoiceField(
        label=_("Agency (OPD)"), queryset=_agencies(), to_field_name="slug", required=False
    )
    kind = forms.ChoiceField(
        label=_("Meeting kind"),
        choices=[("", _("All kinds")), *MeetingKind.choices],
        required=False,
    )
    status = forms.ChoiceField(
        label=_("Status"),
        choices=[("", _("Any status")), *MeetingStatus.choices],
        required=False,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Fresh querysets per form: the directory changes while the server runs.
        self.fields["body"].queryset = _bodies()
        self.fields["opd"].queryset = _agencies()
        self.fields["body"].empty_label = _("All bodies")
        self.fields["opd"].empty_label = _("All agencies")


class CommitmentFilterForm(forms.Form):
    opd = forms.ModelChoiceField(
        label=_("Agency (OPD)"), queryset=_agencies(), to_field_name="slug", required=False
    )
    body = forms.ModelChoiceField(
        label=_("DPRD body"), queryset=_bodies(), to_field_name="slug", required=False
    )
    status = forms.ChoiceField(
        label=_("Status"),
        # The statuses the pages show: "done" means verified by the DPRD body.
        choices=[("", _("Any status")), *DisplayStatus.choices],
        required=False,
    )
    owner_kind = forms.ChoiceField(
        label=_("Owed by"), choices=[("", _("Anyone")), *OwnerGroup.choices], required=False
    )
    overdue = forms.BooleanField(label=_("Overdue only"), required=False)
    # One owner of any kind, by slug: where a body's page links to its own follow-ups.
    owed_by = forms.ModelChoiceField(
        queryset=_owners(), to_field_name="slug", required=False, widget=forms.HiddenInput
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["body"].queryset = _bodies()
        self.fields["opd"].queryset = _agencies()
        self.fields["owed_by"].queryset = _owners()
        self.fields["body"].empty_label = _("All bodies")
        self.fields["opd"].empty_label = _("All agencies")


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Search"), min_length=2, max_length=100, required=False)


def cleaned(form: forms.Form) -> dict:
    """Valid filters; an invalid one (an unknown body, say) is dropped rather than failing."""
    form.is_valid()
    return {name: value for name, value in form.cleaned_data.items() if value}
