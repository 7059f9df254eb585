"""deploy/backup.sh and deploy/restore.sh, as operators run them on PostgreSQL: a backup
restored into a new database holds the same meeting, its document and the document's file."""

import shutil
import subprocess
import uuid
from pathlib import Path

import psycopg
import pytest
from django.core.files.base import ContentFile
from django.db import connection

from meetings.models import Document
from tests.factories import MeetingFactory

ROOT = Path(__file__).resolve().parent.parent.parent
PDF = b"%PDF-1.4 minimal"

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="pg_dump backups are for PostgreSQL (SQLite: manage.py dump_all)",
    ),
    pytest.mark.skipif(shutil.which("pg_dump") is None, reason="needs pg_dump and pg_restore"),
]


def env_file(path: Path, *, database: str, media: Path) -> Path:
    params = connection.settings_dict
    user = params["USER"] or "postgres"
    password = f":{params['PASSWORD']}" if params["PASSWORD"] else ""
    address = f"{params['HOST'] or '127.0.0.1'}:{params['PORT'] or 5432}"
    url = f"postgres://{user}{password}@{address}/{database}"
    path.write_text(
        f"DATABASE_URL={url}\nDJANGO_MEDIA_ROOT={media}\nTRACKER_APP_DIR={ROOT}\n", encoding="utf-8"
    )
    return path


def psql(database: str, sql: str):
    params = connection.settings_dict
    with psycopg.connect(
        host=params["HOST"] or "127.0.0.1",
        port=params["PORT"] or 5432,
        user=params["USER"] or "postgres",
        password=params["PASSWORD"] or None,
        dbname=database,
        autocommit=True,
    ) as conn:
        cursor = conn.execute(sql)
        return cursor.fetchall() if cursor.description else None


@pytest.fixture
def scratch_database():
    name = f"tracker_restore_{uuid.uuid4().hex[:10]}"
    psql("postgres", f'CREATE DATABASE "{name}"')
    yield name
    psql("postgres", f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


# serialized_rollback: the flush after a transactional test would drop the role groups the
# migration made, which later tests expect.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_backup_restores_into_a_new_database_with_the_files(tmp_path, settings, scratch_database):
    settings.MEDIA_ROOT = tmp_path / "media"
    meeting = MeetingFactory(title="Rapat kerja yang dicadangkan")
    document = Document(meeting=meeting, kind="minutes", title="Notulen")
    document.file.save("notulen.pdf", ContentFile(PDF))

    source = env_file(
        tmp_path / "source.env", database=connection.settings_dict["NAME"], media=tmp_path / "media"
    )
    made = subprocess.run(
        [ROOT / "deploy" / "backup.sh", source, tmp_path / "backups"],
        capture_output=True,
        text=True,
    )
    assert made.returncode == 0, made.stderr
    (backup,) = (tmp_path / "backups").iterdir()
    assert sorted(p.name for p in backup.iterdir()) == [
        "SHA256SUMS",
        "database.pgdump",
        "media.tar.gz",
    ]

    target = env_file(
        tmp_path / "target.env", database=scratch_database, media=tmp_path / "restored-media"
    )
    restored = subprocess.run(
        [ROOT / "deploy" / "restore.sh", target, backup], capture_output=True, text=True
    )
    assert restored.returncode == 0, restored.stderr
    rows = psql(
        scratch_database,
        f"select m.title, d.file from meetings_meeting m join meetings_document d"
        f" on d.meeting_id = m.id where m.id = {meeting.pk}",
    )
    assert rows == [("Rapat kerja yang dicadangkan", document.file.name)]
    assert (tmp_path / "restored-media" / document.file.name).read_bytes() == PDF

    # A database that holds tables is only overwritten when asked to.
    again = subprocess.run(
        [ROOT / "deploy" / "restore.sh", target, backup], capture_output=True, text=True
    )
    assert again.returncode != 0
    assert "--replace" in again.stderr
    replaced = subprocess.run(
        [ROOT / "deploy" / "restore.sh", "--replace", target, backup],
        capture_output=True,
        text=True,
    )
    assert replaced.returncode == 0, replaced.stderr
    assert psql(
        scratch_database, f"select count(*) from meetings_meeting where id = {meeting.pk}"
    ) == [(1,)]
