"""Metadata in the DCAT-US (Project Open Data v1.1) JSON shape, which CKAN's DCAT harvester
(ckanext-dcat, as used by Satu Data Indonesia portals) reads: one entry per dataset in
/data/catalog.json, and the same entry with its data dictionary as each dataset's metadata file.
"""

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
LICENSE = getattr(settings, "OPEN_DATA_LICENSE", "https://creativecommons.org/licenses/by/4.0/")
# Generated on every request from the live record, so a daily harvest is always current.
ACCRUAL_PERIODICITY = "R/P1D"
POD_CONTEXT = "https://project-open-data.cio.gov/v1.1/schema/catalog.jsonld"
POD_SCHEMA = "https://project-open-data.cio.gov/v1.1/schema"


def publisher() -> dict:
    dprd = Organization.objects.filter(kind=OrganizationKind.DPRD).order_by("pk").first()
    name = _("Secretariat of %(dprd)s") % {"dprd": dprd.name} if dprd else _("DPRD secretariat")
    email = (dprd.email if dprd and dprd.email else "") or settings.DEFAULT_FROM_EMAIL
    return {"name": name, "email": email}


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
    return found


def dataset_entry(dataset: Dataset, absolute, owner: dict) -> dict:
    temporal, modified = coverage(dataset)
    landing = absolute(reverse("opendata:dataset", args=[dataset.slug]))
    entry = {
        "@type": "dcat:Dataset",
        "identifier": landing,
        "title": str(dataset.title),
        "description": str(dataset.description),
        "keyword": list(dataset.keywords),
        "modified": modified,
        "publisher": {"@type": "org:Organization", "name": owner["name"]},
        "contactPoint": {
            "@type": "vcard:Contact",
            "fn": owner["name"],
            "hasEmail": f"mailto:{owner['email']}",
        },
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
    entry["schema"] = {
        "fields": [
            {"name": field.name, "type": field.type, "description": str(field.description)}
            for field in dataset.fields
        ]
    }
    return entry


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
