"""What a list shows of a meeting. A closed meeting the reader may not see in full becomes a card
with its kind, date, time and body only: the other fields are never even copied."""

import datetime
from dataclasses import dataclass, field

from django.utils.formats import time_format

from meetings.formatting import format_long_date
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
    month grid of 900 meetings has only some 30 days and a few dozen times of day to write;
    together they were about two thirds of the grid's time."""

    kinds: dict[str, str]
    statuses: dict[str, str]
    dates: dict = field(default_factory=dict)
    times: dict = field(default_factory=dict)

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

    def time(self, local: datetime.datetime) -> str:
        moment = local.time()
        if moment not in self.times:
            self.times[moment] = time_format(local)
        return self.times[moment]


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
        # format_local_datetime(), from the list's memo: the same text, written once per day.
        "when": f"{labels.long_date(local)}, {labels.time(local)} {meeting.zone_label}",
        "time": f"{labels.time(local)} {meeting.zone_label}",
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
