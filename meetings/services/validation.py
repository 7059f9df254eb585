"""Validation helpers shared by the services: every error names the field to fix."""

from collections.abc import Iterator
from contextlib import contextmanager

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext as _

from core.dates import RANGE_MESSAGE, is_plausible
from core.text import CONTROL_MESSAGE, has_controls


@contextmanager
def prefixed_errors(prefix: str) -> Iterator[None]:
    """Re-raise a ValidationError with its field names under `prefix`, e.g. participants[2].role.

    A nested item's error then points at the exact row of a form or API payload.
    """
    try:
        yield
    except ValidationError as error:
        if not hasattr(error, "error_dict"):
            raise ValidationError({prefix: error.messages}) from error
        raise ValidationError(
            {
                prefix if name == NON_FIELD_ERRORS else f"{prefix}.{name}": messages
                for name, messages in error.message_dict.items()
            }
        ) from error


def validated(instance: models.Model, *, exclude: list[str] | None = None) -> models.Model:
    """Run the model's field, uniqueness and constraint checks before touching the database,
    and refuse control characters in any text field (they break feeds and exports) and any date
    outside 1950-2100 (it overflows as soon as it is shifted)."""
    try:
        instance.full_clean(exclude=exclude)
    except ValidationError as error:
        raise on_fields(instance, error) from None
    controls = {
        field.name: [CONTROL_MESSAGE]
        for field in instance._meta.concrete_fields
        if isinstance(field, models.CharField | models.TextField)
        and field.name not in (exclude or ())
        and has_controls(getattr(instance, field.attname))
    }
    controls |= {
        field.name: [RANGE_MESSAGE]
        for field in instance._meta.concrete_fields
        if isinstance(field, models.DateField)  # DateTimeField too
        and field.name not in (exclude or ())
        and not is_plausible(getattr(instance, field.attname))
    }
    if controls:
        raise ValidationError(controls)
    return instance


def on_fields(instance: models.Model, error: ValidationError) -> ValidationError:
    """Django reports a check constraint's violation as a non-field error. A model that says
    which field each constraint is about (CONSTRAINT_FIELDS: violation code to field name) gets
    the error on that field, so a form shows it there and the API names it."""
    fields = getattr(instance, "CONSTRAINT_FIELDS", None)
    if not fields or not hasattr(error, "error_dict"):
        return error
    moved: dict[str, list[ValidationError]] = {}
    for name, items in error.error_dict.items():
        for item in items:
            target = fields.get(item.code, name) if name == NON_FIELD_ERRORS else name
            moved.setdefault(target, []).append(item)
    return ValidationError(moved)


def require_valid_times(*, start, end, start_field: str = "start", end_field: str = "end"):
    """Check a start and end before any write, naming the field to fix.

    Naive datetimes are ambiguous across WIB/WITA/WIT, so they are refused, not guessed.
    The end-after-start rule is also a database constraint; here it is reported on the field.
    """
    errors = {
        name: _("Give a date and time with its time zone.")
        for name, value in ((start_field, start), (end_field, end))
        if value is not None and timezone.is_naive(value)
    }
    if not errors and start is not None and end is not None and end <= start:
        errors[end_field] = _("The meeting must end after it starts.")
    if errors:
        raise ValidationError(errors)
