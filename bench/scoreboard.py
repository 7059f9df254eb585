"""The scoreboard at scale: kept figures beside the computation from scratch, in one run.

    TRACKER_VAR_DIR=/tmp/scale DJANGO_SECRET_KEY=x .venv/bin/python bench/scoreboard.py \
        [--repeat 5] [--scratch-repeat 1]

Reads the scale dataset (manage.py generate_scale_data, then manage.py rebuild_rollups).
Measures, in process, the rows of one repetition taking turns:
  - GET /scoreboard/ as the public, no filter and one semester (the whole page: queries,
    charts, template), from the per-quarter rollups;
  - the same page counting every follow-up's kept facts (the previous code path: the rollups
    ignored, as if every quarter were at a period's edge);
  - the selector alone, both ways, and once from scratch (accountability.selectors.recount),
    checking that all three give the same figures.
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

    import accountability.selectors.scoreboard as board
    from accountability import rollups
    from accountability.periods import Period
    from accountability.selectors.recount import scoreboard_from_scratch
    from accountability.selectors.scoreboard import scoreboard
    from meetings.access import PUBLIC

    client = Client()

    def page(query: str = ""):
        response = client.get(
            "/scoreboard/" + query, HTTP_ACCEPT_LANGUAGE="id", HTTP_HOST="localhost"
        )
        assert response.status_code == 200, response.status_code

    def without_rollups(function):
        """The previous code path: no whole quarter, so every follow-up is counted."""

        def run():
            try:
                board.split = lambda period: rollups.Split(whole=False)
                return function()
            finally:
                board.split = rollups.split

        return run

    semester = "?start=2026-01-01&end=2026-06-30"
    page()
    kept = scoreboard(actor=PUBLIC, period=Period())
    counted = without_rollups(lambda: scoreboard(actor=PUBLIC, period=Period()))()
    scratch = scoreboard_from_scratch(actor=PUBLIC, period=Period())
    same = all(
        getattr(kept, name) == getattr(other, name)
        for other in (counted, scratch)
        for name in ("totals", "agencies", "bodies", "quarters")
    )
    statements = []
    with connection.execute_wrapper(
        lambda execute, sql, *a: statements.append(sql) or execute(sql, *a)
    ):
        scoreboard(actor=PUBLIC, period=Period())
    rows = {
        "page /scoreboard/, no filter (rollups)": lambda: page(),
        "page /scoreboard/, no filter (every follow-up counted, previous code)": without_rollups(
            page
        ),
        "page /scoreboard/, one semester (rollups)": lambda: page(semester),
        "page /scoreboard/, one semester (previous code)": without_rollups(lambda: page(semester)),
        "selector, rollups": lambda: scoreboard(actor=PUBLIC, period=Period()),
        "selector, previous code": without_rollups(
            lambda: scoreboard(actor=PUBLIC, period=Period())
        ),
    }
    timings = {name: [] for name in rows}
    for _ in range(args.repeat):
        for name, function in rows.items():
            timings[name] += timed(function, 1)
    timings["selector, from scratch (before the kept facts)"] = timed(
        lambda: scoreboard_from_scratch(actor=PUBLIC, period=Period()), args.scratch_repeat
    )
    print(f"kept figures equal those from scratch: {same}")
    print(f"vendor: {connection.vendor}; made {kept.totals.made:,} follow-ups")
    print(f"selector queries (rollups): {len(statements)}")
    print("| what | median ms | min ms | max ms | runs |")
    print("|---|---|---|---|---|")
    for name, values in timings.items():
        if not values:
            continue  # --scratch-repeat 0
        print(
            f"| {name} | {statistics.median(values):.0f} | {min(values):.0f} "
            f"| {max(values):.0f} | {len(values)} |"
        )


if __name__ == "__main__":
    main()
