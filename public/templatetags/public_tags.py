"""Dates as Indonesians write them, in the meeting's own zone, and calendar links."""

from django import template
from django.urls import reverse

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


@register.simple_tag(takes_context=True)
def absolute_url(context, name: str, *args, **kwargs) -> str:
    return context["request"].build_absolute_uri(reverse(name, args=args, kwargs=kwargs))


@register.simple_tag(takes_context=True)
def webcal_url(context, name: str, *args, **kwargs) -> str:
    """The same address with webcal://, which phones and desktop clients open as a subscription."""
    url = context["request"].build_absolute_uri(reverse(name, args=args, kwargs=kwargs))
    return "webcal://" + url.split("://", 1)[1]
