"""A follow-up as a reader sees it: the meeting it was made in, and its agenda item, only as far
as the reader may read that meeting (meetings.access.meeting_reach decides).

An agency owes follow-ups of meetings it was not invited to, and a body verifies follow-ups of
meetings another body led: both see the follow-up, not the closed meeting's title or hidden
agenda. Every surface that lists or shows follow-ups passes them through `as_seen_by`."""

from collections.abc import Iterable
from typing import TypeVar

from commitments.models import Commitment
from meetings.access import Actor, meeting_glimpse, meeting_reach

T = TypeVar("T", bound=Commitment)


def as_seen_by(actor: Actor, commitments: Iterable[T]) -> list[T]:
    """The follow-ups, each with `meeting` replaced by a glimpse (kind, date, time, body) where
    the reader may not read the meeting, and `agenda_item` emptied where it may not read it.

    Only the cached related objects change: the stored ids stay, so a later save is safe."""
    rows = list(commitments)
    reach = meeting_reach(actor, {row.meeting_id for row in rows})
    for row in rows:
        cache = row._state.fields_cache
        if not reach.shows(row.meeting_id):
            cache["meeting"] = meeting_glimpse(row.meeting)
        if row.agenda_item_id is not None and not reach.shows_agenda_item(row.agenda_item):
            cache["agenda_item"] = None
        row.meeting_visible = reach.shows(row.meeting_id)
    return rows
