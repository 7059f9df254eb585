"""`manage.py dump_all backup.tar.gz`: every table and every uploaded file in one archive."""

from pathlib import Path

from django.core.management.base import BaseCommand

from ops.backup import backup_write


class Command(BaseCommand):
    help = "Back up the whole database (portable JSON) and the uploaded files to a .tar.gz file."

    def add_arguments(self, parser):
        parser.add_argument("path", type=Path)

    def handle(self, *args, path, **options):
        report = backup_write(path=path)
        self.stdout.write(f"Backup written to {path} ({report['files']} uploaded files).")
