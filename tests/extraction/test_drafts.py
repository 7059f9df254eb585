"""The directory snapshot, stored drafts, the import and print commands."""

import datetime
import json
import shutil

import pytest
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command

from extraction.evaluation import CORPUS_DIR
from extraction.models import MeetingDraft, ReviewStatus
from extraction.selectors import directory_snapshot
from extraction.services import (
    meeting_draft_create,
    meeting_draft_review,
    meeting_drafts_import,
    published_from_name,
)
from tests.factories import AgencyFactory, DprdFactory, MeetingFactory

pytestmark = pytest.mark.django_db
EXAMPLE = "01-wartabromo-2025-02-28-komisi1-diskominfo.txt"


def test_snapshot_gives_agencies_the_region_of_the_only_dprd(django_assert_num_queries):
    DprdFactory(name="DPRD Kabupaten Contoh")
    agency = AgencyFactory()
    with django_assert_num_queries(5):
        snapshot = directory_snapshot()
    assert snapshot.by_id[agency.pk].region == "kabupaten contoh"


def test_snapshot_leaves_agencies_without_region_when_several_dprds():
    DprdFactory(name="DPRD Kabupaten Contoh")
    DprdFactory(name="DPRD Kota Contoh", slug="dprd-kota-contoh")
    agency = AgencyFactory()
    assert directory_snapshot().by_id[agency.pk].region == ""


def test_draft_is_stored_once_per_text(example_text):
    draft, created = meeting_draft_create(
        text=example_text, published=datetime.date(2025, 2, 28), source_name="example"
    )
    assert created and draft.is_meeting and draft.draft["date"] == "2025-02-26"
    assert draft.review_status == ReviewStatus.PENDING
    again, created = meeting_draft_create(text=example_text + "\n\n", published=None)
    assert (again.pk, created) == (draft.pk, False)


def test_empty_text_is_refused_by_field():
    with pytest.raises(ValidationError) as error:
        meeting_draft_create(text="  \n")
    assert "text" in error.value.message_dict


def test_review_links_only_accepted_drafts_to_a_meeting(example_text):
    draft, _ = meeting_draft_create(text=example_text)
    meeting = MeetingFactory()
    with pytest.raises(ValidationError):
        meeting_draft_review(draft=draft, status=ReviewStatus.REJECTED, meeting=meeting)
    meeting_draft_review(draft=draft, status=ReviewStatus.ACCEPTED, meeting=meeting)
    draft.refresh_from_db()
    assert (draft.review_status, draft.meeting) == (ReviewStatus.ACCEPTED, meeting)


def test_publication_date_from_file_name():
    assert published_from_name(EXAMPLE) == datetime.date(2025, 2, 28)
    assert published_from_name("laporan.txt") is None
    assert published_from_name("x-2025-02-30.txt") is None


def test_import_folder_is_idempotent_and_reports_failures(tmp_path, capsys):
    for path in sorted(CORPUS_DIR.glob("*.txt"))[:3]:
        shutil.copy(path, tmp_path / path.name)
    (tmp_path / "kosong.txt").write_text("   ")
    with pytest.raises(CommandError):
        call_command("import_meeting_drafts", str(tmp_path))
    assert MeetingDraft.objects.count() == 3
    assert MeetingDraft.objects.get(source_name=EXAMPLE).published_on == datetime.date(2025, 2, 28)
    (tmp_path / "kosong.txt").unlink()
    result = meeting_drafts_import(folder=tmp_path)
    assert (len(result.created), len(result.unchanged), result.failed) == (0, 3, {})


def test_import_needs_a_folder(tmp_path):
    with pytest.raises(CommandError):
        call_command("import_meeting_drafts", str(tmp_path / "missing"))


def test_extract_meeting_prints_the_draft_as_json(tmp_path, capsys):
    path = tmp_path / "laporan.txt"
    path.write_text((CORPUS_DIR / "12-raker-komisi1-pekan-depan.txt").read_text())
    call_command("extract_meeting", str(path), published=datetime.date(2025, 9, 5))
    draft = json.loads(capsys.readouterr().out)
    for key in ("is_meeting", "date", "time", "status", "dprd", "bodies", "kind", "venue"):
        assert key in draft
    for key in ("opds", "opds_mentioned", "people", "topics", "commitments"):
        assert isinstance(draft[key], list)
    assert (draft["date"], draft["status"], draft["kind"]) == (
        "2025-09-09",
        "planned",
        "rapat_kerja",
    )
    assert {o["name"] for o in draft["opds"]} == {"Satpol PP", "Bakesbangpol"}
    assert all({"name", "title", "side"} <= set(p) for p in draft["people"])


def test_extract_meeting_refuses_a_bad_date(tmp_path):
    path = tmp_path / "laporan.txt"
    path.write_text("teks")
    with pytest.raises(CommandError):
        call_command("extract_meeting", str(path), "--published", "28/02/2025")
