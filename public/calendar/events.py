"""One meeting, or one commitment's due date, as the text of an iCalendar component.

Every value comes from the record, never from the request time, so the same record always
gives the same bytes: UIDs stay stable and ETags only change when something changed.
"""

import datetime
from dataclasses import dataclass
from functools import cached_property
from zoneinfo import ZoneInfo

from django.conf import settings
from django.urls import reverse
from django.utils.translation import gettext as _

from commitments.models import DisplayStatus, display_status
from core.fastpath import address_per_pk, choice_labels
from meetings.models import MeetingKind, MeetingStatus
from public.calendar import ics
from public.calendar.directory import Directory
from public.calendar.rows import MeetingRow

# The domain part of every UID (settings.CALENDAR_UID_DOMAIN, one per installation).
UID_DOMAIN = settings.CALENDAR_UID_DOMAIN

MEETING_STATUS = {
    MeetingStatus.SCHEDULED: "CONFIRMED",
    MeetingStatus.HELD: "CONFIRMED",
    # The postponed record will not happen at its time: its rescheduled meeting is another event.
    MeetingStatus.POSTPONED: "CANCELLED",
    MeetingStatus.CANCELLED: "CANCELLED",
}
# By the status the pages show: reported done is still in process until the DPRD verifies it.
TODO_STATUS = {
    DisplayStatus.NOT_STARTED: "NEEDS-ACTION",
    DisplayStatus.IN_PROGRESS: "IN-PROCESS",
    DisplayStatus.AWAITING_VERIFICATION: "IN-PROCESS",
    DisplayStatus.DONE: "COMPLETED",
    DisplayStatus.CANNOT_FOLLOW_UP: "CANCELLED",
}


@dataclass(frozen=True)
class FeedOptions:
    base_url: str  # scheme and host, without a trailing slash
    alarm_minutes: int | None = None
    todos: bool = False  # commitments as VTODO instead of all-day events


def labelled(label: str, value) -> str:
    # The label is a separate literal so that makemessages finds it (it skips f-strings).
    return f"{label}: {value}"


def meeting_uid(pk: int) -> str:
    return f"meeting-{pk}@{UID_DOMAIN}"


def commitment_uid(pk: int) -> str:
    return f"commitment-{pk}@{UID_DOMAIN}"


class EventWriter:
    """Writes components for one feed; labels, addresses and translations are looked up once."""

    def __init__(self, options: FeedOptions, directory: Directory):
        self.options, self.directory = options, directory
        self.zones: set[str] = set()  # TZIDs used, for the VTIMEZONEs
        self.kinds, self.statuses = (
            choice_labels(MeetingKind.choices),
            choice_labels(MeetingStatus.choices),
        )
        self.meeting_page = self._address("public:meeting")
        self.commitment_page = self._address("public:commitment")
        self.alarm = None
        if options.alarm_minutes:
            self.alarm = ics.duration(-datetime.timedelta(minutes=options.alarm_minutes))

    def _address(self, name: str):
        base = self.options.base_url
        return address_per_pk(lambda pk: base + reverse(name, kwargs={"pk": pk}))

    @cached_property
    def words(self) -> dict[str, str]:
        return {
            "closed": _("Closed meeting: only its kind, date, time and body are public."),
            "cancelled": _("CANCELLED: %(summary)s"),
            "postponed": _("POSTPONED: %(summary)s"),
            "bodies": _("Bodies"),
            "invited": _("Invited"),
            "status": _("Status"),
            "reason": _("Reason"),
            "rescheduled": _("Rescheduled meeting"),
            "agenda": _("Agenda") + ":",
            "page": _("Meeting page"),
            "due": _("Due: %(owner)s – %(text)s"),
            "answers_to": _("Answers to"),
            "follow_up_page": _("Follow-up page"),
            "commitment_statuses": choice_labels(DisplayStatus.choices),
        }

    def _names(self, ids) -> list[str]:
        # In Organization's own ordering (kind, name), as its related managers list them.
        found = [self.directory.organizations[pk] for pk in ids]
        return [org.label for org in sorted(found, key=lambda org: org.order)]

    def zone_of(self, m: dict) -> str:
        """The TZID a meeting's event is written in: its venue's, else its lead body's."""
        if m["venue_id"]:
            return self.directory.venues[m["venue_id"]].time_zone
        return self.directory.organizations[m["lead_body_id"]].time_zone

    def meeting(self, row: MeetingRow) -> str:
        m, words = row.values, self.words
        venue = self.directory.venues[m["venue_id"]] if m["venue_id"] else None
        lead_body = self.directory.organizations[m["lead_body_id"]]
        tzid = venue.time_zone if venue else lead_body.time_zone
        zone = ZoneInfo(tzid)
        self.zones.add(tzid)
        page = self.meeting_page(m["pk"])
        redacted = not m["details_visible"]
        summary = f"{self.kinds[m['kind']]} – {lead_body.label}"
        if not redacted:
            summary = f"{summary}: {m['title']}"
            if m["status"] == MeetingStatus.CANCELLED:
                summary = words["cancelled"] % {"summary": summary}
            elif m["status"] == MeetingStatus.POSTPONED:
                summary = words["postponed"] % {"summary": summary}
        lines = [
            "BEGIN:VEVENT",
            ics.text("SUMMARY", summary),
            ics.local("DTSTART", m["start"], zone),
        ]
        if m["end"]:
            lines.append(ics.local("DTEND", m["end"], zone))
        lines += [
            # What the reader may know of the meeting's changes (creation and 0 for one it may
            # not read in full): edits of hidden parts must not move these.
            f"DTSTAMP:{ics.utc(m['shown_updated_at'])}",
            ics.fold(f"UID:{meeting_uid(m['pk'])}"),
            f"SEQUENCE:{m['shown_revision']}",
            f"CREATED:{ics.utc(m['created_at'])}",
            f"LAST-MODIFIED:{ics.utc(m['shown_updated_at'])}",
            ics.fold(f"URL:{page}"),
        ]
        if redacted:
            # Kind, date, time and body only: no status, place, agenda or participants.
            lines += ["CLASS:CONFIDENTIAL", ics.text("DESCRIPTION", f"{words['closed']}\n{page}")]
            return "\r\n".join(lines) + "\r\nEND:VEVENT\r\n"
        placeless = not venue and not m["online_url"]
        if m["status"] == MeetingStatus.SCHEDULED and placeless:
            lines.append("STATUS:TENTATIVE")  # scheduled, but where is not settled yet
        else:
            lines.append(f"STATUS:{MEETING_STATUS[m['status']]}")
        location = " / ".join(
            part for part in (venue.full_address if venue else "", m["online_url"]) if part
        )
        if location:
            lines.append(ics.text("LOCATION", location))
        if venue and venue.geo:
            lines.append(f"GEO:{venue.geo[0]};{venue.geo[1]}")
        lines.append(ics.text("DESCRIPTION", self._description(row, lead_body.label, page)))
        if self.alarm and m["status"] == MeetingStatus.SCHEDULED:
            lines += [
                "BEGIN:VALARM",
                "ACTION:DISPLAY",
                ics.text("DESCRIPTION", summary),
                f"TRIGGER:{self.alarm}",
                "END:VALARM",
            ]
        return "\r\n".join(lines) + "\r\nEND:VEVENT\r\n"

    def _description(self, row: MeetingRow, lead_body: str, page: str) -> str:
        m, words = row.values, self.words
        bodies = [lead_body, *self._names(row.other_body_ids)]
        lines = [m["title"], labelled(words["bodies"], ", ".join(bodies))]
        invited = self._names(row.invited_ids)
        if invited:
            lines.append(labelled(words["invited"], ", ".join(invited)))
        lines.append(labelled(words["status"], self.statuses[m["status"]]))
        if m["status_reason"]:
            lines.append(labelled(words["reason"], m["status_reason"]))
        if m["rescheduled_to_id"]:
            new_page = self.meeting_page(m["rescheduled_to_id"])
            lines.append(labelled(words["rescheduled"], new_page))
        agenda = [item for item in row.agenda if item["is_public"] or m["insider"]]
        if agenda:
            lines += ["", words["agenda"]]
            laws = self.directory.legislation
            for item in agenda:
                law = f" ({laws[item['legislation_id']]})" if item["legislation_id"] else ""
                lines.append(f"{item['number'] or item['order']}. {item['title']}{law}")
        lines += ["", labelled(words["page"], page)]
        return "\n".join(lines)

    def commitment(self, c: dict) -> str:
        words, organizations = self.words, self.directory.organizations
        page = self.commitment_page(c["pk"])
        shown = display_status(c["status"], c["verification"])
        status = words["commitment_statuses"][shown]
        summary = words["due"] % {
            "owner": organizations[c["owner_id"]].label,
            "text": c["text"][:80],
        }
        description = "\n".join(
            [
                c["text"],
                labelled(words["status"], f"{status} ({c['progress']}%)"),
                labelled(words["answers_to"], organizations[c["answers_to_id"]].label),
                "",
                labelled(words["follow_up_page"], page),
            ]
        )
        kind = "VTODO" if self.options.todos else "VEVENT"
        lines = [
            f"BEGIN:{kind}",
            ics.text("SUMMARY", summary),
            f"DTSTAMP:{ics.utc(c['updated_at'])}",
            ics.fold(f"UID:{commitment_uid(c['pk'])}"),
            f"CREATED:{ics.utc(c['created_at'])}",
            f"LAST-MODIFIED:{ics.utc(c['updated_at'])}",
            ics.text("DESCRIPTION", description),
            ics.fold(f"URL:{page}"),
        ]
        if self.options.todos:
            lines += [
                f"STATUS:{TODO_STATUS[shown]}",
                ics.day("DUE", c["due_date"]),
                f"PERCENT-COMPLETE:{c['progress']}",
            ]
        else:
            # An all-day event on the due date: every calendar client shows these.
            lines += [
                ics.day("DTSTART", c["due_date"]),
                ics.day("DTEND", c["due_date"] + datetime.timedelta(days=1)),
                "TRANSP:TRANSPARENT",
                ics.text("CATEGORIES", status),
            ]
        return "\r\n".join(lines) + f"\r\nEND:{kind}\r\n"
