from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from extraction.evaluation import CORPUS_DIR, demo_directory_snapshot, evaluate, load_corpus
from extraction.selectors import directory_snapshot

# Every field must reach these on the corpus; see extraction/corpus/README.md.
MIN_PRECISION = 0.9
MIN_RECALL = 0.9


class Command(BaseCommand):
    help = (
        "Score the meeting extractor on the corpus: precision and recall per field. Exits "
        f"non-zero when a field falls below --min-precision ({MIN_PRECISION}) or --min-recall "
        f"({MIN_RECALL}). Uses the demo directory (loaded and rolled back) unless "
        "--database-directory is given."
    )

    def add_arguments(self, parser):
        parser.add_argument("--corpus", type=Path, default=CORPUS_DIR)
        parser.add_argument("--min-precision", type=float, default=MIN_PRECISION)
        parser.add_argument("--min-recall", type=float, default=MIN_RECALL)
        parser.add_argument("--database-directory", action="store_true")

    def handle(self, *args, corpus, min_precision, min_recall, database_directory, **options):
        cases = load_corpus(corpus)
        if not cases:
            raise CommandError(_("No reports in %(path)s.") % {"path": corpus})
        directory = directory_snapshot() if database_directory else demo_directory_snapshot()
        scores = evaluate(cases=cases, directory=directory)
        self.stdout.write(f"{len(cases)} reports, {corpus}")
        self.stdout.write(f"{'field':<18} {'precision':>9} {'recall':>7}  right/found/expected")
        failing = []
        for name, score in scores.items():
            self.stdout.write(
                f"{name:<18} {score.precision:>9.2f} {score.recall:>7.2f}  "
                f"{score.correct}/{score.extracted}/{score.expected}"
            )
            if score.precision < min_precision or score.recall < min_recall:
                failing.append(name)
            if options["verbosity"] > 1:
                for miss in score.misses:
                    self.stdout.write(f"    {miss}")
        if failing:
            raise CommandError(
                _("Below the threshold: %(fields)s.") % {"fields": ", ".join(failing)}
            )
