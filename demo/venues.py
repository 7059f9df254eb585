"""Demo venues and legislation, and the helper that places demo times in a zone."""

import datetime
from zoneinfo import ZoneInfo

from meetings.models import Legislation, LegislationKind, LegislationStage, TimeZone, Venue


def at(day: datetime.date, hour: int, minute: int = 0, zone: str = TimeZone.WIB):
    """A demo meeting time. DPRD meetings sit on working days, so a weekend moves to Monday."""
    while day.weekday() >= 5:
        day += datetime.timedelta(days=1)
    return datetime.datetime.combine(day, datetime.time(hour, minute), tzinfo=ZoneInfo(zone))


def working_day_before(day: datetime.date) -> datetime.date:
    """`day`, or the Friday before it when it falls on a weekend (for meetings already held)."""
    while day.weekday() >= 5:
        day -= datetime.timedelta(days=1)
    return day


VENUES = {
    "argopuro": {
        "name": "Ruang Pertemuan Argopuro",
        "building": "Kantor Bupati Probolinggo",
        "city": "Kraksaan, Kabupaten Probolinggo",
    },
    "paripurna": {
        "name": "Ruang Rapat Paripurna",
        "building": "Gedung DPRD Kabupaten Probolinggo",
        "city": "Kraksaan, Kabupaten Probolinggo",
    },
    "ruang-komisi": {
        "name": "Ruang Rapat Komisi",
        "building": "Gedung DPRD Kabupaten Probolinggo",
        "city": "Kraksaan, Kabupaten Probolinggo",
    },
    "diskominfos-bali": {
        "name": "Ruang Rapat Diskominfos Provinsi Bali (contoh)",
        "building": "Kantor Dinas Komunikasi, Informatika dan Statistik Provinsi Bali",
        "city": "Denpasar, Bali",
        "time_zone": TimeZone.WITA,
    },
}

LEGISLATION = {
    "rpjmd": {
        "kind": LegislationKind.RPJMD,
        "title": "Raperda tentang RPJMD Kabupaten Probolinggo Tahun 2025–2029",
        "year": 2025,
        "stage": LegislationStage.FIRST_LEVEL,
    },
    "propemperda": {
        "kind": LegislationKind.PROPEMPERDA,
        "title": "Program Pembentukan Peraturan Daerah (Propemperda) Tahun 2027",
        "year": 2027,
        "stage": LegislationStage.PLANNED,
    },
    "ketenagakerjaan": {
        "kind": LegislationKind.RAPERDA,
        "title": "Raperda tentang Penyelenggaraan Ketenagakerjaan (contoh)",
        "year": 2026,
        "stage": LegislationStage.SUBMITTED,
    },
}


def load_venues() -> dict[str, Venue]:
    return {
        slug: Venue.objects.update_or_create(slug=slug, defaults=fields)[0]
        for slug, fields in VENUES.items()
    }


def load_legislation() -> dict[str, Legislation]:
    return {
        slug: Legislation.objects.update_or_create(slug=slug, defaults=fields)[0]
        for slug, fields in LEGISLATION.items()
    }
