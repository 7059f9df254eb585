"""`manage.py generate_scale_data --meetings 100000`: the benchmark dataset (see ops.scale)."""

import datetime

from django.core.management.base import BaseCommand, CommandError

from ops.scale import AlreadyGenerated, scale_data_generate, scale_sizes


class Command(BaseCommand):
    help = (
        "Add a large, reproducible dataset for benchmarks: ten years of meetings of one DPRD "
        "(slugs start with skala-), with agenda, participants and 3 follow-ups per meeting."
    )

    def add_arguments(self, parser):
        parser.add_argument("--meetings", type=int, default=100_000)
        parser.add_argument("--seed", type=int, default=2025, help="Same seed, same data.")
        parser.add_argument(
            "--today",
            type=datetime.date.fromisoformat,
            default=None,
            help="Day the ten years end a year after (YYYY-MM-DD); default: today.",
        )

    def handle(self, *args, meetings, seed, today, **options):
        if meetings < 1:
            raise CommandError("--meetings must be at least 1.")
        sizes = scale_sizes(meetings)
        self.stdout.write(
            f"Generating {meetings:,} meetings, {sizes['commitments']:,} follow-ups, "
            f"{sizes['people']:,} people (seed {seed})"
        )
        try:
            report = scale_data_generate(
                meetings=meetings,
                seed=seed,
                today=today,
                progress=lambda line: self.stdout.write(f"  {line}"),
            )
        except AlreadyGenerated:
            raise CommandError("The scale dataset is already in this database.") from None
        self.stdout.write(
            self.style.SUCCESS(
                f"Done in {report.seconds:.1f} s: {report.organizations} organizations, "
                f"{report.people:,} people, {report.meetings:,} meetings, "
                f"{report.commitments:,} follow-ups."
            )
        )
