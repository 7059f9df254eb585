"""In-process benchmarks on the scale dataset, each against its baseline in the same run.

    .venv/bin/python bench/api.py --var-dir /tmp/scale   # a folder holding a generated dataset
    .venv/bin/python bench/api.py --meetings 100000      # generate one first (about 2 minutes)
    ... --write docs/benchmarks.md                       # also write the report
    ... --groups api                                     # only the API lists (default: api,public)
    BENCH_DATABASE_URL=postgres://... bench/api.py ...   # on PostgreSQL instead of SQLite

Measures, through Django's test client (the whole middleware stack, no network):
  - group api: the API's meetings list (50 per page, nested) and a commitments filter, against
    a floor view returning the same rows through .values() and orjson (bench/floor.py), and the
    same lists through the DRF serializers (what the API used before api.serializers.fast_*);
  - group public: /calendar.ics over a window of about 10,000 events against django-ical's feed
    over the same rows (bench/ical_baseline.py), and the 304 answer to a conditional request;
    the public pages: median time and query count.
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
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")
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


def timed(client, urls: list[str], runs: int, cold: bool = False, **headers) -> list[dict]:
    """Median and p95 of each URL. The URLs take turns within each run, so a burst of load from
    elsewhere on the machine slows all of them, not just the one measured at that moment.
    `cold`: the cache is cleared (untimed) before each request, so a cached body never counts."""
    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for url in urls:
        client.get(url, **headers)  # warm-up: imports, caches, the database's page cache
    seconds = {url: [] for url in urls}
    last = {}
    for _ in range(runs):
        for url in urls:
            if cold:
                cache.clear()
            with CaptureQueriesContext(connection) as captured:
                began = time.perf_counter()
                response = client.get(url, **headers)
                seconds[url].append(time.perf_counter() - began)
            last[url] = (len(captured), response)
    results = []
    for url in urls:
        times, (queries, response) = sorted(seconds[url]), last[url]
        results.append(
            {
                "median_ms": statistics.median(times) * 1000,
                "p95_ms": times[min(len(times) - 1, int(len(times) * 0.95))] * 1000,
                "queries": queries,
                "status": response.status_code,
                "bytes": len(response.content),
                "events": response.content.count(b"BEGIN:VEVENT"),
            }
        )
    return results


def scenarios(groups: set[str]) -> list[dict]:
    """Each measurement (group, name, url, baseline url, serializer url) in the report's order."""
    import datetime

    from django.utils import timezone

    from meetings.models import Meeting, Organization

    today = timezone.localdate()
    window = f"from={today - datetime.timedelta(days=365)}&to={today}"
    agency = Organization.objects.filter(kind="opd").order_by("pk").first()
    meeting = Meeting.objects.filter(openness="open", status="held").order_by("-start").first()
    owner = f"owner={agency.slug}&status=in_progress"
    rows = [
        ("api", "API meetings list, page 1", "meetings/", "meetings/"),
        ("api", "API meetings list, page 200", "meetings/?page=200", "meetings/?page=200"),
        ("api", "API commitments filter (agency + status)", *[f"commitments/?{owner}"] * 2),
        # No floor: it would have to repeat the overdue filter itself.
        ("api", "API commitments, overdue", "commitments/?overdue=true", ""),
        ("public", "/calendar.ics, one year, cold build", f"/calendar.ics?{window}", ""),
        ("public", "page: home", "/", ""),
        ("public", "page: calendar month", "/calendar/", ""),
        ("public", "page: meeting", f"/meetings/{meeting.pk}/", ""),
        ("public", "page: agency", f"/agencies/{agency.slug}/", ""),
    ]
    chosen = []
    for group, name, url, floor in rows:
        if group not in groups:
            continue
        item = {"group": group, "name": name, "url": url, "baseline": "", "serializer": ""}
        if group == "api":
            item["url"] = f"/api/{url}"
            item["serializer"] = f"/bench-floor/serializer/{url}"
            item["baseline"] = f"/bench-floor/{floor}" if floor else ""
        elif url.startswith("/calendar.ics"):
            item["baseline"] = f"/bench-floor/django-ical.ics?{window}"
        chosen.append(item)
    return chosen


def run(runs: int, groups: set[str]) -> list[dict]:
    from django.test import Client

    client = Client()
    rows = []
    for item in scenarios(groups):
        url, feed = item["url"], item["url"].startswith("/calendar.ics")
        keys = [key for key in ("serializer", "baseline") if item[key]]
        # The feed is measured cold (its cache cleared before each request) beside django-ical,
        # then as a repeat request served from the cache, then as a 304.
        measured = timed(client, [url, *(item[key] for key in keys)], 3 if feed else runs, feed)
        row = {"group": item["group"], "name": item["name"], "url": url, "ours": measured[0]}
        row.update(zip(keys, measured[1:], strict=True))
        if feed:
            row["cached"] = timed(client, [url], runs)[0]
            etag = client.get(url)["ETag"]
            row["not_modified"] = timed(client, [url], runs, HTTP_IF_NONE_MATCH=etag)[0]
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
    if "serializer" in row:
        text += f" | DRF serializers {row['serializer']['median_ms']:.1f} ms median"
    if "not_modified" in row:
        nm = row["not_modified"]
        text += (
            f" | {ours['events']} events; from the cache in {row['cached']['median_ms']:.1f} ms;"
            f" 304 in {nm['median_ms']:.1f} ms (HTTP {nm['status']})"
        )
    return text


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--var-dir", default=None)
    parser.add_argument("--meetings", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--write", type=Path, default=None)
    parser.add_argument("--groups", default="api,public", help="api, public or both")
    options = parser.parse_args()
    groups = set(options.groups.split(","))
    setup(options.var_dir, options.meetings)
    load_before = os.getloadavg()[0]
    rows = run(options.runs, groups)
    load = (load_before, os.getloadavg()[0])
    if options.write:
        from bench.report import report_write

        command = " ".join(["bench/api.py", *sys.argv[1:]])
        for group in sorted(groups):
            chosen = [row for row in rows if row["group"] == group]
            report_write(options.write, chosen, command, group=group, load=load)


if __name__ == "__main__":
    main()
