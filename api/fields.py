from django.utils.translation import gettext_lazy as _
from rest_framework import serializers


class AwareDateTimeField(serializers.DateTimeField):
    """ISO 8601 with an offset. A time without one is ambiguous across WIB, WITA and WIT, so it
    is refused instead of guessed."""

    default_error_messages = {
        "naive": _("Give the time with its UTC offset, e.g. 2025-02-26T09:00:00+07:00."),
        "year": _("Give a year between 1950 and 2100."),
    }

    def enforce_timezone(self, value):
        if value.tzinfo is None:
            self.fail("naive")
        # Before 1924 Jakarta's offset had seconds (+07:07:12); no meeting here is that old.
        if not 1950 <= value.year <= 2100:
            self.fail("year")
        return super().enforce_timezone(value)
