"""Plain text in and out: no control characters.

C0 control characters other than tab, line feed and carriage return (and DEL, and the two
non-characters U+FFFE/U+FFFF) are invalid in XML 1.0 and meaningless in a title or a note. A
single one made the RSS and Atom feeds fail for everyone. Inputs refuse them (`refuse_controls`,
called by the services' `validated`), and every writer (feeds, iCalendar, CSV, PDF) strips them
(`strip_controls`) so that rows stored before the check cannot break a document either.
"""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff\ud800-\udfff]")

CONTROL_MESSAGE = _(
    "Remove the invisible control characters (such as a vertical tab) from this text."
)


def has_controls(value) -> bool:
    return isinstance(value, str) and CONTROLS.search(value) is not None


def strip_controls(value):
    """The text without control characters; anything that is not text is returned unchanged."""
    return CONTROLS.sub("", value) if isinstance(value, str) else value


def refuse_controls(value) -> None:
    """A field validator: a clear 400 on the field instead of a broken feed later."""
    if has_controls(value):
        raise ValidationError(CONTROL_MESSAGE, code="control_characters")
