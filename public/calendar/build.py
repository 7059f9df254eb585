"""A whole feed: the calendar's own properties, a VTIMEZONE per zone used, and its events."""

import datetime
from collections.abc import Iterable

from icalendar import Calendar, vDuration

from public.calendar import ics
from public.calendar.events import UID_DOMAIN

# How often clients should fetch the feed again (REFRESH-INTERVAL and X-PUBLISHED-TTL).
REFRESH = datetime.timedelta(hours=1)
PRODID = "-//DPRD-OPD tracker//Meeting calendar//ID"
END = "END:VCALENDAR\r\n"


def calendar_head(*, key: str, name: str, description: str) -> str:
    """BEGIN:VCALENDAR and the calendar's properties, written by icalendar (a few lines)."""
    calendar = Calendar.new(
        prodid=PRODID,
        uid=f"feed-{key}@{UID_DOMAIN}",  # stable: a random UID would change every ETag
        name=name,
        description=description,
    )
    # RFC 7986 asks for VALUE=DURATION on REFRESH-INTERVAL.
    calendar.add("refresh-interval", REFRESH, parameters={"VALUE": "DURATION"})
    calendar["X-PUBLISHED-TTL"] = vDuration(REFRESH)  # older clients read only this one
    head = calendar.to_ical().decode()
    return head.removesuffix(END)


def build_calendar(
    *, key: str, name: str, description: str, zones: Iterable[str], events: Iterable[str]
) -> bytes:
    """`events` are finished components, each ending in CRLF; `zones` the TZIDs they use.

    Zones are sorted so that the same records always give the same bytes.
    """
    parts = [calendar_head(key=key, name=name, description=description)]
    parts += [ics.vtimezone(tzid) for tzid in sorted(set(zones))]
    parts += events
    parts.append(END)
    return "".join(parts).encode()
