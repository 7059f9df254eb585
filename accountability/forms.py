"""The scoreboard's filters (from the query string) and the form that asks for a recap."""

from django import forms
from django.utils.translation import gettext_lazy as _

from accountability.periods import Period
from core.dates import plausible_date
from meetings.access import Actor
from meetings.models import Organization, OrganizationKind
from meetings.models.choices import LEAD_BODY_KINDS


class DateInput(forms.DateInput):
    # The browser's date picker sends ISO dates, which every locale's input formats accept.
    input_type = "date"

    def __init__(self):
        super().__init__(format="%Y-%m-%d")


def _bodies():
    return Organization.objects.filter(kind__in=LEAD_BODY_KINDS).order_by("name")


class PeriodForm(forms.Form):
    start = forms.DateField(
        label=_("From"), required=False, widget=DateInput(), validators=[plausible_date]
    )
    end = forms.DateField(
        label=_("To"), required=False, widget=DateInput(), validators=[plausible_date]
    )

    def clean(self):
        data = super().clean()
        if data.get("start") and data.get("end") and data["end"] < data["start"]:
            self.add_error("end", _("The end of the period cannot be before its start."))
        return data

    def period(self) -> Period:
        """The valid part of the period; an invalid filter is dropped rather than failing."""
        if not self.is_valid():
            return Period()
        return Period(self.cleaned_data.get("start"), self.cleaned_data.get("end"))


class ScoreboardFilterForm(PeriodForm):
    body = forms.ModelChoiceField(
        label=_("DPRD body"), queryset=_bodies(), to_field_name="slug", required=False
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["body"].queryset = _bodies()
        self.fields["body"].empty_label = _("All bodies")

    def selected_body(self) -> Organization | None:
        return self.cleaned_data.get("body") if self.is_valid() else None


def recap_subjects(actor: Actor):
    """The bodies and agencies the actor may ask a recap for."""
    if actor.is_secretariat:
        kinds = [*LEAD_BODY_KINDS, OrganizationKind.OPD]
        return Organization.objects.filter(kind__in=kinds).order_by("kind", "name")
    return Organization.objects.filter(pk__in=actor.body_ids).order_by("name")


class RecapRequestForm(PeriodForm):
    organization = forms.ModelChoiceField(
        label=_("DPRD body or agency"), queryset=Organization.objects.none()
    )
    start = forms.DateField(label=_("From"), widget=DateInput(), validators=[plausible_date])
    end = forms.DateField(label=_("To"), widget=DateInput(), validators=[plausible_date])

    field_order = ["organization", "start", "end"]

    def __init__(self, *args, actor: Actor, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organization"].queryset = recap_subjects(actor)
