"""Rows as CSV and JSON documents."""

import io
from collections.abc import Iterable

from core.spreadsheet import CellWriter
from opendata.datasets import Dataset


def to_csv(dataset: Dataset, rows: Iterable[dict], *, excel: bool = False) -> str:
    """A header of field names, then one line per row. Machine-read by default (no byte-order
    mark, LF); `excel` adds the mark and CRLF, without which Excel on Windows reads the UTF-8
    text as its local code page and garbles every non-ASCII letter."""
    buffer = io.StringIO()
    if excel:
        buffer.write("\ufeff")
    writer = CellWriter(buffer, lineterminator="\r\n" if excel else "\n")
    names = [field.name for field in dataset.fields]
    writer.writerow(names)
    for row in rows:
        writer.writerow([row[name] for name in names])
    return buffer.getvalue()


def to_json(dataset: Dataset, rows: Iterable[dict], *, metadata_url: str, license: str) -> dict:
    records = list(rows)
    return {
        "dataset": dataset.slug,
        "title": str(dataset.title),
        "license": license,
        "metadata": metadata_url,
        "count": len(records),
        "records": records,
    }
