"""A saved meeting as the initial values of the "log a meeting" page, to complete or correct it."""

from commitments.models import Commitment
from meetings.models import Meeting


def initial(meeting: Meeting) -> dict:
    start = meeting.local_start
    end = meeting.end.astimezone(start.tzinfo) if meeting.end else None
    agenda = list(meeting.agenda_items.order_by("order"))
    position = {item.pk: index for index, item in enumerate(agenda)}
    return {
        "meeting_form": {
            "title": meeting.title,
            "kind": meeting.kind,
            "openness": meeting.openness,
            "status": meeting.status,
            "lead_body": meeting.lead_body_id,
            "other_bodies": list(meeting.other_bodies.values_list("pk", flat=True)),
            "invited_organizations": list(
                meeting.invited_organizations.values_list("pk", flat=True)
            ),
            "date": start.date(),
            "start_time": start.time(),
            "end_time": end.time() if end else None,
            "time_zone": meeting.time_zone,
            "venue": meeting.venue_id,
            "online_url": meeting.online_url,
            "summary": meeting.summary,
        },
        "agenda": [
            {
                "id": item.pk,
                "title": item.title,
                "legislation": item.legislation_id,
                "legislation_role": item.legislation_role,
            }
            for item in agenda
        ],
        "participants": [
            {
                "id": p.pk,
                "person": p.person_id,
                "organization": p.organization_id,
                "role": p.role,
            }
            for p in meeting.participants.order_by("pk")
        ],
        "commitments": [
            {
                "id": c.pk,
                "agenda_item": position.get(c.agenda_item_id),
                "kind": c.kind,
                "text": c.text,
                "owner": c.owner_id,
                "person_in_charge": c.person_in_charge_id,
                "due_date": c.due_date,
            }
            for c in Commitment.objects.filter(meeting=meeting).order_by("pk")
        ],
    }
