"""The DCAT-US v1.1 non-federal schema and CKAN's DCAT JSON harvester mapping."""

import json
from pathlib import Path

from jsonschema import Draft4Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

VENDOR = Path(__file__).resolve().parent / "vendor" / "dcat_us"
BASE = "https://project-open-data.cio.gov/v1.1/schema/"


def _registry() -> Registry:
    resources = []
    for path in VENDOR.glob("*.json"):
        contents = json.loads(path.read_text())
        resources.append((BASE + path.name, Resource.from_contents(contents, DRAFT4)))
    return Registry().with_resources(resources)


def catalog_errors(catalog: dict) -> list[str]:
    schema = json.loads((VENDOR / "catalog.json").read_text())
    validator = Draft4Validator(schema, registry=_registry(), format_checker=FormatChecker())
    return [
        f"{'/'.join(map(str, error.absolute_path))}: {error.message}"
        for error in validator.iter_errors(catalog)
    ]


def ckan_package(entry: dict) -> dict:
    """What a CKAN portal keeps of one dataset entry: ckanext-dcat's `dcat_to_ckan`
    (ckanext/dcat/converters.py) for the JSON harvester, plus the licence rule of its RDF
    profiles (CKAN has one licence per dataset; DCAT has it per distribution, and the harvester
    takes the distributions' licence)."""
    licences = {d.get("license") for d in entry.get("distribution", [])} - {None}
    return {
        "title": entry.get("title"),
        "notes": entry.get("description"),
        "url": entry.get("landingPage"),
        "tags": [{"name": keyword} for keyword in entry.get("keyword", [])],
        "guid": entry.get("identifier"),
        "license_url": licences.pop() if len(licences) == 1 else None,
        "contact_email": entry.get("contactPoint", {}).get("hasEmail", "").removeprefix("mailto:"),
        "resources": [
            {
                "name": d.get("title"),
                "url": d.get("downloadURL") or d.get("accessURL"),
                "format": d.get("format"),
            }
            for d in entry["distribution"]
        ],
    }
