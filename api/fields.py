from django.utils.translation import gettext_lazy as _
from rest_framework import serializers


class AwareDateTimeField(serializers.DateTimeField):
    """ISO 8601 with an offset. A time without one is ambiguous across WIB, WITA and WIT, so it
    is refused instead of guessed."""

    default_error_messages = {
        "naive": _("Give the time with its UTC offset, e.g. 2025-02-26T09:00:00+07:00."),
    }

    def enforce_timezone(self, value):
        if value.tzinfo is None:
            self.fail("naive")
        return super().enforce_timezone(value)
