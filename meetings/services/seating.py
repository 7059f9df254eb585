"""Invited agencies take their seats on the attendance sheet by themselves.

Each invited organization gets one participant row: the person holding its head office on the
meeting's day (acting heads included), or the organization alone when nobody is known. When an
agency is no longer invited, its guest rows go, unless its attendance was already recorded.
"""

from meetings.models import (
    Attendance,
    Meeting,
    OfficeRole,
    Participant,
    ParticipantRole,
)
from meetings.selectors import office_holder


def seat_invited(meeting: Meeting, *, uninvited: set[int] = frozenset()) -> None:
    invited = {org.pk: org for org in meeting.invited_organizations.all()}
    seated = set(
        meeting.participants.filter(organization_id__in=invited).values_list(
            "organization_id", flat=True
        )
    )
    day = meeting.local_start.date()
    by_person = {
        p.person_id: p for p in meeting.participants.exclude(person=None).filter(organization=None)
    }
    taken = set(meeting.participants.exclude(person=None).values_list("person_id", flat=True))
    for pk, organization in invited.items():
        if pk in seated:
            continue
        head = office_holder(organization=organization, role=OfficeRole.HEAD, on=day)
        if head and head.person_id in by_person:
            # The head is listed already (picked by office, no agency given): that row is
            # the agency's seat.
            row = by_person.pop(head.person_id)
            row.organization = organization
            row.save(update_fields=["organization"])
            continue
        Participant.objects.create(
            meeting=meeting,
            person=head.person if head and head.person_id not in taken else None,
            organization=organization,
            role=ParticipantRole.GUEST,
            attendance=Attendance.INVITED,
        )
    if uninvited:
        meeting.participants.filter(
            attendance=Attendance.INVITED,
            role=ParticipantRole.GUEST,
            organization_id__in=uninvited - set(invited),
        ).delete()
