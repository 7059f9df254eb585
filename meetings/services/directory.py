"""Writes to the directory (organizations, people, venues, legislation): plain records whose
rules are all model validation and database constraints."""

from django.db import models, transaction
from django.db.models import ProtectedError
from django.utils.translation import gettext as _

from meetings.errors import IllegalTransition
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
