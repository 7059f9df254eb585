"""Metadata in the DCAT-US (Project Open Data v1.1) JSON shape, which CKAN's DCAT harvester
(ckanext-dcat, as used by Satu Data Indonesia portals) reads: one entry per dataset in
/data/catalog.json, and the same entry with its data dictionary as each dataset's metadata file.
"""

import re
from email.utils import parseaddr

from django.conf import settings
from django.db.models import Max, Min
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from meetings.models import Organization, OrganizationKind
from opendata.datasets import Dataset
from opendata.registry import DATASETS

# The licence may be changed in the settings; CC BY 4.0 is what Indonesian open-data portals
# commonly use.
LICENSE = settings.OPEN_DATA_LICENSE
# Generated on every request from the live record, so a daily harvest is always current.
ACCRUAL_PERIODICITY = "R/P1D"
POD_CONTEXT = "https://project-open-data.cio.gov/v1.1/schema/catalog.jsonld"
POD_SCHEMA = "https://project-open-data.cio.gov/v1.1/schema"


# A contact address a portal accepts: a domain with a dot ("tracker@localhost" is refused).
DELIVERABLE = re.compile(r"^[^@\s]+@[\w-]+(\.[\w-]+)+$")


def contact_email(dprd: Organization | None) -> str:
    """OPEN_DATA_CONTACT_EMAIL, else the DPRD's own address, else the sender address; empty
    when none of them is an address a reader could write to."""
    candidates = (
        settings.OPEN_DATA_CONTACT_EMAIL,
        dprd.email if dprd else "",
        parseaddr(settings.DEFAULT_FROM_EMAIL)[1],
    )
    return next((email for email in candidates if email and DELIVERABLE.match(email)), "")


def publisher() -> dict:
    dprd = Organization.objects.filter(kind=OrganizationKind.DPRD).order_by("pk").first()
    name = _("Secretariat of %(dprd)s") % {"dprd": dprd.name} if dprd else _("DPRD secretariat")
    return {"name": name, "email": contact_email(dprd)}


def identifier(dataset: Dataset) -> str:
    """Stable across a change of address: harvesters key datasets by it (CKAN's `guid`)."""
    return f"{settings.OPEN_DATA_ID_PREFIX}{dataset.slug}"


def coverage(dataset: Dataset) -> tuple[str | None, str | None]:
    """(temporal coverage as an ISO interval, last modification date), one query."""
    path = dataset.meetings_path
    found = (
        dataset.source()
        .order_by()
        .aggregate(
            first=Min(f"{path}start"),
            last=Max(f"{path}start"),
            modified=Max(dataset.modified_field),
        )
    )
    if found["first"] is None:
        return None, None
    first, last = timezone.localdate(found["first"]), timezone.localdate(found["last"])
    return f"{first.isoformat()}/{last.isoformat()}", timezone.localdate(
        found["modified"]
    ).isoformat()


def _distributions(dataset: Dataset, absolute) -> list[dict]:
    found = [
        {
            "@type": "dcat:Distribution",
            "title": f"{dataset.title} (CSV)",
            "format": "CSV",
            "mediaType": "text/csv",
            "downloadURL": absolute(reverse("opendata:csv", args=[dataset.slug])),
            "conformsTo": "https://specs.frictionlessdata.io/table-schema/",
            "describedBy": absolute(reverse("opendata:datapackage")),
            "describedByType": "application/json",
        },
        {
            "@type": "dcat:Distribution",
            "title": f"{dataset.title} (JSON)",
            "format": "JSON",
            "mediaType": "application/json",
            "downloadURL": absolute(reverse("opendata:json", args=[dataset.slug])),
        },
    ]
    if dataset.has_ocd:
        found.append(
            {
                "@type": "dcat:Distribution",
                "title": f"{dataset.title} (Open Civic Data)",
                "format": "JSON",
                "mediaType": "application/json",
                "conformsTo": "https://open-civic-data.readthedocs.io/en/latest/data/event.html",
                "downloadURL": absolute(reverse("opendata:ocd")),
            }
        )
    # CKAN keeps a licence per dataset but DCAT per distribution: its harvesters read it there.
    for distribution in found:
        distribution["license"] = LICENSE
    return found


def _contact(owner: dict) -> dict:
    contact = {"@type": "vcard:Contact", "fn": owner["name"]}
    if owner["email"]:
        contact["hasEmail"] = f"mailto:{owner['email']}"
    return contact


def dataset_entry(dataset: Dataset, absolute, owner: dict) -> dict:
    temporal, modified = coverage(dataset)
    landing = absolute(reverse("opendata:dataset", args=[dataset.slug]))
    entry = {
        "@type": "dcat:Dataset",
        "identifier": identifier(dataset),
        "title": str(dataset.title),
        "description": str(dataset.description),
        "keyword": list(dataset.keywords),
        "modified": modified,
        "publisher": {"@type": "org:Organization", "name": owner["name"]},
        "contactPoint": _contact(owner),
        "accessLevel": "public",
        "license": LICENSE,
        "accrualPeriodicity": ACCRUAL_PERIODICITY,
        "temporal": temporal,
        "language": ["id"],
        "landingPage": landing,
        "describedBy": absolute(reverse("opendata:metadata", args=[dataset.slug])),
        "describedByType": "application/json",
        "distribution": _distributions(dataset, absolute),
    }
    # Portals reject null values; a dataset with no rows yet has no dates to give.
    return {key: value for key, value in entry.items() if value is not None}


def dataset_metadata(dataset: Dataset, absolute) -> dict:
    """The dataset's catalogue entry, plus its fields with types (Frictionless Table Schema)."""
    entry = dataset_entry(dataset, absolute, publisher())
    entry["@context"] = POD_CONTEXT
    entry["updateFrequency"] = _("Daily: generated from the live record on every request.")
    entry["schema"] = table_schema(dataset)
    return entry


def table_schema(dataset: Dataset) -> dict:
    """The CSV file's Frictionless Table Schema."""
    return {
        "fields": [field.table_schema() for field in dataset.fields],
        "primaryKey": ["id"],
        "missingValues": [""],
    }


def datapackage(absolute) -> dict:
    """A Frictionless Data Package describing every CSV file, for tools that read one directly."""
    owner = publisher()
    contributor = {"title": owner["name"], "role": "publisher"}
    if owner["email"]:
        contributor["email"] = owner["email"]
    return {
        "profile": "tabular-data-package",
        "name": "dprd-opd-tracker",
        "id": settings.OPEN_DATA_ID_PREFIX.rstrip(":") or "dprd-opd-tracker",
        "title": str(_("DPRD meetings with government agencies, and their follow-ups")),
        "homepage": absolute(reverse("opendata:index")),
        "licenses": [{"path": LICENSE, "title": LICENSE}],
        "contributors": [contributor],
        "keywords": sorted({keyword for dataset in DATASETS for keyword in dataset.keywords}),
        "resources": [
            {
                "profile": "tabular-data-resource",
                "name": dataset.slug,
                "title": str(dataset.title),
                "description": str(dataset.description),
                "path": absolute(reverse("opendata:csv", args=[dataset.slug])),
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "dialect": {"delimiter": ",", "lineTerminator": "\n", "header": True},
                "schema": table_schema(dataset),
            }
            for dataset in DATASETS
        ],
    }


def catalog(absolute) -> dict:
    owner = publisher()
    return {
        "@context": POD_CONTEXT,
        "@id": absolute(reverse("opendata:catalog")),
        "@type": "dcat:Catalog",
        "conformsTo": POD_SCHEMA,
        "describedBy": f"{POD_SCHEMA}/catalog.json",
        "dataset": [dataset_entry(dataset, absolute, owner) for dataset in DATASETS],
    }
