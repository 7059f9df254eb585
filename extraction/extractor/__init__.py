"""Draft a meeting from a press release or news report, in plain Python over the directory."""

from extraction.extractor.directory import (
    Directory,
    LegislationEntry,
    Office,
    OrgEntry,
    PersonEntry,
    VenueEntry,
)
from extraction.extractor.pipeline import extract

__all__ = [
    "Directory",
    "LegislationEntry",
    "Office",
    "OrgEntry",
    "PersonEntry",
    "VenueEntry",
    "extract",
]
