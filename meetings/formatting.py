"""The one place that decides how dates and times are shown, in both languages.

Two forms only, both day before month with the month as a word, so that no English reader can
take 9/12 for 12 September:

    long   Indonesian "Rabu, 9 Desember 2026, 09.00–12.00 WIB"
           English    "Wednesday 9 December 2026, 09:00–12:00 WIB"
    short  "9 Des 2026" / "9 Dec 2026", with a time "9 Des 2026 10.00" / "9 Dec 2026 10:00"

A range names its zone once, at the end. The short patterns are the locales' SHORT_DATE_FORMAT
and SHORT_DATETIME_FORMAT (tracker/formats), so `|date:"SHORT_DATE_FORMAT"` agrees with these.
Templates use the filters in public/templatetags/public_tags.py; input formats are not touched.
"""

import datetime
from zoneinfo import ZoneInfo

from django.utils import timezone, translation
from django.utils.formats import date_format, time_format

from meetings.models.choices import ZONE_ABBREVIATIONS

# Indonesian puts a comma after the day's name; English reads "Wednesday 9 December 2026".
_LONG_DATE = {"id": "l, j F Y", "en": "l j F Y"}
RANGE_DASH = "–"


def zone_label(zone_name: str) -> str:
    return ZONE_ABBREVIATIONS.get(zone_name, zone_name)


def _language() -> str:
    return (translation.get_language() or "id").split("-")[0]


def format_long_date(value: datetime.date) -> str:
    """ "Rabu, 9 Desember 2026" / "Wednesday 9 December 2026"."""
    return date_format(value, _LONG_DATE.get(_language(), _LONG_DATE["id"]))


def format_short_date(value: datetime.date) -> str:
    """ "9 Des 2026" / "9 Dec 2026"."""
    return date_format(value, "SHORT_DATE_FORMAT")


def _local(value: datetime.datetime, zone_name: str | None) -> datetime.datetime:
    if zone_name:
        return value.astimezone(ZoneInfo(zone_name))
    return timezone.localtime(value) if timezone.is_aware(value) else value


def format_short_datetime(value: datetime.datetime, zone_name: str | None = None) -> str:
    """A time stamp: "9 Des 2026 10.00" (with " WITA" when a zone is named)."""
    local = _local(value, zone_name)
    text = date_format(local, "SHORT_DATETIME_FORMAT")
    return f"{text} {zone_label(zone_name)}" if zone_name else text


def format_time_range(
    start: datetime.datetime, end: datetime.datetime | None, zone_name: str
) -> str:
    """ "09.00–12.00 WIB"; an end on another day is named in full: "22.00 – Kamis, 10 Desember
    2026, 02.00 WIT". The zone is written once, at the end."""
    local_start = start.astimezone(ZoneInfo(zone_name))
    label = zone_label(zone_name)
    if end is None:
        return f"{time_format(local_start)} {label}"
    local_end = end.astimezone(ZoneInfo(zone_name))
    if local_end.date() == local_start.date():
        return f"{time_format(local_start)}{RANGE_DASH}{time_format(local_end)} {label}"
    return (
        f"{time_format(local_start)} {RANGE_DASH} "
        f"{format_long_date(local_end.date())}, {time_format(local_end)} {label}"
    )


def format_local_datetime(
    value: datetime.datetime, zone_name: str, end: datetime.datetime | None = None
) -> str:
    """The long form: "Rabu, 9 Desember 2026, 09.00–12.00 WIB" (without an end: "…, 09.00 WIB")."""
    local = value.astimezone(ZoneInfo(zone_name))
    return f"{format_long_date(local.date())}, {format_time_range(value, end, zone_name)}"


def format_meeting_time(meeting) -> str:
    """A meeting's day and hours in its own zone, in the long form."""
    return format_local_datetime(meeting.start, meeting.time_zone, meeting.end)
