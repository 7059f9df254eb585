"""The directory of the scale dataset: one DPRD with its bodies and party groups, ~42 agencies,
people holding offices in them, venues and legislation. Slugs start with `skala-` so the data
never collides with the demo or real records."""

import random
from dataclasses import dataclass, field

from meetings.models import (
    Legislation,
    LegislationKind,
    Membership,
    OfficeRole,
    Organization,
    OrganizationKind,
    Partnership,
    Person,
    Venue,
)
from meetings.models.choices import OpdCategory, TimeZone

PREFIX = "skala-"
BODIES = [
    (OrganizationKind.PIMPINAN, "Pimpinan DPRD"),
    (OrganizationKind.BAMUS, "Badan Musyawarah"),
    (OrganizationKind.KOMISI, "Komisi I"),
    (OrganizationKind.KOMISI, "Komisi II"),
    (OrganizationKind.KOMISI, "Komisi III"),
    (OrganizationKind.KOMISI, "Komisi IV"),
    (OrganizationKind.BAPEMPERDA, "Bapemperda"),
    (OrganizationKind.BANGGAR, "Badan Anggaran"),
    (OrganizationKind.BK, "Badan Kehormatan"),
    (OrganizationKind.PANSUS, "Pansus I"),
    (OrganizationKind.PANSUS, "Pansus II"),
]
PARTIES = ["PKB", "Gerindra", "PDI-P", "Golkar", "NasDem", "PKS"]
AGENCY_COUNT = 42  # with the DPRD, 11 bodies and 6 party groups: 60 organizations
ZONES = [TimeZone.WIB, TimeZone.WIB, TimeZone.WITA, TimeZone.WIT]


@dataclass
class Directory:
    dprd: Organization
    bodies: dict[str, list[Organization]]  # kind -> bodies of that kind
    agencies: list[Organization]
    partners: dict[int, list[int]]  # komisi id -> agency ids
    people_of: dict[int, list[int]] = field(default_factory=dict)  # organization id -> person ids
    venue_ids: list[int] = field(default_factory=list)
    legislation_ids: list[int] = field(default_factory=list)


def _organizations(rng: random.Random) -> Directory:
    dprd = Organization.objects.create(
        kind=OrganizationKind.DPRD, name="DPRD Kabupaten Skala", slug=f"{PREFIX}dprd"
    )
    bodies: dict[str, list[Organization]] = {}
    rows = [
        Organization(kind=kind, parent=dprd, name=name, slug=f"{PREFIX}{n}-{kind}")
        for n, (kind, name) in enumerate(BODIES)
    ]
    rows += [
        Organization(
            kind=OrganizationKind.FRAKSI,
            parent=dprd,
            name=f"Fraksi {party}",
            slug=f"{PREFIX}fraksi-{n}",
        )
        for n, party in enumerate(PARTIES)
    ]
    categories = [c for c in OpdCategory.values if c != OpdCategory.OTHER]
    rows += [
        Organization(
            kind=OrganizationKind.OPD,
            category=categories[n % len(categories)],
            name=f"Dinas Skala {n + 1}",
            abbreviation=f"DS{n + 1}",
            slug=f"{PREFIX}opd-{n + 1}",
            time_zone=rng.choice(ZONES),
        )
        for n in range(AGENCY_COUNT)
    ]
    created = Organization.objects.bulk_create(rows)
    for organization in created:
        if organization.kind not in (OrganizationKind.FRAKSI, OrganizationKind.OPD):
            bodies.setdefault(organization.kind, []).append(organization)
    agencies = [o for o in created if o.kind == OrganizationKind.OPD]
    # Each agency is the partner (mitra kerja) of one commission.
    partners: dict[int, list[int]] = {k.pk: [] for k in bodies[OrganizationKind.KOMISI]}
    komisi = bodies[OrganizationKind.KOMISI]
    for n, agency in enumerate(agencies):
        partners[komisi[n % len(komisi)].pk].append(agency.pk)
    Partnership.objects.bulk_create(
        Partnership(body_id=body_id, agency_id=agency_id)
        for body_id, agency_ids in partners.items()
        for agency_id in agency_ids
    )
    return Directory(dprd=dprd, bodies=bodies, agencies=agencies, partners=partners)


def _people(directory: Directory, count: int) -> None:
    holders = [directory.dprd, *(b for group in directory.bodies.values() for b in group)]
    holders += directory.agencies
    people = Person.objects.bulk_create(
        (
            Person(
                name=f"Orang Skala {n}",
                slug=f"{PREFIX}orang-{n}",
                email=f"orang{n}@skala.example.org",
            )
            for n in range(count)
        ),
        batch_size=2000,
    )
    memberships = []
    for n, person in enumerate(people):
        organization = holders[n % len(holders)]
        # The first person of each organization heads (or chairs) it: reminders reach someone.
        first = n < len(holders)
        role = OfficeRole.HEAD if organization.kind == OrganizationKind.OPD else OfficeRole.CHAIR
        role = role if first else OfficeRole.MEMBER
        memberships.append(
            Membership(
                person_id=person.pk,
                organization_id=organization.pk,
                role=role,
                label=f"{role} {organization.name}",
            )
        )
        directory.people_of.setdefault(organization.pk, []).append(person.pk)
    Membership.objects.bulk_create(memberships, batch_size=2000)


def directory_generate(*, rng: random.Random, people: int, legislation: int) -> Directory:
    directory = _organizations(rng)
    _people(directory, people)
    venues = Venue.objects.bulk_create(
        Venue(
            name=f"Ruang Rapat {n + 1}",
            building="Gedung DPRD",
            city="Kota Skala",
            slug=f"{PREFIX}ruang-{n + 1}",
            time_zone=ZONES[n % len(ZONES)],
        )
        for n in range(12)
    )
    directory.venue_ids = [v.pk for v in venues]
    kinds = [LegislationKind.RAPERDA] * 4 + [LegislationKind.PROPEMPERDA, LegislationKind.RPJMD]
    laws = Legislation.objects.bulk_create(
        Legislation(
            kind=rng.choice(kinds),
            title=f"Raperda Skala {n + 1}",
            year=2015 + n % 11,
            slug=f"{PREFIX}perda-{n + 1}",
        )
        for n in range(legislation)
    )
    directory.legislation_ids = [law.pk for law in laws]
    return directory
