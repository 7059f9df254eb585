# Django reads a locale's formats as this module's attributes, so the shared ones are imported.
from tracker.formats.common import (  # noqa: F401
    DATE_INPUT_FORMATS,
    DATETIME_INPUT_FORMATS,
    FIRST_DAY_OF_WEEK,
    SHORT_DATE_FORMAT,
    TIME_INPUT_FORMATS,
)

DATE_FORMAT = "j F Y"  # 26 February 2025: day before month, as in Indonesia
TIME_FORMAT = "H:i"
DATETIME_FORMAT = "j F Y, H:i"
SHORT_DATETIME_FORMAT = "j M Y H:i"  # 9 Dec 2026 10:00
