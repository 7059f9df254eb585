"""Open meetings as Open Civic Data events (the `event` object of the OCD data specification).

Identifiers are stable: a UUID derived from the meeting's identifier, so a harvester sees the same
event again after every change. Statuses map onto OCD's four: a postponed meeting is "cancelled"
with our own status and the rescheduled meeting in `extras`.
"""

import uuid

from django.utils import timezone

from files.urls_for import document_file_url
from meetings.models import Attendance, Meeting, MeetingKind, MeetingStatus
from opendata import sources

NAMESPACE = uuid.UUID("5b0f6e1c-3d0e-4b7c-9a59-2f3c1d1e7a10")
HEARINGS = {MeetingKind.RDP, MeetingKind.RDPU}


def ocd_id(meeting: Meeting) -> str:
    return f"ocd-event/{uuid.uuid5(NAMESPACE, f'meeting-{meeting.pk}')}"


def _status(meeting: Meeting, now) -> str:
    if meeting.status in (MeetingStatus.CANCELLED, MeetingStatus.POSTPONED):
        return "cancelled"
    if meeting.status == MeetingStatus.HELD or meeting.start < now:
        return "passed"
    return "confirmed"


def _location(meeting: Meeting) -> dict:
    venue = meeting.venue
    if venue is None:
        return {"name": meeting.online_url or "", "note": "online", "coordinates": None}
    coordinates = None
    if venue.latitude is not None:
        coordinates = {"latitude": str(venue.latitude), "longitude": str(venue.longitude)}
    return {"name": venue.full_address, "note": "", "coordinates": coordinates}


def _participants(meeting: Meeting) -> list[dict]:
    found = [{"entity_type": "organization", "name": meeting.lead_body.name, "note": "host"}]
    found += [
        {"entity_type": "organization", "name": body.name, "note": "host"}
        for body in meeting.other_bodies.all()
    ]
    found += [
        {"entity_type": "organization", "name": org.name, "note": "invitee"}
        for org in meeting.invited_organizations.all()
    ]
    for participant in meeting.attendance_list:
        if participant.person_id is None or participant.attendance != Attendance.PRESENT:
            continue
        found.append(
            {
                "entity_type": "person",
                "name": participant.person.full_name,
                "note": participant.role,
            }
        )
    return found


def _agenda(meeting: Meeting) -> list[dict]:
    return [
        {
            "description": item.title,
            "order": item.number or str(item.order),
            "subjects": [item.legislation.title] if item.legislation_id else [],
            "classification": [item.legislation_role] if item.legislation_role else [],
            "notes": [item.description] if item.description else [],
            "related_entities": [],
            "media": [],
        }
        for item in meeting.public_agenda
    ]


def _documents(meeting: Meeting, absolute) -> list[dict]:
    return [
        {
            "note": document.title,
            "classification": document.kind,
            "links": [
                {"url": absolute(document_file_url(document)) if document.file else document.url}
            ],
        }
        for document in meeting.public_documents
    ]


def ocd_event(meeting: Meeting, absolute, now) -> dict:
    local_end = meeting.end.astimezone(meeting.local_start.tzinfo) if meeting.end else None
    page = absolute(f"/meetings/{meeting.pk}/")
    return {
        "_type": "event",
        "id": ocd_id(meeting),
        "name": meeting.title,
        "description": meeting.summary,
        "classification": "hearing" if meeting.kind in HEARINGS else "committee-meeting",
        "start_date": meeting.local_start.isoformat(),
        "end_date": local_end.isoformat() if local_end else "",
        "timezone": meeting.time_zone,
        "all_day": False,
        "status": _status(meeting, now),
        "location": _location(meeting),
        "participants": _participants(meeting),
        "agenda": _agenda(meeting),
        "documents": _documents(meeting, absolute),
        "media": [],
        "links": [{"note": "meeting page", "url": page}],
        "sources": [{"url": meeting.source_url or page, "note": ""}],
        "updated_at": meeting.updated_at.isoformat(),
        "extras": {
            "tracker_id": meeting.pk,
            "kind": meeting.kind,
            "status": meeting.status,
            "rescheduled_to": meeting.rescheduled_to_id,
        },
    }


def ocd_events(absolute) -> list[dict]:
    now = timezone.now()
    return [ocd_event(meeting, absolute, now) for meeting in sources.open_meetings_in_full()]
