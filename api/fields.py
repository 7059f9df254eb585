import re

from django.utils.translation import gettext_lazy as _
from rest_framework import serializers

from core.dates import RANGE_MESSAGE, is_plausible
from core.text import CONTROL_MESSAGE, has_controls


class AwareDateTimeField(serializers.DateTimeField):
    """ISO 8601 with an offset. A time without one is ambiguous across WIB, WITA and WIT, so it
    is refused instead of guessed."""

    default_error_messages = {
        "naive": _("Give the time with its UTC offset, e.g. 2025-02-26T09:00:00+07:00."),
        "year": RANGE_MESSAGE,
    }

    def enforce_timezone(self, value):
        if value.tzinfo is None:
            self.fail("naive")
        # Before 1924 Jakarta's offset had seconds (+07:07:12); no meeting here is that old.
        if not is_plausible(value):
            self.fail("year")
        return super().enforce_timezone(value)


# Bidirectional overrides and isolates reorder what a reader sees ("gnp.exe" shown as "exe.png");
# zero-width characters make two equal-looking names differ. Neither belongs in a record.
INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
MARKUP = re.compile(r"<\s*[A-Za-z/!?][^>]*>")


class PlainTextField(serializers.CharField):
    """Text stored and shown as typed: markup and invisible control characters are refused
    rather than stripped, so the caller sees what was wrong instead of a silently changed text."""

    default_error_messages = {
        "markup": _("Write plain text: HTML tags such as <script> are not accepted."),
        "invisible": _(
            "Remove the invisible characters (right-to-left or zero-width marks) from the text."
        ),
        "controls": CONTROL_MESSAGE,
    }

    def to_internal_value(self, data):
        value = super().to_internal_value(data)
        if INVISIBLE.search(value):
            self.fail("invisible")
        if has_controls(value):
            self.fail("controls")
        if MARKUP.search(value):
            self.fail("markup")
        return value
