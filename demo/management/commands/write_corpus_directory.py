import json

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils.translation import gettext as _

from demo.directory import load_directory
from demo.venues import load_legislation, load_venues
from extraction.corpus_directory import DIRECTORY_FILE, directory_as_data
from extraction.selectors import directory_snapshot
from meetings.models import Organization


class Command(BaseCommand):
    help = (
        "Write extraction/corpus/directory.json, the directory the extractor's corpus is scored "
        "against, from the demo directory, venues and legislation (loaded in a transaction that "
        "is rolled back). Needs a database without organizations."
    )

    def handle(self, *args, **options):
        if Organization.objects.exists():
            raise CommandError(
                _("The database already holds organizations; run this on an empty database.")
            )
        with transaction.atomic():
            load_directory()
            load_venues()
            load_legislation()
            data = directory_as_data(directory_snapshot())
            transaction.set_rollback(True)
        text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
        DIRECTORY_FILE.write_text(text, encoding="utf-8")
        self.stdout.write(f"{DIRECTORY_FILE}: {len(data['organizations'])} organizations")
