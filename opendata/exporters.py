"""Rows as CSV and JSON documents."""

import io
from collections.abc import Iterable

from opendata.datasets import Dataset
from tracker.spreadsheet import CellWriter


def to_csv(dataset: Dataset, rows: Iterable[dict]) -> str:
    """A header of field names, then one line per row; machine-read, so no byte-order mark."""
    buffer = io.StringIO()
    writer = CellWriter(buffer, lineterminator="\n")
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
