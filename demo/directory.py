"""Load the Kabupaten Probolinggo directory (DPRD bodies, party groups, agencies, officials).

The source file lists where each entry comes from; entries marked inferred or unverified are
loaded with `is_verified=False` so pages can show them as reconstructions, not as fact.
Every write is an update-or-create on a slug, so loading twice changes nothing.
"""

import datetime
import json
from pathlib import Path

from django.utils.text import slugify

from demo.addresses import organization_address, person_address
from meetings.models import (
    Membership,
    OfficeRole,
    Organization,
    OrganizationKind,
    Partnership,
    Person,
)

DIRECTORY_FILE = Path(__file__).parent / "data" / "probolinggo_directory.json"
DPRD_SLUG = "dprd-kabupaten-probolinggo"
PEMKAB_SLUG = "pemkab-probolinggo"
# An outside party (not an OPD) that DPRD meetings ask to act: its follow-ups are chased by
# the secretariat.
POLICE_SLUG = "polres-probolinggo"

# Offices of the directory's people. Dates are the ones the sources give ("as of"); the rest
# are left open rather than guessed.
OFFICES = {
    "Oka Mahendra Jati Kusuma": [
        (DPRD_SLUG, OfficeRole.CHAIR, "Ketua DPRD Kabupaten Probolinggo"),
        ("pimpinan-dprd", OfficeRole.CHAIR, "Ketua DPRD"),
        ("bamus", OfficeRole.CHAIR, "Ketua Badan Musyawarah (ex officio)"),
        ("banggar", OfficeRole.CHAIR, "Ketua Badan Anggaran (ex officio)"),
    ],
    "Didik Humaidi": [
        (DPRD_SLUG, OfficeRole.VICE_CHAIR, "Wakil Ketua DPRD Kabupaten Probolinggo"),
        ("pimpinan-dprd", OfficeRole.VICE_CHAIR, "Wakil Ketua DPRD"),
    ],
    "Muhammad Zubaidi": [
        (DPRD_SLUG, OfficeRole.VICE_CHAIR, "Wakil Ketua DPRD Kabupaten Probolinggo"),
        ("pimpinan-dprd", OfficeRole.VICE_CHAIR, "Wakil Ketua DPRD"),
    ],
    "Saiful Bahri": [("komisi-i", OfficeRole.CHAIR, "Ketua Komisi I")],
    "Reno Handoyo": [("komisi-ii", OfficeRole.CHAIR, "Ketua Komisi II")],
    "Mochammad Al-Fatih": [("komisi-iii", OfficeRole.CHAIR, "Ketua Komisi III")],
    "Ning Ayu Nofita Rahmawati": [("komisi-iv", OfficeRole.CHAIR, "Ketua Komisi IV")],
    "Siska Dwiarianti": [("bapemperda", OfficeRole.CHAIR, "Ketua Bapemperda")],
    "Basyir Nawawi": [("bk", OfficeRole.CHAIR, "Ketua Badan Kehormatan")],
    "Muchlis": [("komisi-i", OfficeRole.MEMBER, "Anggota Komisi I")],
    "Mohammad Haris": [
        (PEMKAB_SLUG, OfficeRole.HEAD, "Bupati Probolinggo", datetime.date(2025, 2, 20)),
    ],
    "Fahmi AHZ": [
        (
            PEMKAB_SLUG,
            OfficeRole.VICE_CHAIR,
            "Wakil Bupati Probolinggo",
            datetime.date(2025, 2, 20),
        ),
    ],
    "Ugas Irwanto": [("setda", OfficeRole.HEAD, "Sekretaris Daerah Kabupaten Probolinggo")],
    "Hudan Syarifuddin": [
        ("diskominfo", OfficeRole.HEAD, "Kepala Diskominfo", datetime.date(2025, 10, 20)),
    ],
    "Ulfiningtyas": [
        ("diskominfo", OfficeRole.HEAD, "Kepala Diskominfo", None, datetime.date(2025, 10, 19)),
        (
            "dispersip",
            OfficeRole.HEAD,
            "Kepala Dinas Perpustakaan dan Kearsipan",
            datetime.date(2025, 10, 20),
        ),
    ],
    "Juwono P. Utomo": [("bappelitbangda", OfficeRole.HEAD, "Kepala Bappelitbangda")],
    "Saniwar": [("disnaker", OfficeRole.HEAD, "Kepala Dinas Tenaga Kerja")],
    "Munaris": [("dpmd", OfficeRole.HEAD, "Kepala Dinas Pemberdayaan Masyarakat dan Desa")],
    "Anang Budi Yoelijanto": [
        ("bkpsdm", OfficeRole.HEAD, "Plt Kepala BKPSDM", datetime.date(2025, 10, 23)),
    ],
    "Roby Siswanto": [("dpkpp", OfficeRole.HEAD, "Kepala DPKPP")],
}
ACTING_PREFIX = "Plt "
BODY_ABBREVIATIONS = {
    "Badan Musyawarah": "Bamus",
    "Badan Anggaran": "Banggar",
    "Badan Pembentukan Peraturan Daerah": "Bapemperda",
    "Badan Kehormatan": "BK",
    "Panitia Khusus (ad hoc)": "Pansus",
}
# Names as the directory writes them, split into title, name and common form of address.
NAME_PARTS = {
    "dr. Mohammad Haris": ("dr.", "Mohammad Haris", "Gus Haris"),
    "Fahmi AHZ (Lora Fahmi Abdul Haq Zaini)": ("", "Fahmi AHZ", "Lora Fahmi"),
    "dr. Anang Budi Yoelijanto": ("dr.", "Anang Budi Yoelijanto", ""),
}


def load_directory() -> None:
    data = json.loads(DIRECTORY_FILE.read_text(encoding="utf-8"))
    dprd = _load_dprd(data["dprd"])
    _load_agencies(data["opd"])
    _load_bodies(data["dprd"]["bodies"], dprd)
    _load_people(data["people"])


def _upsert_organization(slug: str, **fields) -> Organization:
    fields.setdefault("email", organization_address(slug))
    organization, _ = Organization.objects.update_or_create(slug=slug, defaults=fields)
    return organization


def _load_dprd(dprd: dict) -> Organization:
    organization = _upsert_organization(
        DPRD_SLUG,
        kind=OrganizationKind.DPRD,
        name=dprd["name"],
        abbreviation=dprd["abbr"],
        source_url=dprd["source"],
    )
    _upsert_organization(
        PEMKAB_SLUG,
        kind=OrganizationKind.EXTERNAL,
        name="Pemerintah Kabupaten Probolinggo",
        abbreviation="Pemkab Probolinggo",
    )
    _upsert_organization(
        POLICE_SLUG,
        kind=OrganizationKind.EXTERNAL,
        name="Kepolisian Resor Probolinggo",
        abbreviation="Polres Probolinggo",
        email="",
    )
    for fraksi in dprd["fraksi"]:
        _upsert_organization(
            slugify(fraksi["name"]),
            kind=OrganizationKind.FRAKSI,
            parent=organization,
            name=fraksi["name"],
            source_url=fraksi["source"],
            # The source itself warns the group names and merges are unverified.
            is_verified=False,
        )
    return organization


def _load_agencies(agencies: list[dict]) -> None:
    for agency in agencies:
        _upsert_organization(
            slugify(agency["abbr"]),
            kind=OrganizationKind.OPD,
            category=agency["kind"],
            name=agency["name"],
            abbreviation=agency["abbr"],
            source_url=agency.get("source") or "",
            is_verified=agency.get("verified", False),
        )


def _load_bodies(bodies: list[dict], dprd: Organization) -> None:
    agencies = list(Organization.objects.filter(kind=OrganizationKind.OPD))
    for body in bodies:
        abbreviation = BODY_ABBREVIATIONS.get(body["name"], "")
        organization = _upsert_organization(
            slugify(abbreviation or body["name"]),
            kind=body["kind"],
            parent=dprd,
            name=body["name"],
            abbreviation=abbreviation,
            source_url=body.get("source") or "",
        )
        observed = set(body.get("partners_observed", []))
        for partner_name in [*observed, *body.get("partners", [])]:
            for agency in _agencies_named(partner_name, agencies):
                Partnership.objects.update_or_create(
                    body=organization,
                    agency=agency,
                    defaults={"is_verified": partner_name in observed or not body.get("inferred")},
                )


def _agencies_named(partner_name: str, agencies: list[Organization]) -> list[Organization]:
    """Match the directory's free-text partner names ("Kecamatan (24)", "Sekretariat Daerah
    (Bagian Hukum)", "Badan Keuangan Daerah / Bapenda / BPKAD") to loaded agencies."""
    if partner_name.startswith("Kecamatan"):
        return [agency for agency in agencies if agency.category == "kecamatan"]
    base = partner_name.split(" (")[0]
    candidates = {part.strip() for part in base.split("/")}
    return [
        agency
        for agency in agencies
        if agency.name in candidates or agency.abbreviation in candidates
    ][:1]


def _load_people(people: list[dict]) -> None:
    for entry in people:
        prefix, name, address = NAME_PARTS.get(entry["name"], ("", entry["name"], ""))
        slug = slugify(name)
        person, _ = Person.objects.update_or_create(
            slug=slug,
            defaults={
                "name": name,
                "email": person_address(slug),
                "honorific_prefix": prefix,
                "form_of_address": address,
                "party": entry.get("party", ""),
                "source_url": entry.get("source", ""),
            },
        )
        for office in OFFICES.get(name, []):
            slug, role, label, *dates = office
            start, end = (dates + [None, None])[:2]
            Membership.objects.update_or_create(
                person=person,
                organization=Organization.objects.get(slug=slug),
                role=role,
                label=label.removeprefix(ACTING_PREFIX),
                defaults={
                    "acting": "plt" if label.startswith(ACTING_PREFIX) else "",
                    "start_date": start,
                    "end_date": end,
                    "source_url": entry.get("source", ""),
                },
            )
