"""Filter types shared by the FilterSets of every resource: each refuses what it cannot read
with a message naming the parameter, and states its bounds in the API schema."""

import django_filters
from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema_field

from core.dates import plausible_date

ID_MAX = 2**63 - 1


class WholeNumberFilter(django_filters.NumberFilter):
    """A whole number within bounds the schema states: "1.5" or a number out of range is a
    400 naming the parameter, not a silent match or a database overflow."""

    field_class = forms.IntegerField
    minimum = 1
    maximum = ID_MAX

    def __init__(self, *args, **kwargs):
        super().__init__(*args, min_value=self.minimum, max_value=self.maximum, **kwargs)

    def get_max_validator(self):
        return None  # the field's own max_value applies


# The schema says what the server takes, so clients (and schemathesis) see the same bounds.
@extend_schema_field({"type": "integer", "minimum": 1, "maximum": ID_MAX})
class IdFilter(WholeNumberFilter):
    """An identifier: 1 to 2**63 - 1."""


@extend_schema_field({"type": "integer", "minimum": 1, "maximum": 9999})
class YearFilter(WholeNumberFilter):
    maximum = 9999


class StrictBooleanField(forms.Field):
    def to_python(self, value):
        if value in self.empty_values:
            return None
        text = str(value).strip().lower()
        if text in ("true", "1"):
            return True
        if text in ("false", "0"):
            return False
        raise ValidationError(_("Use true or false."), code="invalid")


class StrictBooleanFilter(django_filters.BooleanFilter):
    """true/false (or 1/0); anything else is a 400 instead of being ignored."""

    field_class = StrictBooleanField


class PlausibleIsoDateTimeField(django_filters.fields.IsoDateTimeField):
    default_validators = [plausible_date]


class PlausibleDateField(forms.DateField):
    default_validators = [plausible_date]


# The years core.dates accepts (1950-2100), written for the schema.
PLAUSIBLE_YEAR = r"^(19[5-9][0-9]|20[0-9][0-9]|2100)-"


@extend_schema_field({"type": "string", "format": "date-time", "pattern": PLAUSIBLE_YEAR})
class PlausibleIsoDateTimeFilter(django_filters.IsoDateTimeFilter):
    """An ISO 8601 time from 1950 to 2100: '9999-12-31T23:59:59-12:00' overflowed on its way to
    UTC and answered 500; now it is a 400 naming the parameter."""

    field_class = PlausibleIsoDateTimeField


@extend_schema_field({"type": "string", "format": "date", "pattern": PLAUSIBLE_YEAR})
class PlausibleDateFilter(django_filters.DateFilter):
    field_class = PlausibleDateField
