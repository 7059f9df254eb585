"""Turning the filled "log a meeting" page into one service call, and its errors back into
the page's fields."""

import re

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import transaction
from django.utils.crypto import get_random_string
from django.utils.text import slugify

from commitments.services import CommitmentInput, meeting_create_with_commitments
from meetings.models import Meeting, Organization, Person, Venue
from meetings.services import AgendaItemInput, ParticipantInput, directory_record_save

ROW_ERROR = re.compile(r"^(agenda_items|participants|commitments)\[(\d+)\](?:\.(\w+))?")
# Where the service's meeting-level field names show on the form.
MEETING_FIELDS = {"start": "start_time", "end": "end_time", "venue": "venue"}


def _unique_slug(text: str) -> str:
    return f"{slugify(text)[:60] or 'x'}-{get_random_string(6).lower()}"


def _venue(form) -> Venue | None:
    data = form.cleaned_data
    if data.get("venue"):
        return data["venue"]
    typed = data.get("new_venue", "").strip()
    if not typed:
        return None
    name, _, address = typed.partition(",")
    return directory_record_save(
        record=Venue(slug=_unique_slug(name)),
        name=name.strip(),
        address=address.strip(),
        time_zone=data["time_zone"],
    )


def _participants(forms) -> tuple[list[ParticipantInput], list[int]]:
    """The filled rows as inputs, and which form each came from (to put errors back)."""
    people = Person.objects.in_bulk(
        [f.cleaned_data["person"] for f in forms if f.cleaned_data.get("person")]
    )
    organizations = Organization.objects.in_bulk(
        [f.cleaned_data["organization"] for f in forms if f.cleaned_data.get("organization")]
    )
    inputs, positions = [], []
    for position, form in enumerate(forms):
        if not form.cleaned_data or form.is_blank():
            continue
        data = form.cleaned_data
        person = people.get(data.get("person"))
        if person is None and data.get("new_name"):
            # A name typed free becomes an unverified directory entry.
            person = directory_record_save(
                record=Person(slug=_unique_slug(data["new_name"])),
                name=data["new_name"].strip(),
                is_verified=False,
            )
        inputs.append(
            ParticipantInput(
                person=person,
                organization=organizations.get(data.get("organization")),
                role=data["role"],
            )
        )
        positions.append(position)
    return inputs, positions


def _agenda(forms) -> tuple[list[AgendaItemInput], list[int]]:
    inputs, positions = [], []
    for position, form in enumerate(forms):
        data = form.cleaned_data
        if not data:
            continue
        inputs.append(
            AgendaItemInput(
                title=data["title"],
                legislation=data.get("legislation"),
                legislation_role=data.get("legislation_role", ""),
            )
        )
        positions.append(position)
    return inputs, positions


def _commitments(forms, agenda_count: int) -> tuple[list[CommitmentInput], list[int]]:
    ids = {
        f.cleaned_data.get(k)
        for f in forms
        if f.cleaned_data
        for k in ("owner", "person_in_charge")
    }
    owners = Organization.objects.in_bulk([i for i in ids if i])
    people = Person.objects.in_bulk([i for i in ids if i])
    inputs, positions = [], []
    for position, form in enumerate(forms):
        data = form.cleaned_data
        if not data:
            continue
        number = data.get("agenda_number")
        inputs.append(
            CommitmentInput(
                text=data["text"],
                kind=data["kind"],
                owner=owners[data["owner"]],
                agenda_item=number - 1 if number else None,
                person_in_charge=people.get(data.get("person_in_charge")),
                due_date=data.get("due_date"),
            )
        )
        positions.append(position)
    return inputs, positions


@transaction.atomic
def log_meeting(*, meeting_form, agenda, participants, commitments, author) -> Meeting:
    """Save everything or nothing; a ValidationError names the exact row and field."""
    data = meeting_form.cleaned_data
    start, end = meeting_form.moments()
    agenda_inputs, agenda_rows = _agenda(agenda.forms)
    participant_inputs, participant_rows = _participants(participants.forms)
    commitment_inputs, commitment_rows = _commitments(commitments.forms, len(agenda_inputs))
    rows = {
        "agenda_items": agenda_rows,
        "participants": participant_rows,
        "commitments": commitment_rows,
    }
    try:
        return meeting_create_with_commitments(
            title=data["title"],
            kind=data["kind"],
            status=data["status"],
            openness=data.get("openness") or None,
            lead_body=data["lead_body"],
            other_bodies=data.get("other_bodies") or [],
            invited_organizations=list(
                Organization.objects.filter(pk__in=data.get("invited_organizations") or [])
            ),
            start=start,
            end=end,
            venue=_venue(meeting_form),
            online_url=data.get("online_url", ""),
            summary=data.get("summary", ""),
            agenda_items=agenda_inputs,
            participants=participant_inputs,
            commitments=commitment_inputs,
            author=author,
        )
    except ValidationError as error:
        error.rows = rows  # which form each row came from, for show_errors()
        raise


def show_errors(error: ValidationError, *, meeting_form, formsets: dict) -> None:
    """Put the service's errors next to the fields they name."""
    rows = getattr(error, "rows", {})
    messages = (
        error.message_dict if hasattr(error, "error_dict") else {NON_FIELD_ERRORS: error.messages}
    )
    for name, texts in messages.items():
        match = ROW_ERROR.match(name)
        if match:
            group, index, field = match.group(1), int(match.group(2)), match.group(3)
            forms = formsets[group].forms
            position = (
                rows.get(group, list(range(len(forms))))[index]
                if index < len(rows.get(group, forms))
                else 0
            )
            form = forms[position]
            target = field if field in form.fields else None
            for text in texts:
                form.add_error(target, text)
            continue
        target = MEETING_FIELDS.get(name, name)
        target = target if target in meeting_form.fields else None
        for text in texts:
            meeting_form.add_error(target, text)
