"""Completing a saved meeting: its details, bodies, invitations, agenda and participants,
revised together in one transaction, the way the "log a meeting" page shows them."""

from collections.abc import Sequence

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F
from django.utils.translation import gettext as _

from meetings.models import AgendaItem, Attendance, Meeting, Organization, Participant
from meetings.services.inputs import AgendaItemInput, ParticipantInput
from meetings.services.meeting import meeting_update
from meetings.services.seating import seat_invited
from meetings.services.validation import prefixed_errors, validated

# Written in place of the agenda's orders first, so renumbering never meets the unique order.
ORDER_OFFSET = 10_000


@transaction.atomic
def meeting_revise(
    *,
    meeting: Meeting,
    other_bodies: Sequence[Organization],
    invited_organizations: Sequence[Organization],
    agenda_items: Sequence[AgendaItemInput],
    participants: Sequence[ParticipantInput],
    remove_agenda_items: Sequence[int] = (),
    remove_participants: Sequence[int] = (),
    **changes,
) -> Meeting:
    """Save the meeting's fields (a change of time, place or status raises the calendar
    revision, as `meeting_update` does), then its lists: rows with an id are changed, rows
    without are added, ids listed for removal are removed. Errors name the row and field."""
    meeting = meeting_update(meeting=meeting, **changes)
    was_invited = set(meeting.invited_organizations.values_list("pk", flat=True))
    meeting.other_bodies.set(other_bodies)
    meeting.invited_organizations.set(invited_organizations)
    _revise_agenda(meeting, agenda_items, remove_agenda_items)
    _revise_participants(meeting, participants, remove_participants)
    seat_invited(meeting, uninvited=was_invited)
    return meeting


def _owned(meeting: Meeting, model, ids, group: str) -> dict[int, object]:
    rows = model.objects.filter(meeting=meeting).in_bulk(list(ids))
    for index, pk in enumerate(ids):
        if pk not in rows:
            raise ValidationError({f"{group}[{index}]": _("This row belongs to another meeting.")})
    return rows


def _revise_agenda(meeting, items: Sequence[AgendaItemInput], remove: Sequence[int]) -> None:
    saved = _owned(meeting, AgendaItem, [i.id for i in items if i.id], "agenda_items")
    for index, pk in enumerate(remove):
        item = AgendaItem.objects.filter(meeting=meeting, pk=pk).first()
        if item is None:
            continue
        if item.outcomes.exists() or item.documents.exists():
            with prefixed_errors(f"remove_agenda_items[{index}]"):
                raise ValidationError(
                    {"title": _("“%(item)s” has outcomes or documents; it stays.") % {"item": item}}
                )
        item.delete()
    meeting.agenda_items.update(order=F("order") + ORDER_OFFSET)
    for position, spec in enumerate(items, start=1):
        with prefixed_errors(f"agenda_items[{position - 1}]"):
            item = saved[spec.id] if spec.id else AgendaItem(meeting=meeting)
            # A number the clerk never set follows the item's place in the list.
            renumber = not item.number or item.number == str(item.order)
            item.order = position
            item.number = spec.number or (str(position) if renumber else item.number)
            item.title = spec.title
            item.legislation = spec.legislation
            item.legislation_role = spec.legislation_role
            validated(item).save()
    # Items left out of the list (neither listed nor removed) follow the listed ones.
    for position, item in enumerate(
        meeting.agenda_items.filter(order__gte=ORDER_OFFSET).order_by("order"),
        start=len(items) + 1,
    ):
        item.order = position
        item.save(update_fields=["order"])


def _revise_participants(meeting, specs: Sequence[ParticipantInput], remove: Sequence[int]):
    saved = _owned(meeting, Participant, [s.id for s in specs if s.id], "participants")
    Participant.objects.filter(meeting=meeting, pk__in=list(remove)).delete()
    for index, spec in enumerate(specs):
        with prefixed_errors(f"participants[{index}]"):
            participant = saved[spec.id] if spec.id else Participant(meeting=meeting)
            participant.person = spec.person
            participant.organization = spec.organization
            participant.role = spec.role
            if not spec.id:
                participant.attendance = spec.attendance or Attendance.INVITED
            validated(participant).save()
