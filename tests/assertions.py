import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction


def assert_rejected(instance, constraint_name: str):
    """Validation gives the constraint's own message, and the database refuses the row too."""
    constraint = next(c for c in instance._meta.constraints if c.name == constraint_name)
    with pytest.raises(ValidationError) as error:
        instance.full_clean()
    assert constraint.get_violation_error_message() in error.value.messages
    assert_database_refuses(instance)


def assert_field_and_database_reject(instance, field: str):
    with pytest.raises(ValidationError) as error:
        instance.full_clean()
    assert field in error.value.message_dict
    assert_database_refuses(instance)


def assert_database_refuses(instance):
    with pytest.raises(IntegrityError), transaction.atomic():
        instance.save()
