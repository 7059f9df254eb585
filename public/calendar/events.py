"""One meeting, or one commitment's due date, as an iCalendar component.

Every value comes from the record, never from the request time, so the same record always
gives the same bytes: UIDs stay stable and ETags only change when something changed.
"""

import datetime
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from django.conf import settings
from django.urls import reverse
from django.utils.translation import gettext as _
from icalendar import Alarm, Event, Todo

from commitments.models import Commitment, CommitmentStatus
from meetings.models import Meeting, MeetingStatus

# The domain part of every UID; set it per installation so two DPRDs' feeds never collide.
UID_DOMAIN = getattr(settings, "CALENDAR_UID_DOMAIN", "dprd-opd-tracker")

MEETING_STATUS = {
    MeetingStatus.SCHEDULED: "CONFIRMED",
    MeetingStatus.HELD: "CONFIRMED",
    # The postponed record will not happen at its time: its rescheduled meeting is another event.
    MeetingStatus.POSTPONED: "CANCELLED",
    MeetingStatus.CANCELLED: "CANCELLED",
}
TODO_STATUS = {
    CommitmentStatus.NOT_STARTED: "NEEDS-ACTION",
    CommitmentStatus.IN_PROGRESS: "IN-PROCESS",
    CommitmentStatus.DONE: "COMPLETED",
    CommitmentStatus.CANNOT_FOLLOW_UP: "CANCELLED",
}


@dataclass(frozen=True)
class FeedOptions:
    base_url: str  # scheme and host, without a trailing slash
    alarm_minutes: int | None = None
    todos: bool = False  # commitments as VTODO instead of all-day events

    def url(self, name: str, pk: int) -> str:
        return self.base_url + reverse(name, kwargs={"pk": pk})


def labelled(label: str, value) -> str:
    # The label is a separate literal so that makemessages finds it (it skips f-strings).
    return f"{label}: {value}"


def meeting_uid(pk: int) -> str:
    return f"meeting-{pk}@{UID_DOMAIN}"


def commitment_uid(pk: int) -> str:
    return f"commitment-{pk}@{UID_DOMAIN}"


def meeting_event(meeting: Meeting, *, options: FeedOptions) -> Event:
    zone = ZoneInfo(meeting.time_zone)
    page = options.url("public:meeting", meeting.pk)
    redacted = not meeting.details_visible
    event = Event.new(
        uid=meeting_uid(meeting.pk),
        stamp=meeting.updated_at,
        last_modified=meeting.updated_at,
        created=meeting.created_at,
        sequence=meeting.revision,
        start=meeting.start.astimezone(zone),
        end=meeting.end.astimezone(zone) if meeting.end else None,
        summary=meeting_summary(meeting, redacted=redacted),
        url=page,
    )
    if redacted:
        # Kind, date, time and body only: no status, place, agenda or participants.
        event.add("class", "CONFIDENTIAL")
        event.description = "\n".join(
            [_("Closed meeting: only its kind, date, time and body are public."), page]
        )
        return event
    event.add("status", _ical_status(meeting))
    location = _location(meeting)
    if location:
        event.add("location", location)
    if meeting.venue_id and meeting.venue.latitude is not None:
        event.add("geo", (float(meeting.venue.latitude), float(meeting.venue.longitude)))
    event.description = _meeting_description(meeting, page, options)
    if options.alarm_minutes and meeting.status == MeetingStatus.SCHEDULED:
        event.add_component(
            Alarm.new_display(
                description=event["summary"],
                trigger=-datetime.timedelta(minutes=options.alarm_minutes),
            )
        )
    return event


def meeting_summary(meeting: Meeting, *, redacted: bool) -> str:
    kind_and_body = f"{meeting.get_kind_display()} – {meeting.lead_body}"
    summary = kind_and_body if redacted else f"{kind_and_body}: {meeting.title}"
    if not redacted and meeting.status == MeetingStatus.CANCELLED:
        return _("CANCELLED: %(summary)s") % {"summary": summary}
    if not redacted and meeting.status == MeetingStatus.POSTPONED:
        return _("POSTPONED: %(summary)s") % {"summary": summary}
    return summary


def _ical_status(meeting: Meeting) -> str:
    placeless = not meeting.venue_id and not meeting.online_url
    if meeting.status == MeetingStatus.SCHEDULED and placeless:
        return "TENTATIVE"  # scheduled, but where is not settled yet
    return MEETING_STATUS[meeting.status]


def _location(meeting: Meeting) -> str:
    parts = [meeting.venue.full_address] if meeting.venue_id else []
    if meeting.online_url:
        parts.append(meeting.online_url)
    return " / ".join(parts)


def _meeting_description(meeting: Meeting, page: str, options: FeedOptions) -> str:
    bodies = [str(meeting.lead_body), *(str(body) for body in meeting.other_bodies.all())]
    lines = [meeting.title, labelled(_("Bodies"), ", ".join(bodies))]
    invited = [str(org) for org in meeting.invited_organizations.all()]
    if invited:
        lines.append(labelled(_("Invited"), ", ".join(invited)))
    lines.append(labelled(_("Status"), meeting.get_status_display()))
    if meeting.status_reason:
        lines.append(labelled(_("Reason"), meeting.status_reason))
    if meeting.rescheduled_to_id:
        new_page = options.url("public:meeting", meeting.rescheduled_to_id)
        lines.append(labelled(_("Rescheduled meeting"), new_page))
    agenda = [item for item in meeting.agenda_items.all() if item.is_public or meeting.insider]
    if agenda:
        lines += ["", _("Agenda") + ":"]
        for item in agenda:
            law = f" ({item.legislation})" if item.legislation_id else ""
            lines.append(f"{item.number or item.order}. {item.title}{law}")
    lines += ["", labelled(_("Meeting page"), page)]
    return "\n".join(lines)


def commitment_component(commitment: Commitment, *, options: FeedOptions) -> Event | Todo:
    page = options.url("public:commitment", commitment.pk)
    summary = _("Due: %(owner)s – %(text)s") % {
        "owner": commitment.owner,
        "text": commitment.text[:80],
    }
    description = "\n".join(
        [
            commitment.text,
            labelled(_("Status"), f"{commitment.get_status_display()} ({commitment.progress}%)"),
            labelled(_("Answers to"), commitment.answers_to),
            "",
            labelled(_("Follow-up page"), page),
        ]
    )
    common = {
        "uid": commitment_uid(commitment.pk),
        "stamp": commitment.updated_at,
        "last_modified": commitment.updated_at,
        "created": commitment.created_at,
        "summary": summary,
        "description": description,
        "url": page,
    }
    if options.todos:
        todo = Todo.new(**common, status=TODO_STATUS[commitment.status])
        todo.add("due", commitment.due_date)
        todo.add("percent-complete", commitment.progress)
        return todo
    # An all-day event on the due date: every calendar client shows these in a subscription.
    event = Event.new(
        **common,
        start=commitment.due_date,
        end=commitment.due_date + datetime.timedelta(days=1),
        transparency="TRANSPARENT",
    )
    event.add("categories", [commitment.get_status_display()])
    return event
