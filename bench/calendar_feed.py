"""How long the public calendar feed takes to build for 10,000 meetings.

    .venv/bin/python bench/calendar_feed.py [--meetings 10000] [--runs 3]

Uses a throwaway SQLite database in a temporary folder; prints the time of each request for
`/calendar.ics` over a window holding every meeting (a quarter of them closed, a tenth cancelled,
in WIB, WITA and WIT, each with two agenda items).
"""

import argparse
import datetime
import os
import sys
import tempfile
import time
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ["TRACKER_VAR_DIR"] = tempfile.mkdtemp(prefix="calendar-bench-")
os.environ.setdefault("DJANGO_SECRET_KEY", "bench-only")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")
os.environ["DATABASE_URL"] = ""

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402
from django.utils import timezone  # noqa: E402

from meetings.models import (  # noqa: E402
    AgendaItem,
    Meeting,
    MeetingKind,
    MeetingStatus,
    Openness,
    Organization,
    OrganizationKind,
    Venue,
)

ZONES = ["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"]


def populate(count: int, first_day: datetime.date) -> None:
    dprd = Organization.objects.create(kind=OrganizationKind.DPRD, name="DPRD Contoh", slug="dprd")
    bodies = [
        Organization.objects.create(
            kind=OrganizationKind.KOMISI, parent=dprd, name=f"Komisi {n}", slug=f"komisi-{n}"
        )
        for n in range(1, 5)
    ]
    venues = [
        Venue.objects.create(
            name=f"Ruang {zone}", address="Jl. Contoh 1", city="Kota", slug=f"v{n}", time_zone=zone
        )
        for n, zone in enumerate(ZONES)
    ]
    meetings = []
    for n in range(count):
        start = datetime.datetime.combine(
            first_day + datetime.timedelta(days=n % 700),
            datetime.time(8 + n % 8),
            ZoneInfo(ZONES[n % 3]),
        )
        meetings.append(
            Meeting(
                title=f"Rapat dengar pendapat {n}",
                kind=MeetingKind.RDP,
                lead_body=bodies[n % 4],
                venue=venues[n % 3],
                start=start,
                end=start + datetime.timedelta(hours=2),
                openness=Openness.CLOSED if n % 4 == 0 else Openness.OPEN,
                status=MeetingStatus.CANCELLED if n % 10 == 0 else MeetingStatus.SCHEDULED,
            )
        )
    Meeting.objects.bulk_create(meetings, batch_size=1000)
    AgendaItem.objects.bulk_create(
        (
            AgendaItem(meeting=meeting, order=order, title=f"Mata acara {order}")
            for meeting in Meeting.objects.only("pk")
            for order in (1, 2)
        ),
        batch_size=2000,
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--meetings", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    call_command("migrate", verbosity=0)
    first_day = timezone.localdate() - datetime.timedelta(days=30)
    populate(args.meetings, first_day)
    setup_test_environment()
    client = Client()
    last_day = first_day + datetime.timedelta(days=720)
    url = f"/calendar.ics?from={first_day}&to={last_day}"
    for run in range(1, args.runs + 1):
        began = time.perf_counter()
        response = client.get(url)
        seconds = time.perf_counter() - began
        events = response.content.count(b"BEGIN:VEVENT")
        print(
            f"run {run}: {seconds:.2f} s, {events} events, "
            f"{len(response.content) / 1e6:.1f} MB, HTTP {response.status_code}"
        )


if __name__ == "__main__":
    main()
