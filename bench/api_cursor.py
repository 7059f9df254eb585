"""Deep pages of the API's meetings list: page numbers beside keyset (cursor) pages, one run.

    TRACKER_VAR_DIR=/tmp/scale DJANGO_SECRET_KEY=x .venv/bin/python bench/api_cursor.py [runs]

Reads the scale dataset (100,000 meetings: page 2,000 of 50 is the last). The cursor for page N
is made from the row that ends page N-1, as the `next` link of that page would carry it.
"""

import base64
import json
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")
import django  # noqa: E402

django.setup()
from django.core.serializers.json import DjangoJSONEncoder  # noqa: E402
from django.test import Client  # noqa: E402

from meetings.access import PUBLIC  # noqa: E402
from meetings.selectors import meetings_for  # noqa: E402

client = Client(HTTP_HOST="localhost")
ordered = meetings_for(PUBLIC).order_by("-start", "-pk")
total = ordered.count()


def cursor_at(offset):
    start, pk = ordered.values_list("start", "pk")[offset - 1]
    text = json.dumps([start, pk], cls=DjangoJSONEncoder)
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


urls = {}
for page in (1, 1000, 2000):
    urls[f"page={page}"] = f"/api/meetings/?page={page}"
    urls[f"cursor at page {page}"] = (
        "/api/meetings/?cursor="
        if page == 1
        else f"/api/meetings/?cursor={cursor_at((page - 1) * 50)}"
    )
times = {name: [] for name in urls}
for _ in range(int(sys.argv[1]) if len(sys.argv) > 1 else 5):
    for name, url in urls.items():
        began = time.perf_counter()
        response = client.get(url)
        assert response.status_code == 200, (url, response.content[:300])
        times[name].append((time.perf_counter() - began) * 1000)
a = client.get(urls["page=2000"]).json()["results"]
b = client.get(urls["cursor at page 2000"]).json()["results"]
print(f"{total:,} meetings; page 2000 by number and by cursor hold the same rows: {a == b}")
print("| request | median ms | min ms |")
print("|---|---|---|")
for name, values in times.items():
    print(f"| {name} | {statistics.median(values):.1f} | {min(values):.1f} |")
