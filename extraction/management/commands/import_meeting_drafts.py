from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from extraction.services import meeting_drafts_import


class Command(BaseCommand):
    help = (
        "Store a draft for review of every *.txt report in a folder (publication date from a "
        "YYYY-MM-DD in the file name). Importing the same folder again adds nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("folder", type=Path)

    def handle(self, *args, folder: Path, **options):
        try:
            result = meeting_drafts_import(folder=folder)
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from error
        for name, reason in result.failed.items():
            self.stderr.write(f"{name}: {reason}")
        self.stdout.write(
            _("%(created)d new drafts, %(unchanged)d already imported, %(failed)d failed.")
            % {
                "created": len(result.created),
                "unchanged": len(result.unchanged),
                "failed": len(result.failed),
            }
        )
        if result.failed:
            raise CommandError(_("Some files could not be imported."))
