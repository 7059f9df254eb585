"""Turning the filled "log a meeting" page (new or edited) into one service call, and the
service's errors back into the page's fields."""

import re

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from commitments.services import (
    CommitmentInput,
    meeting_create_with_commitments,
    meeting_revise_with_commitments,
)
from meetings.models import Organization, Person, Venue
from meetings.services import (
    AgendaItemInput,
    ParticipantInput,
    directory_person_typed,
    directory_venue_typed,
)

ROW_ERROR = re.compile(r"^(remove_)?(agenda_items|participants|commitments)\[(\d+)\](?:\.(\w+))?")
# Where the service's meeting-level field names show on the form.
MEETING_FIELDS = {"start": "start_time", "end": "end_time", "venue": "venue"}


class RowErrors(Exception):
    """Rows that cannot become inputs (e.g. a follow-up tied to an empty agenda row)."""


def _venue(form) -> Venue | None:
    data = form.cleaned_data
    if data.get("venue"):
        return data["venue"]
    typed = data.get("new_venue", "").strip()
    if not typed:
        return None
    return directory_venue_typed(text=typed, time_zone=data["time_zone"])


def participant_inputs(formset, **extra) -> tuple[list[ParticipantInput], list[int]]:
    """The filled rows as inputs (with `extra` fields, e.g. attendance), and which form each
    came from (to put errors back)."""
    rows = formset.filled()
    people = Person.objects.in_bulk(
        [f.cleaned_data["person"] for _p, f in rows if f.cleaned_data.get("person")]
    )
    organizations = Organization.objects.in_bulk(
        [f.cleaned_data["organization"] for _p, f in rows if f.cleaned_data.get("organization")]
    )
    inputs = []
    for _position, form in rows:
        data = form.cleaned_data
        person = people.get(data.get("person"))
        if person is None and data.get("new_name"):
            person = directory_person_typed(name=data["new_name"])
        inputs.append(
            ParticipantInput(
                id=data.get("id"),
                person=person,
                organization=organizations.get(data.get("organization")),
                role=data["role"],
                **extra,
            )
        )
    return inputs, [position for position, _f in rows]


def _agenda(formset) -> tuple[list[AgendaItemInput], list[int]]:
    rows = formset.filled()
    inputs = [
        AgendaItemInput(
            id=form.cleaned_data.get("id"),
            title=form.cleaned_data["title"],
            legislation=form.cleaned_data.get("legislation"),
            legislation_role=form.cleaned_data.get("legislation_role", ""),
        )
        for _position, form in rows
    ]
    return inputs, [position for position, _f in rows]


def _commitments(formset, agenda_rows: list[int]) -> tuple[list[CommitmentInput], list[int]]:
    rows = formset.filled()
    ids = {f.cleaned_data.get(k) for _p, f in rows for k in ("owner", "person_in_charge")}
    owners = Organization.objects.in_bulk([i for i in ids if i])
    people = Person.objects.in_bulk([i for i in ids if i])
    inputs, unknown = [], False
    for _position, form in rows:
        data = form.cleaned_data
        chosen = data.get("agenda_item")
        if chosen is not None and chosen not in agenda_rows:
            form.add_error(
                "agenda_item",
                _("Agenda item %(number)s is empty; choose a filled one.") % {"number": chosen + 1},
            )
            unknown = True
            continue
        inputs.append(
            CommitmentInput(
                id=data.get("id"),
                text=data["text"],
                kind=data["kind"],
                owner=owners[data["owner"]],
                agenda_item=agenda_rows.index(chosen) if chosen is not None else None,
                person_in_charge=people.get(data.get("person_in_charge")),
                due_date=data.get("due_date"),
            )
        )
    if unknown:
        raise RowErrors
    return inputs, [position for position, _f in rows]


def _meeting_fields(meeting_form) -> dict:
    data = meeting_form.cleaned_data
    start, end = meeting_form.moments()
    return {
        "title": data["title"],
        "kind": data["kind"],
        "status": data["status"],
        "lead_body": data["lead_body"],
        "start": start,
        "end": end,
        "venue": _venue(meeting_form),
        "online_url": data.get("online_url", ""),
        "summary": data.get("summary", ""),
    }


@transaction.atomic
def save_meeting(*, meeting_form, agenda, participants, commitments, author, meeting=None):
    """Save everything or nothing: a new meeting, or the revision of `meeting`.

    A ValidationError names the exact row and field; RowErrors means the rows already carry
    their errors."""
    data = meeting_form.cleaned_data
    agenda_inputs, agenda_rows = _agenda(agenda)
    people, participant_rows = participant_inputs(participants)
    commitment_inputs, commitment_rows = _commitments(commitments, agenda_rows)
    rows = {
        "agenda_items": agenda_rows,
        "participants": participant_rows,
        "commitments": commitment_rows,
    }
    fields = _meeting_fields(meeting_form)
    bodies = {
        "other_bodies": data.get("other_bodies") or [],
        "invited_organizations": list(
            Organization.objects.filter(pk__in=data.get("invited_organizations") or [])
        ),
    }
    openness = data.get("openness") or None
    try:
        if meeting is None:
            return meeting_create_with_commitments(
                **fields,
                **bodies,
                openness=openness,
                agenda_items=agenda_inputs,
                participants=people,
                commitments=commitment_inputs,
                author=author,
            )
        if openness:
            fields["openness"] = openness
        return meeting_revise_with_commitments(
            meeting=meeting,
            **fields,
            **bodies,
            agenda_items=agenda_inputs,
            participants=people,
            commitments=commitment_inputs,
            remove_agenda_items=_removed_ids(agenda),
            remove_participants=_removed_ids(participants),
            remove_commitments=_removed_ids(commitments),
            author=author,
        )
    except ValidationError as error:
        error.rows = rows  # which form each row came from, for show_errors()
        error.removed = {
            "agenda_items": _removed_positions(agenda),
            "participants": _removed_positions(participants),
            "commitments": _removed_positions(commitments),
        }
        raise


def _removed_ids(formset) -> list[int]:
    return [form.cleaned_data["id"] for form in formset.removed() if form.cleaned_data.get("id")]


def _removed_positions(formset) -> list[int]:
    return [
        i for i, form in enumerate(formset.forms) if form.is_removed and form.cleaned_data.get("id")
    ]


def show_errors(error: ValidationError, *, meeting_form, formsets: dict) -> None:
    """Put the service's errors next to the fields they name."""
    messages = (
        error.message_dict if hasattr(error, "error_dict") else {NON_FIELD_ERRORS: error.messages}
    )
    for name, texts in messages.items():
        match = ROW_ERROR.match(name)
        if match:
            removed, group, index, field = match.groups()
            positions = getattr(error, "removed" if removed else "rows", {}).get(group, [])
            forms = formsets[group].forms
            form = forms[positions[int(index)]] if int(index) < len(positions) else None
            if form is None:
                for text in texts:
                    meeting_form.add_error(None, text)
                continue
            target = field if field in form.fields and not removed else None
            for text in texts:
                form.add_error(target, text)
            continue
        target = MEETING_FIELDS.get(name, name)
        target = target if target in meeting_form.fields else None
        for text in texts:
            meeting_form.add_error(target, text)
