"""Writes to the directory (organizations, people, venues, legislation): plain records whose
rules are all model validation and database constraints."""

from django.db import models, transaction
from django.db.models import ProtectedError
from django.utils.crypto import get_random_string
from django.utils.text import slugify
from django.utils.translation import gettext as _

from meetings.errors import IllegalTransition
from meetings.models import Person, Venue
from meetings.services.validation import validated


@transaction.atomic
def directory_record_save(*, record: models.Model, **fields) -> models.Model:
    for name, value in fields.items():
        setattr(record, name, value)
    validated(record)
    record.save()
    return record


@transaction.atomic
def directory_record_delete(*, record: models.Model) -> None:
    try:
        record.delete()
    except ProtectedError as error:
        raise IllegalTransition(
            {"id": _("This record is still used by meetings or follow-ups; it cannot be deleted.")}
        ) from error


def _unique_slug(text: str) -> str:
    return f"{slugify(text)[:60] or 'x'}-{get_random_string(6).lower()}"


def _same_name(model, name: str):
    """An existing directory entry of that exact name (ignoring case and spaces), if any:
    typing a known name must not create a twin."""
    cleaned = " ".join(name.split())
    return model.objects.filter(name__iexact=cleaned).order_by("pk").first()


@transaction.atomic
def directory_person_typed(*, name: str) -> Person:
    """A name the secretariat typed instead of picking: the directory's entry of that name, or a
    new one marked unverified (a clerk's spelling is not a verified record)."""
    return _same_name(Person, name) or directory_record_save(
        record=Person(slug=_unique_slug(name)), name=" ".join(name.split()), is_verified=False
    )


@transaction.atomic
def directory_venue_typed(*, text: str, time_zone: str) -> Venue:
    """A venue typed as "name, address": the directory's venue of that name, or a new one."""
    name, _sep, address = text.partition(",")
    return _same_name(Venue, name) or directory_record_save(
        record=Venue(slug=_unique_slug(name)),
        name=name.strip(),
        address=address.strip(),
        time_zone=time_zone,
    )
