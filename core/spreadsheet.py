"""The one cell writer for every CSV file the tracker produces (open data, recaps).

A spreadsheet runs a cell that begins with =, +, - or @ as a formula (=HYPERLINK(...) calls
out, DDE runs commands); a leading tab or carriage return can hide such a start. Following
OWASP's advice on CSV injection, such a text cell gets a leading single quote, which Excel and
LibreOffice show as text. Numbers that are numeric fields stay numbers; text never carries
control characters.
"""

import csv
import decimal

from core.text import strip_controls

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# The one separator of several values in one cell (an organization's name may hold a comma).
LIST_SEPARATOR = "; "


def csv_cell(value) -> str | int | float | decimal.Decimal:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float | decimal.Decimal):
        return value
    if isinstance(value, list | tuple):
        value = LIST_SEPARATOR.join(str(csv_cell(item)) for item in value)
    text = strip_controls(str(value))
    if text.startswith(FORMULA_STARTS):
        return "'" + text
    return text


class CellWriter:
    """csv.writer whose every cell goes through `csv_cell`."""

    def __init__(self, buffer, **options):
        self._writer = csv.writer(buffer, **options)

    def writerow(self, row) -> None:
        self._writer.writerow([csv_cell(value) for value in row])
