"""One history per page: a follow-up's changes told together with its timeline, and a meeting's
changes merged with those of everything recorded in it."""

import dataclasses
import datetime

from commitments.models import Commitment
from meetings.models import AgendaItem, Document, Meeting, Outcome, Participant
from workspace.history import HistoryRow, history_rows, merged_history_rows

# A service saves the follow-up and writes its timeline entry in one transaction, a moment apart
# (in either order).
SAME_STEP = datetime.timedelta(seconds=5)


def commitment_history(commitment: Commitment, timeline: list, *, limit: int = 200):
    """The follow-up's change history with each timeline entry (`TimelineEntry`) told in the row
    of the change it made ("Progress reported: 40%, Progress 25 → 40"); an entry that changed
    no field gets a row of its own. Newest first."""
    rows = history_rows(commitment.history.all(), limit=limit)[::-1]  # oldest first
    merged: list[HistoryRow] = []
    taken: set[int] = set()
    for entry in timeline:
        update = entry.update
        candidates = [
            index
            for index, row in enumerate(rows)
            if index not in taken and abs(row.when - update.created_at) <= SAME_STEP
        ]
        # The row of the same author first, then the nearest in time.
        match = min(
            candidates,
            key=lambda i: (rows[i].who != entry.who, abs(rows[i].when - update.created_at)),
            default=None,
        )
        if match is None:
            merged.append(
                HistoryRow(
                    when=update.created_at,
                    who=entry.who,
                    action=update.get_kind_display(),
                    subject="",
                    update=update,
                )
            )
            continue
        taken.add(match)
        row = rows[match]
        rows[match] = dataclasses.replace(
            row, action=update.get_kind_display(), who=row.who or entry.who, update=update
        )
    merged += rows
    return sorted(merged, key=lambda row: row.when, reverse=True)[:limit]


def meeting_history_rows(meeting: Meeting, *, limit: int = 100) -> list[HistoryRow]:
    """The meeting, its agenda, participants, outcomes, documents and follow-ups, newest first."""
    return merged_history_rows(
        Meeting.history.filter(id=meeting.pk),
        AgendaItem.history.filter(meeting_id=meeting.pk),
        Participant.history.filter(meeting_id=meeting.pk),
        Outcome.history.filter(meeting_id=meeting.pk),
        Document.history.filter(meeting_id=meeting.pk),
        Commitment.history.filter(meeting_id=meeting.pk),
        limit=limit,
    )
