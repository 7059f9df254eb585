import datetime
import json
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from extraction.selectors import draft_for_text
from extraction.services import published_from_name, require_report_text


def iso_date(value: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(value)
    except ValueError as error:
        raise CommandError(_("Give the date as YYYY-MM-DD, e.g. 2025-02-28.")) from error


class Command(BaseCommand):
    help = (
        "Print the meeting draft read from a press release or news report, as JSON. "
        "Without --published, a YYYY-MM-DD date in the file name is used."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument("--published", type=iso_date, help="Publication date, YYYY-MM-DD.")

    def handle(self, *args, file: Path, published, **options):
        try:
            text = require_report_text(file.read_text(encoding="utf-8"))
        except OSError as error:
            raise CommandError(_("Cannot read %(path)s.") % {"path": file}) from error
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from error
        draft = draft_for_text(text=text, published=published or published_from_name(file.name))
        self.stdout.write(json.dumps(draft, ensure_ascii=False, indent=2))
