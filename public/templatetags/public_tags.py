"""Dates as Indonesians write them, in the meeting's own zone, and calendar links."""

import datetime

from django import template
from django.urls import reverse
from django.utils.html import format_html

from commitments.models import display_status
from meetings.formatting import format_local_datetime, format_long_date, format_short_date

register = template.Library()


@register.filter
def meeting_time(meeting) -> str:
    """ "Rabu, 26 Februari 2025, 09.00 WIB" (or the English form when English is active)."""
    return format_local_datetime(meeting.start, meeting.time_zone)


@register.filter
def long_date(value) -> str:
    return format_long_date(value) if value else ""


@register.filter
def short_date(value) -> str:
    return format_short_date(value) if value else ""


@register.filter
def status_badge(commitment) -> str:
    """The follow-up's status pill, from the one display vocabulary (`Commitment.display_status`):
    "done" only once verified. Takes a Commitment or a `.values()` row."""
    if isinstance(commitment, dict):
        shown = display_status(commitment["status"], commitment["verification"])
    else:
        shown = commitment.display_status
    return format_html('<span class="badge badge-{}">{}</span>', shown.value, shown.label)


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
