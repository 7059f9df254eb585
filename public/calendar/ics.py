"""RFC 5545 content lines written as text: escaping, folding and value formats.

A feed of 10,000 events built as icalendar objects spent most of its time creating and
folding those objects; writing the lines directly is several times faster. icalendar still
writes what is built once (the VTIMEZONEs, durations) and reads every feed back in the tests.
"""

import datetime
from functools import cache

from icalendar import Timezone, vDuration

from core.text import strip_controls

UTC = datetime.UTC
LIMIT = 75  # octets per line, CRLF excluded (RFC 5545, 3.1)


def escape(text: str) -> str:
    """TEXT values (RFC 5545, 3.3.11): backslash, semicolon, comma and line breaks; control
    characters are not allowed in a content line at all and are dropped."""
    text = strip_controls(text).replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return text.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")


def fold(line: str) -> str:
    """Split a line into chunks of at most 75 octets, never inside a UTF-8 character."""
    if len(line) <= LIMIT and line.isascii():
        return line
    if line.isascii():  # one octet per character: slice directly
        chunks = [line[:LIMIT]]
        chunks += [line[i : i + LIMIT - 1] for i in range(LIMIT, len(line), LIMIT - 1)]
        return "\r\n ".join(chunks)
    # Cut the UTF-8 octets, stepping back off continuation octets (10xxxxxx) so that no
    # character is split: one encode for the line instead of one per character.
    data, chunks, start, room = line.encode(), [], 0, LIMIT
    while len(data) - start > room:
        end = start + room
        while data[end] & 0xC0 == 0x80:
            end -= 1
        chunks.append(data[start:end].decode())
        start, room = end, LIMIT - 1  # continuation lines begin with a space
    chunks.append(data[start:].decode())
    return "\r\n ".join(chunks)


def text(name: str, value: str) -> str:
    return fold(f"{name}:{escape(value)}")


def utc(moment: datetime.datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def local(name: str, moment: datetime.datetime, zone) -> str:
    """A time in the meeting's own zone, tied to its VTIMEZONE by TZID."""
    return f"{name};TZID={zone.key}:{moment.astimezone(zone).strftime('%Y%m%dT%H%M%S')}"


def day(name: str, date: datetime.date) -> str:
    return f"{name};VALUE=DATE:{date.strftime('%Y%m%d')}"


def duration(delta: datetime.timedelta) -> str:
    return vDuration(delta).to_ical().decode()


@cache
def vtimezone(tzid: str) -> str:
    """The zone's VTIMEZONE, built once per process by icalendar (the same one it would add)."""
    return Timezone.from_tzid(tzid).to_ical().decode()
