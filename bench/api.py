"""In-process benchmarks on the scale dataset, each against its baseline in the same run.

    .venv/bin/python bench/api.py --var-dir /tmp/scale   # a folder holding a generated dataset
    .venv/bin/python bench/api.py --meetings 100000      # generate one first (about 2 minutes)
    ... --write docs/benchmarks.md                       # also write the report

Measures, through Django's test client (the whole middleware stack, no network):
  - the API's meetings list (50 per page, nested) and a commitments filter, against a floor
    view returning the same rows through .values() and orjson (bench/floor.py);
  - /calendar.ics over a window of about 10,000 events against django-ical's feed over the
    same rows (bench/ical_baseline.py), and the 304 answer to a conditional request;
  - the public pages: median time and query count.
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def setup(var_dir: str | None, meetings: int) -> None:
    os.environ["TRACKER_VAR_DIR"] = var_dir or tempfile.mkdtemp(prefix="api-bench-")
    os.environ.setdefault("DJANGO_SECRET_KEY", "bench-only")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")
    os.environ["DATABASE_URL"] = os.environ.get("BENCH_DATABASE_URL", "")
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command

    settings.ROOT_URLCONF = "bench.urls"
    settings.ALLOWED_HOSTS = ["*"]
    call_command("migrate", verbosity=0)
    from meetings.models import Meeting

    if not Meeting.objects.exists():
        call_command("generate_scale_data", meetings=meetings)


def timed(client, url: str, runs: int, **headers) -> dict:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(url, **headers)  # warm-up: imports, caches, the database's page cache
    seconds, queries, status = [], 0, None
    for _ in range(runs):
        with CaptureQueriesContext(connection) as captured:
            began = time.perf_counter()
            response = client.get(url, **headers)
            seconds.append(time.perf_counter() - began)
        queries, status = len(captured), response.status_code
    seconds.sort()
    return {
        "median_ms": statistics.median(seconds) * 1000,
        "p95_ms": seconds[min(len(seconds) - 1, int(len(seconds) * 0.95))] * 1000,
        "queries": queries,
        "status": status,
        "bytes": len(response.content),
        "events": response.content.count(b"BEGIN:VEVENT"),
    }


def scenarios(runs: int) -> list[tuple[str, str, str, dict]]:
    """(name, url, baseline url, headers) in the order of the report."""
    import datetime

    from django.utils import timezone

    from meetings.models import Meeting, Organization

    today = timezone.localdate()
    window = f"from={today - datetime.timedelta(days=365)}&to={today}"
    agency = Organization.objects.filter(kind="opd").order_by("pk").first()
    meeting = Meeting.objects.filter(openness="open", status="held").order_by("-start").first()
    return [
        ("API meetings list, page 1", "/api/meetings/", "/bench-floor/meetings/", {}),
        (
            "API meetings list, page 200",
            "/api/meetings/?page=200",
            "/bench-floor/meetings/?page=200",
            {},
        ),
        (
            "API commitments filter (agency + status)",
            f"/api/commitments/?owner={agency.slug}&status=in_progress",
            f"/bench-floor/commitments/?owner={agency.slug}&status=in_progress",
            {},
        ),
        (
            "/calendar.ics, one year",
            f"/calendar.ics?{window}",
            f"/bench-floor/django-ical.ics?{window}",
            {},
        ),
        ("page: home", "/", "", {}),
        ("page: calendar month", "/calendar/", "", {}),
        ("page: meeting", f"/meetings/{meeting.pk}/", "", {}),
        ("page: agency", f"/agencies/{agency.slug}/", "", {}),
    ]


def run(runs: int) -> list[dict]:
    from django.test import Client

    client = Client()
    rows = []
    for name, url, baseline, headers in scenarios(runs):
        feed = url.startswith("/calendar.ics")
        ours = timed(client, url, 3 if feed else runs, **headers)
        row = {"name": name, "url": url, "ours": ours}
        if baseline:
            row["baseline"] = timed(client, baseline, 3 if feed else runs)
        if feed:
            etag = client.get(url)["ETag"]
            row["not_modified"] = timed(client, url, runs, HTTP_IF_NONE_MATCH=etag)
        rows.append(row)
        print(format_row(row), flush=True)
    return rows


def format_row(row: dict) -> str:
    ours, base = row["ours"], row.get("baseline")
    text = f"{row['name']}: {ours['median_ms']:.1f} ms median, {ours['p95_ms']:.1f} ms p95, "
    text += f"{ours['queries']} queries, HTTP {ours['status']}"
    if base:
        text += (
            f" | baseline {base['median_ms']:.1f} ms median, {base['queries']} queries"
            f" | ratio {ours['median_ms'] / base['median_ms']:.2f}"
        )
    if "not_modified" in row:
        nm = row["not_modified"]
        text += f" | {ours['events']} events; 304 in {nm['median_ms']:.1f} ms (HTTP {nm['status']})"
    return text


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--var-dir", default=None)
    parser.add_argument("--meetings", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--write", type=Path, default=None)
    options = parser.parse_args()
    setup(options.var_dir, options.meetings)
    rows = run(options.runs)
    if options.write:
        from bench.report import report_write

        report_write(options.write, rows, " ".join(sys.argv))


if __name__ == "__main__":
    main()
