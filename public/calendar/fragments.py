"""Each meeting's VEVENT text, cached by everything it is written from.

A cold feed (a new fingerprint: one meeting changed, another reader's reach, another window)
used to write every event again: a year of meetings is 10,000 events. Each event's text is
now cached under a key made of the feed-wide inputs (FORMAT, language, address, alarm, the
Directory's digest) and the meeting's own row as the reader sees it (every field written,
its revision and last change, whether the reader sees its details, and the newest history
ids of the meeting and of its agenda, which move with any change of its bodies, invitations
or agenda). So a feed whose events are all cached is one query plus a join of the fragments;
only the missing events read their agenda and bodies and are written.
tests/public/test_feed_fragments.py checks the bytes equal a build without fragments.
"""

import hashlib

from django.core.cache import cache
from django.db.models import OuterRef, QuerySet, Subquery
from django.utils.translation import get_language

from meetings.models import AgendaItem, Meeting
from public.calendar.events import EventWriter
from public.calendar.fingerprint import FORMAT
from public.calendar.rows import MEETING_FIELDS, meeting_rows

# Fragments of one feed are read and written in slices: a cache round trip per slice.
SLICE = 2000
TIMEOUT = 7 * 24 * 3600
# Up to this many missing events are read by id; more, through the feed's own filter.
FEW = 500


def _newest(history, **among) -> Subquery:
    rows = history.objects.filter(**among).order_by("-history_id")
    return Subquery(rows.values("history_id")[:1])


def _stamped(meetings: QuerySet[Meeting]) -> QuerySet:
    return (
        meetings.select_related(None)
        .prefetch_related(None)
        .annotate(
            agenda_stamp=_newest(AgendaItem.history.model, meeting_id=OuterRef("pk")),
            history_stamp=_newest(Meeting.history.model, id=OuterRef("pk")),
        )
        .values(*MEETING_FIELDS, "agenda_stamp", "history_stamp")
    )


def _key(common: str, values: dict) -> str:
    digest = hashlib.sha256(f"{common}{sorted(values.items())!r}".encode()).hexdigest()[:40]
    return f"ics-event:{digest}"


def meeting_events(writer: EventWriter, meetings: QuerySet[Meeting]) -> list[str]:
    """The events of `meetings` (annotated by meetings_for, filtered and ordered), in order;
    adds their zones to `writer.zones` as writing them would."""
    options, directory = writer.options, writer.directory
    common = repr((FORMAT, get_language(), options.base_url, options.alarm_minutes))
    common += directory.digest
    rows = list(_stamped(meetings))
    keys = [_key(common, values) for values in rows]
    found: dict[str, tuple[str, str]] = {}
    for first in range(0, len(keys), SLICE):
        found.update(cache.get_many(keys[first : first + SLICE]))
    missing = {values["pk"] for values, key in zip(rows, keys, strict=True) if key not in found}
    if missing:
        written = {}
        by_pk = {values["pk"]: key for values, key in zip(rows, keys, strict=True)}
        # The children are read through a subquery of the feed's own filter, narrowed to the
        # missing ones only when they are few (a list of ids has a size limit in SQLite).
        if len(missing) <= FEW:
            written_rows = meeting_rows(meetings.filter(pk__in=missing))
        else:
            written_rows = meeting_rows(meetings, values=rows)
        for row in written_rows:
            pk = row.values["pk"]
            if pk in missing:
                written[by_pk[pk]] = (writer.zone_of(row.values), writer.meeting(row))
        items = list(written.items())
        for first in range(0, len(items), SLICE):
            cache.set_many(dict(items[first : first + SLICE]), TIMEOUT)
        found.update(written)
    events = []
    for key in keys:
        zone, text = found[key]
        writer.zones.add(zone)
        events.append(text)
    return events
