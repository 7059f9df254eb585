"""dump_all and restore_all: a backup restores to exactly the same records and files."""

import io

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.files.base import ContentFile
from django.core.management import CommandError, call_command

from audit.models import AuditEvent, EventKind
from commitments.models import Commitment
from meetings.models import Document, Meeting
from tests.factories import CommitmentFactory, MeetingFactory, UserFactory

PDF = b"%PDF-1.4 minimal"


def everything() -> str:
    out = io.StringIO()
    call_command(
        "dumpdata",
        exclude=["contenttypes", "auth.permission", "sessions"],
        natural_foreign=True,
        indent=1,
        stdout=out,
    )
    return out.getvalue()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_round_trip_restores_every_record_and_file(tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path / "media"
    # Keep the backed-up audit rows off pk 1, so a row the restore itself wrote (loading group
    # permissions fires the same signals as granting them) would show up as an extra record.
    AuditEvent.objects.create(kind=EventKind.LOGIN).delete()
    meeting = MeetingFactory()
    CommitmentFactory(meeting=meeting)
    document = Document(meeting=meeting, kind="minutes", title="Notulen")
    document.file.save("notulen.pdf", ContentFile(PDF))
    # The role groups exist after migrate; the backup carries them with their ids.
    group = Group.objects.get(name="Sekretariat DPRD")
    group.permissions.add(Permission.objects.get(codename="change_meeting"))
    UserFactory(username="setwan").groups.add(group)
    before = everything()
    backup = tmp_path / "backup.tar.gz"
    call_command("dump_all", str(backup), stdout=io.StringIO())

    call_command("flush", interactive=False, verbosity=0)
    (tmp_path / "media" / document.file.name).unlink()
    assert not Meeting.objects.exists()
    call_command("restore_all", str(backup), stdout=io.StringIO())

    assert everything() == before
    assert Commitment.objects.count() == 1
    assert (tmp_path / "media" / document.file.name).read_bytes() == PDF


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_restore_into_a_database_with_data_needs_replace(tmp_path):
    MeetingFactory(title="Sebelum")
    backup = tmp_path / "backup.tar.gz"
    call_command("dump_all", str(backup), stdout=io.StringIO())
    Meeting.objects.update(title="Sesudah")
    with pytest.raises(CommandError, match="--replace"):
        call_command("restore_all", str(backup), stdout=io.StringIO())
    call_command("restore_all", str(backup), replace=True, stdout=io.StringIO())
    assert list(Meeting.objects.values_list("title", flat=True)) == ["Sebelum"]


@pytest.mark.django_db
def test_a_file_that_is_not_a_backup_is_refused(tmp_path):
    with pytest.raises(CommandError):
        call_command("restore_all", str(tmp_path / "missing.tar.gz"))
