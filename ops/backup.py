"""A whole-site backup as one file: every table as Django's portable JSON (so a backup taken on
SQLite restores on PostgreSQL and back) plus the uploaded files, in a .tar.gz.

Content types and permissions are left out: migrations recreate them, and references to them
are written by natural key, so ids that differ between databases do not matter.
"""

import io
import shutil
import tarfile
import tempfile
from pathlib import Path

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db import transaction

from audit.services import audit_paused

EXCLUDED = ["contenttypes", "auth.permission", "sessions"]
DATA_NAME = "data.json"
MEDIA_NAME = "media"


class RestoreRefused(Exception):
    pass


def backup_write(*, path: Path) -> dict[str, int]:
    """Write the backup to `path`; returns how many objects and files it holds."""
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder) / DATA_NAME
        call_command(
            "dumpdata", exclude=EXCLUDED, natural_foreign=True, output=str(data), verbosity=0
        )
        media = Path(settings.MEDIA_ROOT)
        files = [p for p in media.rglob("*") if p.is_file()] if media.is_dir() else []
        with tarfile.open(path, "w:gz") as archive:
            archive.add(data, arcname=DATA_NAME)
            for file in files:
                archive.add(file, arcname=f"{MEDIA_NAME}/{file.relative_to(media)}")
    return {"files": len(files)}


def _has_content() -> bool:
    from django.contrib.auth.models import User

    from meetings.models import Meeting, Organization

    return any(m.objects.exists() for m in (User, Meeting, Organization))


def backup_restore(*, path: Path, replace: bool = False) -> dict[str, int]:
    """Load a backup into this database. A database that already holds data is only replaced
    when asked to, and then in one transaction: a failed restore leaves it as it was."""
    if _has_content() and not replace:
        raise RestoreRefused()
    with tempfile.TemporaryDirectory() as folder, tarfile.open(path, "r:gz") as archive:
        # The "data" filter refuses absolute paths, links out of the folder and device files.
        archive.extractall(folder, filter="data")
        data = Path(folder) / DATA_NAME
        if not data.is_file():
            raise RestoreRefused()
        with transaction.atomic():
            if replace:
                call_command("flush", interactive=False, verbosity=0)
            out = io.StringIO()
            with audit_paused():
                # Migrations make the role groups on every database; the backup brings its own
                # (with their ids, which accounts refer to), so the fresh ones make way.
                Group.objects.all().delete()
                call_command("loaddata", str(data), verbosity=1, stdout=out)
        media = Path(folder) / MEDIA_NAME
        copied = 0
        if media.is_dir():
            shutil.copytree(media, settings.MEDIA_ROOT, dirs_exist_ok=True)
            copied = sum(1 for p in media.rglob("*") if p.is_file())
    return {"files": copied}
