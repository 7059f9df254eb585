"""Public pages at scale through Django's test client: home, calendar month, an agency.

    TRACKER_VAR_DIR=/tmp/scale .venv/bin/python bench/pages.py [--runs 7] [--month 2026-12]

Runs each page once (`first_ms`: the process's first request, which also fills what the page
caches, e.g. the home page's counts) then `--runs` times: median and spread in milliseconds,
and the queries of one request with their time (the slowest shown), so a figure comes with
where it goes. Reads only. For a baseline, run the same script from a checkout of an earlier
commit against the same TRACKER_VAR_DIR.
"""

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")


def measure(client, url: str, runs: int) -> dict:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    started = time.perf_counter()
    assert client.get(url).status_code == 200, url
    first = (time.perf_counter() - started) * 1000
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        response = client.get(url)
        times.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    slowest = sorted(queries.captured_queries, key=lambda q: -float(q["time"]))[:3]
    return {
        "url": url,
        "first_ms": round(first, 1),
        "median_ms": round(statistics.median(times), 1),
        "min_ms": round(min(times), 1),
        "max_ms": round(max(times), 1),
        "queries": len(queries.captured_queries),
        "sql_ms": round(sum(float(q["time"]) for q in queries.captured_queries) * 1000, 1),
        "slowest": [(round(float(q["time"]) * 1000, 1), q["sql"][:300]) for q in slowest],
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--month", default="")
    parser.add_argument("--agency", default="", help="an agency's slug (default: the busiest)")
    args = parser.parse_args()
    import django

    django.setup()
    from django.conf import settings
    from django.db.models import Count
    from django.test import Client

    from meetings.models import Organization, OrganizationKind

    settings.ALLOWED_HOSTS = ["*"]
    settings.DEBUG = False
    agency = args.agency or (
        Organization.objects.filter(kind=OrganizationKind.OPD)
        .annotate(n=Count("invited_meetings"))
        .order_by("-n")
        .values_list("slug", flat=True)
        .first()
    )
    month = f"?month={args.month}" if args.month else ""
    client = Client()
    for url in ("/", f"/calendar/{month}", f"/agencies/{agency}/"):
        print(json.dumps(measure(client, url, args.runs)), flush=True)


if __name__ == "__main__":
    main()
