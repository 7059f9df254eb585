"""A read-only snapshot of the directory the extractor matches names against.

Plain dataclasses, so the extractor stays pure Python: the selector builds a snapshot from the
database, tests and the evaluation can build one by hand.
"""

import datetime
import re
from dataclasses import dataclass
from functools import cached_property

from extraction.extractor.text import norm

DPRD = "dprd"
OPD = "opd"
EXTERNAL = "external"
FRAKSI = "fraksi"
BODY_KINDS = ("pimpinan", "bamus", "komisi", "bapemperda", "banggar", "bk", "pansus")

_REGION = re.compile(r"\b(kabupaten|kab|kota|provinsi|prov)\s+([a-z][a-z ]*)")
_REGION_WORDS = {"kab": "kabupaten", "prov": "provinsi"}


def region_of(name: str) -> str:
    """ "DPRD Kabupaten Probolinggo" -> "kabupaten probolinggo"; "" when the name has none."""
    found = _REGION.search(norm(name))
    if not found:
        return ""
    kind = _REGION_WORDS.get(found.group(1), found.group(1))
    return f"{kind} {found.group(2).strip()}"


@dataclass(frozen=True)
class OrgEntry:
    id: int | None
    kind: str
    name: str
    abbreviation: str = ""
    parent_id: int | None = None
    # The regency or city the organization belongs to ("kabupaten probolinggo"), "" if unknown.
    region: str = ""

    @property
    def label(self) -> str:
        return self.abbreviation or self.name


@dataclass(frozen=True)
class Office:
    organization_id: int | None
    role: str
    label: str
    start: datetime.date | None = None
    end: datetime.date | None = None

    def held_on(self, day: datetime.date | None) -> bool:
        if day is None:
            return self.end is None
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class PersonEntry:
    id: int | None
    name: str
    form_of_address: str = ""
    offices: tuple[Office, ...] = ()


@dataclass(frozen=True)
class VenueEntry:
    id: int | None
    name: str
    building: str = ""
    city: str = ""

    @property
    def label(self) -> str:
        return f"{self.name}, {self.building}" if self.building else self.name


@dataclass(frozen=True)
class LegislationEntry:
    id: int | None
    kind: str
    title: str


@dataclass(frozen=True)
class Directory:
    organizations: tuple[OrgEntry, ...] = ()
    people: tuple[PersonEntry, ...] = ()
    venues: tuple[VenueEntry, ...] = ()
    legislation: tuple[LegislationEntry, ...] = ()

    @cached_property
    def by_id(self) -> dict[int, OrgEntry]:
        return {entry.id: entry for entry in self.organizations if entry.id is not None}

    def of_kind(self, *kinds: str) -> list[OrgEntry]:
        return [entry for entry in self.organizations if entry.kind in kinds]

    def dprd_for(self, region: str) -> OrgEntry | None:
        return next((d for d in self.of_kind(DPRD) if d.region == region), None)

    def bodies_of(self, dprd: OrgEntry) -> list[OrgEntry]:
        return [e for e in self.organizations if e.kind in BODY_KINDS and e.parent_id == dprd.id]
