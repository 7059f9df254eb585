"""The directory the corpus is scored against, kept beside the corpus as plain data.

The corpus's expected drafts name the demo regency's organizations, people, venues and
legislation (Kabupaten Probolinggo); reading them from this file makes every machine score
against the same directory without loading anything into a database. `write_corpus_directory`
(in demo/) writes the file from the demo data; tests/extraction checks the two agree.
"""

import dataclasses
import datetime
import json
from pathlib import Path

from extraction.extractor.directory import (
    Directory,
    LegislationEntry,
    Office,
    OrgEntry,
    PersonEntry,
    VenueEntry,
)

DIRECTORY_FILE = Path(__file__).resolve().parent / "corpus" / "directory.json"


def corpus_directory() -> Directory:
    return directory_from_data(json.loads(DIRECTORY_FILE.read_text(encoding="utf-8")))


def directory_as_data(directory: Directory) -> dict:
    """Plain JSON-ready data, with ids renumbered from 1 in the snapshot's order: the same file
    whatever ids the database that made it gave."""
    org_ids = {entry.id: number for number, entry in enumerate(directory.organizations, 1)}
    return {
        "organizations": [
            dataclasses.asdict(entry)
            | {"id": org_ids[entry.id], "parent_id": org_ids.get(entry.parent_id)}
            for entry in directory.organizations
        ],
        "people": [
            {
                "id": number,
                "name": person.name,
                "form_of_address": person.form_of_address,
                "offices": [
                    {
                        "organization_id": org_ids.get(office.organization_id),
                        "role": office.role,
                        "label": office.label,
                        "start": office.start and office.start.isoformat(),
                        "end": office.end and office.end.isoformat(),
                    }
                    for office in person.offices
                ],
            }
            for number, person in enumerate(directory.people, 1)
        ],
        "venues": [
            dataclasses.asdict(venue) | {"id": number}
            for number, venue in enumerate(directory.venues, 1)
        ],
        "legislation": [
            dataclasses.asdict(law) | {"id": number}
            for number, law in enumerate(directory.legislation, 1)
        ],
    }


def directory_from_data(data: dict) -> Directory:
    def day(value: str | None) -> datetime.date | None:
        return datetime.date.fromisoformat(value) if value else None

    return Directory(
        organizations=tuple(OrgEntry(**entry) for entry in data["organizations"]),
        people=tuple(
            PersonEntry(
                id=person["id"],
                name=person["name"],
                form_of_address=person["form_of_address"],
                offices=tuple(
                    Office(**office | {"start": day(office["start"]), "end": day(office["end"])})
                    for office in person["offices"]
                ),
            )
            for person in data["people"]
        ),
        venues=tuple(VenueEntry(**venue) for venue in data["venues"]),
        legislation=tuple(LegislationEntry(**law) for law in data["legislation"]),
    )
