"""Reads for the extractor: the directory snapshot it matches against, and stored drafts."""

import datetime

from django.db.models import QuerySet

from extraction.extractor import (
    Directory,
    LegislationEntry,
    Office,
    OrgEntry,
    PersonEntry,
    VenueEntry,
    extract,
)
from extraction.extractor.directory import DPRD, EXTERNAL, region_of
from extraction.models import MeetingDraft
from meetings.models import Legislation, Membership, Organization, Person, Venue


def _regions(rows: list[dict]) -> dict[int, str]:
    """Each organization's regency or city: its own name's, else its nearest ancestor's, else
    (when the directory holds a single DPRD, as a regency's tracker does) that DPRD's."""
    by_id = {row["id"]: row for row in rows}
    own = {
        row["id"]: region_of(row["name"])
        for row in rows
        if row["kind"] in (DPRD, EXTERNAL) or row["parent_id"] is None
    }
    dprds = {own.get(row["id"], "") for row in rows if row["kind"] == DPRD} - {""}
    default = next(iter(dprds)) if len(dprds) == 1 else ""
    regions = {}
    for row in rows:
        current, seen = row, set()
        region = ""
        while current is not None and current["id"] not in seen and not region:
            seen.add(current["id"])
            region = own.get(current["id"], "")
            current = by_id.get(current["parent_id"])
        regions[row["id"]] = region or default
    return regions


def directory_snapshot() -> Directory:
    """The whole directory as plain data, in five queries whatever its size."""
    rows = list(Organization.objects.values("id", "kind", "name", "abbreviation", "parent_id"))
    regions = _regions(rows)
    offices: dict[int, list[Office]] = {}
    for m in Membership.objects.values(
        "person_id", "organization_id", "role", "label", "start_date", "end_date"
    ):
        offices.setdefault(m["person_id"], []).append(
            Office(m["organization_id"], m["role"], m["label"], m["start_date"], m["end_date"])
        )
    return Directory(
        organizations=tuple(
            OrgEntry(
                id=row["id"],
                kind=row["kind"],
                name=row["name"],
                abbreviation=row["abbreviation"],
                parent_id=row["parent_id"],
                region=regions[row["id"]],
            )
            for row in rows
        ),
        people=tuple(
            PersonEntry(p["id"], p["name"], p["form_of_address"], tuple(offices.get(p["id"], ())))
            for p in Person.objects.values("id", "name", "form_of_address")
        ),
        venues=tuple(
            VenueEntry(v["id"], v["name"], v["building"], v["city"])
            for v in Venue.objects.values("id", "name", "building", "city")
        ),
        legislation=tuple(
            LegislationEntry(law["id"], law["kind"], law["title"])
            for law in Legislation.objects.values("id", "kind", "title")
        ),
    )


def draft_list(*, review_status: str | None = None) -> QuerySet[MeetingDraft]:
    drafts = MeetingDraft.objects.select_related("meeting")
    return drafts.filter(review_status=review_status) if review_status else drafts


def draft_for_text(
    *, text: str, published: datetime.date | None = None, directory: Directory | None = None
) -> dict:
    """The draft of a meeting a report describes (nothing is stored)."""
    return extract(text=text, published=published, directory=directory or directory_snapshot())
