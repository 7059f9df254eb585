"""Writes of the agency workspace that no domain service covers yet."""

from django.db import transaction

from meetings.models import Person
from notifications.models import ContactPreference


@transaction.atomic
def contact_preference_save(
    *, person: Person, language: str, by_email: bool, by_webhook: bool
) -> ContactPreference:
    """A person's choice of language and channels; one row per person, made on first save."""
    preference, _created = ContactPreference.objects.update_or_create(
        person=person,
        defaults={"language": language, "by_email": by_email, "by_webhook": by_webhook},
    )
    return preference
