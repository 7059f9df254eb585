"""How long the public calendar feed takes to build for 10,000 meetings.

    .venv/bin/python bench/calendar_feed.py [--meetings 10000] [--runs 3]
    .venv/bin/python bench/calendar_feed.py --var-dir /tmp/scale-100k --runs 5
    .venv/bin/python bench/calendar_feed.py --var-dir /tmp/scale-pg --runs 5 \
        --database-url postgres://postgres@127.0.0.1:5432/tracker_scale


Uses a throwaway SQLite database in a temporary folder; prints the time of each request for
`/calendar.ics` over a window holding every meeting (a quarter of them closed, a tenth cancelled,
in WIB, WITA and WIT, each with two agenda items): a cold build (cache cleared before each),
then a repeat served from the cache, then the 304 answer to `If-None-Match`.
"""

import argparse
import datetime
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
parser = argparse.ArgumentParser()
parser.add_argument("--meetings", type=int, default=10_000)
parser.add_argument("--runs", type=int, default=3)
parser.add_argument("--ical-runs", type=int, default=1, help="django-ical runs (16 s each)")
parser.add_argument("--var-dir", help="a generated scale dataset: compare with django-ical")
parser.add_argument("--database-url", default="", help="the scale dataset on PostgreSQL")
args = parser.parse_args()
os.environ["TRACKER_VAR_DIR"] = args.var_dir or tempfile.mkdtemp(prefix="calendar-bench-")
os.environ.setdefault("DJANGO_SECRET_KEY", "bench-only")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")
os.environ["DATABASE_URL"] = args.database_url

import django  # noqa: E402

django.setup()

from django.core.cache import cache  # noqa: E402
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
    call_command("migrate", verbosity=0)
    setup_test_environment()
    if args.var_dir:
        side_by_side(args.runs)
        return
    first_day = timezone.localdate() - datetime.timedelta(days=30)
    populate(args.meetings, first_day)
    client = Client()
    last_day = first_day + datetime.timedelta(days=720)
    url = f"/calendar.ics?from={first_day}&to={last_day}"
    for run in range(1, args.runs + 1):
        cache.clear()
        request(client, url, f"cold {run}")
    etag = request(client, url, "cached")["ETag"]
    request(client, url, "304", HTTP_IF_NONE_MATCH=etag)


def side_by_side(runs: int) -> None:
    """Ours (cold: cache cleared) and django-ical alternately, then cache hits and 304s."""
    from django.conf import settings

    settings.ROOT_URLCONF, settings.ALLOWED_HOSTS = "bench.urls", ["*"]
    today = timezone.localdate()
    window = f"from={today - datetime.timedelta(days=365)}&to={today}"
    ours, theirs = f"/calendar.ics?{window}", f"/bench-floor/django-ical.ics?{window}"
    client = Client()
    times = {
        "ours, cold": [],
        "ours, cold, previous code (no fragments)": [],
        "ours, one meeting changed (fragments cached)": [],
        "django-ical": [],
        "ours, cached": [],
        "ours, 304": [],
    }
    from django.db.models import F

    from meetings.models import Meeting
    from public.calendar import feed as feed_module

    with_fragments = feed_module.build_feed

    def afresh(*args, **kwargs):
        return with_fragments(*args, **kwargs, fragments=False)

    changed = Meeting.objects.filter(start__date__lte=today).order_by("-start").first()
    for run in range(runs):
        cache.clear()
        times["ours, cold"].append(timed(client, ours)[0])
        cache.clear()
        feed_module.build_feed = afresh
        times["ours, cold, previous code (no fragments)"].append(timed(client, ours)[0])
        feed_module.build_feed = with_fragments
        client.get(ours)  # every fragment cached
        Meeting.objects.filter(pk=changed.pk).update(revision=F("revision") + 1)
        times["ours, one meeting changed (fragments cached)"].append(timed(client, ours)[0])
        if run < args.ical_runs:
            times["django-ical"].append(timed(client, theirs)[0])
    etag = client.get(ours)["ETag"]
    for _ in range(runs * 4):
        times["ours, cached"].append(timed(client, ours)[0])
        seconds, response = timed(client, ours, HTTP_IF_NONE_MATCH=etag)
        assert response.status_code == 304
        times["ours, 304"].append(seconds)
    response = client.get(ours)
    print(f"{response.content.count(b'BEGIN:VEVENT')} events, {len(response.content) / 1e6:.1f} MB")
    for name, seconds in times.items():
        print(f"{name}: median {statistics.median(seconds) * 1000:.1f} ms ({len(seconds)} runs)")
    for name in ("ours, cold", "ours, one meeting changed (fragments cached)"):
        ratio = statistics.median(times[name]) / statistics.median(times["django-ical"])
        print(f"{name} / django-ical: {ratio:.2f}")


def timed(client, url: str, **headers):
    began = time.perf_counter()
    response = client.get(url, **headers)
    return time.perf_counter() - began, response


def request(client, url: str, label: str, **headers):
    began = time.perf_counter()
    response = client.get(url, **headers)
    seconds = time.perf_counter() - began
    events = response.content.count(b"BEGIN:VEVENT")
    print(
        f"{label}: {seconds:.3f} s, {events} events, "
        f"{len(response.content) / 1e6:.1f} MB, HTTP {response.status_code}"
    )
    return response


if __name__ == "__main__":
    main()
