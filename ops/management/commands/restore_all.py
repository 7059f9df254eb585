"""`manage.py restore_all backup.tar.gz [--replace]`: load a backup made by dump_all."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from ops.backup import RestoreRefused, backup_restore


class Command(BaseCommand):
    help = (
        "Restore a backup made by dump_all into a migrated database. --replace deletes what "
        "the database holds first (in the same transaction as the load)."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", type=Path)
        parser.add_argument("--replace", action="store_true")

    def handle(self, *args, path, replace, **options):
        if not path.is_file():
            raise CommandError(f"No backup at {path}.")
        try:
            report = backup_restore(path=path, replace=replace)
        except RestoreRefused:
            raise CommandError(
                "The database already holds data (use --replace to delete it first), "
                "or the file is not a backup made by dump_all."
            ) from None
        self.stdout.write(f"Restored {path} ({report['files']} uploaded files).")
