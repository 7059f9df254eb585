"""How dates and times are written: day before month, in the meeting's own zone, with its label.

Indonesian: "Rabu, 26 Februari 2025, 09.00 WIB" or "Rabu (26/2/2025)".
English:    "Wednesday, 26 February 2025, 09:00 WIB".
"""

import datetime
from zoneinfo import ZoneInfo

from django.utils.formats import date_format, time_format

from meetings.models.choices import ZONE_ABBREVIATIONS


def zone_label(zone_name: str) -> str:
    return ZONE_ABBREVIATIONS.get(zone_name, zone_name)


def format_long_date(value: datetime.date) -> str:
    return date_format(value, "l, j F Y")


def format_short_date(value: datetime.date) -> str:
    """The newspaper form: "Rabu (26/2/2025)"."""
    return date_format(value, "l (j/n/Y)")


def format_local_datetime(value: datetime.datetime, zone_name: str) -> str:
    local = value.astimezone(ZoneInfo(zone_name))
    return f"{format_long_date(local)}, {time_format(local)} {zone_label(zone_name)}"
