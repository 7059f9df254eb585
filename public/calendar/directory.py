"""The organizations, venues and legislation a feed names, read whole in one query.

These tables are small (tens to hundreds of rows) and carry no `updated_at`, so a feed reads them
on every request: the rows feed the events, and their digest goes into the feed's fingerprint, so
renaming a body or moving a venue's address changes the ETag and the cached body.
"""

import hashlib
from dataclasses import dataclass

from django.db import connection

from meetings.models import Legislation, Organization, Venue


@dataclass(frozen=True)
class OrganizationInfo:
    label: str  # str(organization): its abbreviation, or its name
    order: tuple  # Organization's Meta ordering (kind, name), for lists of bodies
    time_zone: str


@dataclass(frozen=True)
class VenueInfo:
    full_address: str
    time_zone: str
    geo: tuple[float, float] | None


@dataclass(frozen=True)
class Directory:
    organizations: dict[int, OrganizationInfo]
    venues: dict[int, VenueInfo]
    legislation: dict[int, str]
    digest: str


def _sql() -> str:
    quote = connection.ops.quote_name
    org, venue, law = (quote(m._meta.db_table) for m in (Organization, Venue, Legislation))
    return (
        f"SELECT 'o', id, kind, name, abbreviation, '', time_zone, NULL, NULL FROM {org} "
        f"UNION ALL SELECT 'v', id, name, building, address, city, time_zone, latitude, longitude "
        f"FROM {venue} "
        f"UNION ALL SELECT 'l', id, title, '', '', '', '', NULL, NULL FROM {law} "
        "ORDER BY 1, 2"
    )


def load_directory() -> Directory:
    with connection.cursor() as cursor:
        cursor.execute(_sql())
        rows = cursor.fetchall()
    organizations, venues, legislation = {}, {}, {}
    for tag, pk, a, b, c, d, zone, latitude, longitude in rows:
        if tag == "o":  # kind, name, abbreviation
            organizations[pk] = OrganizationInfo(label=c or b, order=(a, b), time_zone=zone)
        elif tag == "v":  # name, building, address, city
            geo = None if latitude is None else (float(latitude), float(longitude))
            address = ", ".join(part for part in (a, b, c, d) if part)
            venues[pk] = VenueInfo(full_address=address, time_zone=zone, geo=geo)
        else:
            legislation[pk] = a
    digest = hashlib.sha256(repr(rows).encode()).hexdigest()
    return Directory(organizations, venues, legislation, digest)
