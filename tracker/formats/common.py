"""Date formats shared by every language: day before month, always.

Indonesian writes times with a dot (09.00), so both 09.00 and 09:00 are accepted.
ISO 8601 (2025-02-26) is still accepted because Django always appends it to input formats.
"""

DATE_INPUT_FORMATS = [
    "%d/%m/%Y",  # 26/02/2025
    "%d-%m-%Y",  # 26-02-2025
    "%d/%m/%y",  # 26/02/25
    "%d-%m-%y",  # 26-02-25
    "%d %B %Y",  # 26 February 2025 (month names of the active locale)
    "%d %b %Y",  # 26 Feb 2025
]

_TIME_SUFFIXES = ["%H.%M", "%H:%M", "%H.%M.%S", "%H:%M:%S"]
DATETIME_INPUT_FORMATS = [
    f"{date} {time}"
    for date in ("%d/%m/%Y", "%d-%m-%Y", "%d/%m/%y", "%d-%m-%y")
    for time in _TIME_SUFFIXES
] + ["%d/%m/%Y", "%d-%m-%Y"]

TIME_INPUT_FORMATS = _TIME_SUFFIXES

# Shown dates name the month, so "9 Dec 2026" cannot be read month-first (meetings/formatting.py).
SHORT_DATE_FORMAT = "j M Y"
FIRST_DAY_OF_WEEK = 1  # Monday
