"""A whole feed: the calendar's own properties, its events and a VTIMEZONE per zone used."""

import datetime
from collections.abc import Iterable

from icalendar import Calendar, Component, vDuration

from public.calendar.events import UID_DOMAIN

# How often clients should fetch the feed again (REFRESH-INTERVAL and X-PUBLISHED-TTL).
REFRESH = datetime.timedelta(hours=1)
PRODID = "-//DPRD-OPD tracker//Meeting calendar//ID"


def build_calendar(
    *, key: str, name: str, description: str, components: Iterable[Component]
) -> bytes:
    calendar = Calendar.new(
        prodid=PRODID,
        uid=f"feed-{key}@{UID_DOMAIN}",  # stable: a random UID would change every ETag
        name=name,
        description=description,
    )
    # RFC 7986 asks for VALUE=DURATION on REFRESH-INTERVAL.
    calendar.add("refresh-interval", REFRESH, parameters={"VALUE": "DURATION"})
    calendar["X-PUBLISHED-TTL"] = vDuration(REFRESH)  # older clients read only this one
    for component in components:
        calendar.add_component(component)
    # Times carry TZID=Asia/Jakarta (…Makassar, …Jayapura); each zone used gets its VTIMEZONE.
    calendar.add_missing_timezones()
    return calendar.to_ical()
