"""The scoreboard at scale: kept figures beside the computation from scratch, in one run.

    TRACKER_VAR_DIR=/tmp/scale DJANGO_SECRET_KEY=x .venv/bin/python bench/scoreboard.py \
        [--repeat 5] [--scratch-repeat 1]

Reads the scale dataset (manage.py generate_scale_data). Measures, in process:
  - GET /scoreboard/ as the public, no filter (the whole page: queries, charts, template);
  - the selector alone (accountability.selectors.scoreboard.scoreboard);
  - the same figures from scratch (accountability.selectors.recount, the previous code path),
    and checks that both give the same figures.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def timed(function, repeat: int) -> list[float]:
    found = []
    for _ in range(repeat):
        began = time.perf_counter()
        function()
        found.append((time.perf_counter() - began) * 1000)
    return found


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--scratch-repeat", type=int, default=1)
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")
    import django

    django.setup()
    from django.db import connection
    from django.test import Client

    from accountability.periods import Period
    from accountability.selectors.recount import scoreboard_from_scratch
    from accountability.selectors.scoreboard import scoreboard
    from meetings.access import PUBLIC

    client = Client()

    def page():
        response = client.get("/scoreboard/", HTTP_ACCEPT_LANGUAGE="id", HTTP_HOST="localhost")
        assert response.status_code == 200, response.status_code

    page()
    kept = scoreboard(actor=PUBLIC, period=Period())
    scratch = scoreboard_from_scratch(actor=PUBLIC, period=Period())
    same = (
        kept.totals == scratch.totals
        and kept.agencies == scratch.agencies
        and kept.bodies == scratch.bodies
        and kept.quarters == scratch.quarters
    )
    rows = {
        "page /scoreboard/ (kept figures)": timed(page, args.repeat),
        "selector, kept figures": timed(
            lambda: scoreboard(actor=PUBLIC, period=Period()), args.repeat
        ),
        "selector, from scratch (previous code)": timed(
            lambda: scoreboard_from_scratch(actor=PUBLIC, period=Period()), args.scratch_repeat
        ),
    }
    print(f"kept figures equal those from scratch: {same}")
    print(f"vendor: {connection.vendor}; made {kept.totals.made:,} follow-ups")
    print("| what | median ms | min ms | runs |")
    print("|---|---|---|---|")
    for name, values in rows.items():
        print(f"| {name} | {statistics.median(values):.0f} | {min(values):.0f} | {len(values)} |")


if __name__ == "__main__":
    main()
