"""A large, realistic and reproducible dataset for benchmarks: ten years of one DPRD's
meetings with its agencies, their agenda, participants and follow-ups with timelines.

Rows are written with bulk inserts in chunks of meetings, each chunk in one transaction, so a
run of 100,000 meetings takes minutes and memory stays flat. The audit history
(django-simple-history) is not written for these rows: they were never edited.
"""

import datetime
import random
import time
from collections.abc import Callable
from dataclasses import dataclass

from django.db import transaction

from accountability.services.rollups import rollups_rebuild
from commitments.facts import rebuild_facts
from meetings.models import Organization, Venue
from ops.scale.directory import PREFIX, directory_generate
from ops.scale.plan import meetings_plan
from ops.scale.rows import children_insert, commitments_insert, meetings_insert

CHUNK = 5000


class AlreadyGenerated(Exception):
    pass


@dataclass
class ScaleReport:
    organizations: int
    people: int
    meetings: int
    commitments: int
    seconds: float


def scale_sizes(meetings: int) -> dict[str, int]:
    """The other counts follow the meeting count: ~2,000 people and 300,000 follow-ups for
    100,000 meetings (a DPRD's ten years); at least enough for every office to have holders."""
    return {
        "people": max(120, meetings // 50),
        "legislation": max(10, meetings // 500),
        "commitments": 3 * meetings,
    }


def scale_data_generate(
    *,
    meetings: int,
    seed: int = 2025,
    today: datetime.date | None = None,
    progress: Callable[[str], None] = lambda line: None,
) -> ScaleReport:
    if Organization.objects.filter(slug=f"{PREFIX}dprd").exists():
        raise AlreadyGenerated()
    began = time.perf_counter()
    today = today or datetime.date.today()
    rng = random.Random(seed)
    sizes = scale_sizes(meetings)
    with transaction.atomic():
        directory = directory_generate(
            rng=rng, people=sizes["people"], legislation=sizes["legislation"]
        )
    zones = dict(Venue.objects.filter(pk__in=directory.venue_ids).values_list("pk", "time_zone"))
    plans = meetings_plan(
        directory=directory,
        count=meetings,
        commitments=sizes["commitments"],
        today=today,
        rng=rng,
        zones=zones,
    )
    commitments = 0
    for first in range(0, len(plans), CHUNK):
        chunk = plans[first : first + CHUNK]
        with transaction.atomic():
            rows = meetings_insert(chunk, today, rng)
            agenda_of = children_insert(chunk, rows, directory, rng)
            commitments += commitments_insert(chunk, rows, agenda_of, directory, today, rng)
        done = first + len(chunk)
        progress(
            f"{done:,} meetings, {commitments:,} follow-ups, {time.perf_counter() - began:.0f} s"
        )
    # The rows went in as raw SQL, past the signals that keep the scoreboard's facts.
    with transaction.atomic():
        rebuild_facts()
    progress(f"scoreboard facts kept, {time.perf_counter() - began:.0f} s")
    rollups_rebuild()
    progress(f"scoreboard rollups built, {time.perf_counter() - began:.0f} s")
    return ScaleReport(
        organizations=1
        + sum(len(b) for b in directory.bodies.values())
        + 6
        + len(directory.agencies),
        people=sizes["people"],
        meetings=len(plans),
        commitments=commitments,
        seconds=time.perf_counter() - began,
    )
