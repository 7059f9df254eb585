"""How the calendar's and the follow-ups page's filters look: labelled selects and a checkbox.

They only draw the filters. The filtering itself is the resource's FilterSet
(meetings.filters.MeetingFilter, commitments.filters.CommitmentFilter), the one the API reads,
so each field here bears the API's parameter name."""

from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from commitments.models import OWNER_KINDS, DisplayStatus, OwnerGroup
from meetings.models import MeetingKind, MeetingStatus, Organization, OrganizationKind
from meetings.models.choices import LEAD_BODY_KINDS


def _bodies():
    return Organization.objects.filter(kind__in=LEAD_BODY_KINDS).order_by("name")


def _agencies():
    return Organization.objects.filter(kind=OrganizationKind.OPD).order_by("name")


class MeetingFilterForm(forms.Form):
    body = forms.ModelChoiceField(
        label=_("DPRD body"), queryset=_bodies(), to_field_name="slug", required=False
    )
    organization = forms.ModelChoiceField(
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
        self.fields["organization"].queryset = _agencies()
        self.fields["body"].empty_label = _("All bodies")
        self.fields["organization"].empty_label = _("All agencies")


class CommitmentFilterForm(forms.Form):
    owner = forms.ModelChoiceField(
        label=_("Agency (OPD)"), queryset=_agencies(), to_field_name="slug", required=False
    )
    body = forms.ModelChoiceField(
        label=_("DPRD body"), queryset=_bodies(), to_field_name="slug", required=False
    )
    display_status = forms.ChoiceField(
        label=_("Status"),
        # The statuses the pages show: "done" means verified by the DPRD body.
        choices=[("", _("Any status")), *DisplayStatus.choices],
        required=False,
    )
    owner_kind = forms.ChoiceField(
        label=_("Owed by"), choices=[("", _("Anyone")), *OwnerGroup.choices], required=False
    )
    # Ticked, it sends overdue=true: the FilterSet's strict boolean takes true or false only.
    overdue = forms.BooleanField(
        label=_("Overdue only"), required=False, widget=forms.CheckboxInput({"value": "true"})
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["body"].queryset = _bodies()
        # The agencies, and the owner the address names when it is another kind (a body's page
        # links to the body's own follow-ups): the select keeps it chosen, in the same query.
        named = Q(slug=self.data.get("owner") or "", kind__in=OWNER_KINDS)
        owners = Organization.objects.filter(Q(kind=OrganizationKind.OPD) | named)
        self.fields["owner"].queryset = owners.order_by("name")
        self.fields["body"].empty_label = _("All bodies")
        self.fields["owner"].empty_label = _("All agencies")


# Parameters the pages used to read, and the FilterSets' names for them. An old address
# answers with a permanent redirect to the new one, so bookmarks and links keep working.
OLD_MEETING_PARAMETERS = {"opd": "organization"}
OLD_COMMITMENT_PARAMETERS = {"opd": "owner", "owed_by": "owner", "status": "display_status"}
# The old checkbox sent overdue=on; the FilterSet reads true or false.
OLD_COMMITMENT_VALUES = {"overdue": {"on": "true"}}


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Search"), min_length=2, max_length=100, required=False)
