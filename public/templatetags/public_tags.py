"""Dates as Indonesians write them, in the meeting's own zone, and calendar links."""

import datetime

from django import template
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html

from commitments.models import OwnerGroup, display_status, owner_group
from meetings.formatting import (
    format_long_date,
    format_meeting_time,
    format_short_date,
    format_short_datetime,
    format_time_range,
)

register = template.Library()


def _day(value) -> datetime.date:
    """A datetime already in a meeting's zone (`local_start`) keeps its day there; a stamp in
    UTC, as read from the database, is shown on its day in the site's zone."""
    if isinstance(value, datetime.datetime):
        if timezone.is_aware(value) and value.utcoffset() == datetime.timedelta(0):
            value = timezone.localtime(value)
        return value.date()
    return value


@register.filter
def meeting_time(meeting) -> str:
    """ "Rabu, 9 Desember 2026, 09.00–12.00 WIB" in the meeting's own zone."""
    return format_meeting_time(meeting)


@register.filter
def time_range(meeting) -> str:
    """ "09.00–12.00 WIB": the hours only, the zone once at the end."""
    return format_time_range(meeting.start, meeting.end, meeting.time_zone)


@register.filter
def long_date(value) -> str:
    """ "Rabu, 9 Desember 2026" / "Wednesday 9 December 2026"."""
    return format_long_date(_day(value)) if value else ""


@register.filter
def short_date(value) -> str:
    """ "9 Des 2026" / "9 Dec 2026"."""
    return format_short_date(_day(value)) if value else ""


@register.filter
def short_datetime(value, zone_name="") -> str:
    """A time stamp, "9 Des 2026 10.00"; given a zone name, in that zone with its label."""
    return format_short_datetime(value, zone_name or None) if value else ""


@register.filter
def status_badge(commitment) -> str:
    """The follow-up's status pill, from the one display vocabulary (`Commitment.display_status`):
    "done" only once verified. Takes a Commitment or a `.values()` row."""
    if isinstance(commitment, dict):
        shown = display_status(commitment["status"], commitment["verification"])
    else:
        shown = commitment.display_status
    return format_html('<span class="badge badge-{}">{}</span>', shown.value, shown.label)


OWNER_PAGES = {OwnerGroup.OPD: "public:agency", OwnerGroup.BODY: "public:body"}


@register.filter
def owner_link(organization, form="short") -> str:
    """Whoever owes a follow-up, linked to its public page: an agency's, or a DPRD body's (the
    DPRD's own promises). An outside party has no page: its name, and what it is.
    `owner_link:"full"` writes the full name instead of the abbreviation."""
    name = organization.name if form == "full" else str(organization)
    page = OWNER_PAGES.get(owner_group(organization.kind))
    if page:
        return format_html('<a href="{}">{}</a>', reverse(page, args=[organization.slug]), name)
    return format_html('{} <span class="card-meta">({})</span>', name, OwnerGroup.EXTERNAL.label)


@register.simple_tag(takes_context=True)
def absolute_url(context, name: str, *args, **kwargs) -> str:
    return context["request"].build_absolute_uri(reverse(name, args=args, kwargs=kwargs))


@register.simple_tag(takes_context=True)
def webcal_url(context, name: str, *args, **kwargs) -> str:
    """The same address with webcal://, which phones and desktop clients open as a subscription."""
    url = context["request"].build_absolute_uri(reverse(name, args=args, kwargs=kwargs))
    return "webcal://" + url.split("://", 1)[1]


@register.filter(expects_localtime=True)
def html_datetime(value) -> str:
    """A `<time datetime>` value HTML accepts: ISO 8601 to the second, with the offset. Django's
    "c" keeps microseconds, and HTML allows at most three digits of a fraction."""
    if isinstance(value, datetime.datetime):
        value = value.replace(microsecond=0)
    return value.isoformat() if value else ""
