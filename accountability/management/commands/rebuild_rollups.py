"""`manage.py rebuild_rollups`: every per-quarter rollup from scratch (after a deploy, a raw
import or a change of definitions)."""

import datetime
import time

from django.core.management.base import BaseCommand

from accountability.services.rollups import rollups_rebuild


class Command(BaseCommand):
    help = "Rebuild the scoreboard's per-quarter rollups from the follow-ups and attendance."

    def add_arguments(self, parser):
        parser.add_argument(
            "--today",
            type=datetime.date.fromisoformat,
            default=None,
            help="Day 'overdue' is counted on (YYYY-MM-DD); default: today.",
        )

    def handle(self, *args, today, **options):
        began = time.monotonic()
        quarters = rollups_rebuild(today=today)
        self.stdout.write(f"Rebuilt {quarters} quarters in {time.monotonic() - began:.1f} s.")
