"""What a list shows of a meeting. A closed meeting the reader may not see in full becomes a card
with its kind, date, time and body only: the other fields are never even copied."""

import datetime
from dataclasses import dataclass, field

from meetings.formatting import format_long_date, format_time_range
from meetings.models import Meeting, MeetingKind, MeetingStatus, Organization


@dataclass(frozen=True)
class MeetingCard:
    pk: int
    kind_label: str
    title: str
    lead_body: Organization
    start: datetime.datetime
    local_date: datetime.date
    when: str
    time: str
    zone_label: str
    is_redacted: bool
    status: str = ""
    status_label: str = ""
    place: str = ""


@dataclass(frozen=True)
class Labels:
    """Names and dates in the active language, worked out once for a whole list:
    `get_kind_display()` hashes every choice (each a lazy translation) on each call, and a
    month grid of 900 meetings has only some 30 days and a few dozen spans of hours to write;
    together they were about two thirds of the grid's time."""

    kinds: dict[str, str]
    statuses: dict[str, str]
    dates: dict = field(default_factory=dict)
    ranges: dict = field(default_factory=dict)

    @classmethod
    def now(cls) -> "Labels":
        return cls(
            kinds={value: str(label) for value, label in MeetingKind.choices},
            statuses={value: str(label) for value, label in MeetingStatus.choices},
        )

    def long_date(self, local: datetime.datetime) -> str:
        day = local.date()
        if day not in self.dates:
            self.dates[day] = format_long_date(day)
        return self.dates[day]

    def time_range(self, meeting: Meeting, local: datetime.datetime) -> str:
        """format_time_range() of the meeting's hours, worked out once per span."""
        end = meeting.end.astimezone(local.tzinfo) if meeting.end else None
        other_day = end.date() if end is not None and end.date() != local.date() else None
        key = (local.time(), end.time() if end else None, other_day, meeting.time_zone)
        if key not in self.ranges:
            self.ranges[key] = format_time_range(meeting.start, meeting.end, meeting.time_zone)
        return self.ranges[key]


def meeting_card(meeting: Meeting, labels: Labels | None = None) -> MeetingCard:
    labels = labels or Labels.now()
    local = meeting.local_start
    kind_label = labels.kinds.get(meeting.kind, meeting.kind)
    common = {
        "pk": meeting.pk,
        "kind_label": kind_label,
        "lead_body": meeting.lead_body,
        "start": meeting.start,
        "local_date": local.date(),
        # format_meeting_time(), from the list's memo: the same text, written once per day and
        # once per span of hours.
        "when": f"{labels.long_date(local)}, {labels.time_range(meeting, local)}",
        "time": labels.time_range(meeting, local),
        "zone_label": meeting.zone_label,
    }
    if not meeting.details_visible:
        return MeetingCard(**common, title=kind_label, is_redacted=True)
    return MeetingCard(
        **common,
        title=meeting.title,
        is_redacted=False,
        status=meeting.status,
        status_label=labels.statuses.get(meeting.status, meeting.status),
        place=str(meeting.venue) if meeting.venue_id else "",
    )


def meeting_cards(meetings) -> list[MeetingCard]:
    labels = Labels.now()
    return [meeting_card(meeting, labels) for meeting in meetings]
