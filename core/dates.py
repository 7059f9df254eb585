"""The plausible range of every date a caller may give: 1950 to 2100.

Dates near year 1 or 9999 overflow as soon as they are shifted to another zone or by a day (a
month grid's next month, a feed window's UTC edges, an offset of -12:00), which answered 500.
No meeting or follow-up of a DPRD lies outside this range; every date input (query strings,
forms, API fields, services) is checked against it and refused with a 400 naming the field.
"""

import datetime

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

FIRST_YEAR = 1950
LAST_YEAR = 2100

RANGE_MESSAGE = _("Give a date between 1950 and 2100.")


def is_plausible(value) -> bool:
    """True for a date or datetime within the range, and for None (nothing given)."""
    if value is None:
        return True
    return FIRST_YEAR <= value.year <= LAST_YEAR


def plausible_date(value):
    """A field validator for dates and datetimes."""
    if isinstance(value, datetime.date) and not is_plausible(value):
        raise ValidationError(RANGE_MESSAGE, code="date_range")
