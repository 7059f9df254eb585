"""What a list shows of a meeting. A closed meeting the reader may not see in full becomes a card
with its kind, date, time and body only: the other fields are never even copied."""

import datetime
from dataclasses import dataclass

from meetings.formatting import format_meeting_time, format_time_range
from meetings.models import Meeting, Organization


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


def meeting_card(meeting: Meeting) -> MeetingCard:
    local = meeting.local_start
    common = {
        "pk": meeting.pk,
        "kind_label": meeting.get_kind_display(),
        "lead_body": meeting.lead_body,
        "start": meeting.start,
        "local_date": local.date(),
        "when": format_meeting_time(meeting),
        "time": format_time_range(meeting.start, meeting.end, meeting.time_zone),
        "zone_label": meeting.zone_label,
    }
    if not meeting.details_visible:
        return MeetingCard(**common, title=meeting.get_kind_display(), is_redacted=True)
    return MeetingCard(
        **common,
        title=meeting.title,
        is_redacted=False,
        status=meeting.status,
        status_label=meeting.get_status_display(),
        place=str(meeting.venue) if meeting.venue_id else "",
    )


def meeting_cards(meetings) -> list[MeetingCard]:
    return [meeting_card(meeting) for meeting in meetings]
