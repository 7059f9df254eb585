"""Every uploaded file through a checked view: documents by their public flag and the meeting's
openness, evidence by those who handle the follow-up, recaps by their owners; never /media/."""

from urllib.parse import quote

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from accountability.models import Recap, RecapStatus
from audit.models import AuditEvent, EventKind
from commitments.services import commitment_report_progress
from files.urls_for import document_file_url, evidence_file_url, recap_file_url
from meetings.models import Document, DocumentKind
from tests.workspace.fixtures_roles import build_world

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture
def world():
    return build_world()


def document(meeting, title, *, is_public, name="notulen.pdf"):
    doc = Document(meeting=meeting, kind=DocumentKind.MINUTES, title=title, is_public=is_public)
    doc.file.save(name, ContentFile(PDF), save=True)
    return doc


@pytest.fixture
def documents(world):
    return {
        "open_public": document(world.meeting, "Notulen terbuka", is_public=True),
        "open_hidden": document(world.meeting, "Notulen internal", is_public=False),
        "closed_public": document(world.other_meeting, "Notulen RAHASIA", is_public=True),
    }


def body(response) -> bytes:
    return b"".join(response.streaming_content)


def audited() -> list[tuple[str, int]]:
    return [
        (e.detail["file"], e.detail["id"]) for e in AuditEvent.objects.filter(kind=EventKind.FILE)
    ]


# Which reader gets which document: the meeting page's rule.
READS = {
    None: {"open_public"},
    "agency_user": {"open_public", "open_hidden"},  # invited to the open meeting
    "other_agency_user": {"open_public", "closed_public"},  # invited to the closed one
    "body_user": {"open_public", "open_hidden"},
    "clerk": {"open_public", "open_hidden", "closed_public"},
}


@pytest.mark.parametrize("reader", list(READS))
def test_documents_go_to_readers_of_the_meeting_page_only(client, world, documents, reader):
    if reader:
        client.force_login(getattr(world, reader))
    for key, doc in documents.items():
        response = client.get(document_file_url(doc))
        if key in READS[reader]:
            assert response.status_code == 200, key
            assert body(response) == PDF
            assert response["Content-Type"] == "application/pdf"
        else:
            assert response.status_code == 404, key
    # Only the non-public files that were actually served are in the audit log.
    expected = sorted(
        ("document", documents[key].pk) for key in READS[reader] if key != "open_public"
    )
    assert sorted(audited()) == expected


def test_public_page_and_api_link_to_the_checked_view(client, world, documents):
    page = client.get(reverse("public:meeting", args=[world.meeting.pk])).content.decode()
    assert document_file_url(documents["open_public"]) in page
    assert document_file_url(documents["open_hidden"]) not in page
    assert "/media/" not in page
    api = client.get(f"/api/meetings/{world.meeting.pk}/").json()
    links = [d["link"] for d in api["documents"]]
    assert links == ["http://testserver" + document_file_url(documents["open_public"])]
    closed = client.get(f"/api/meetings/{world.other_meeting.pk}/").json()
    assert not closed.get("documents")

    client.force_login(world.agency_user)
    page = client.get(reverse("public:meeting", args=[world.meeting.pk])).content.decode()
    assert document_file_url(documents["open_hidden"]) in page
    api = client.get(f"/api/meetings/{world.meeting.pk}/").json()
    assert "http://testserver" + document_file_url(documents["open_hidden"]) in [
        d["link"] for d in api["documents"]
    ]


def test_old_media_paths_and_wrong_names_are_not_served(client, world, documents):
    client.force_login(world.clerk)
    for doc in documents.values():
        assert client.get("/media/" + doc.file.name).status_code == 404
    doc = documents["open_public"]
    assert client.get(reverse("files:document", args=[doc.pk, "lain.pdf"])).status_code == 404
    assert client.get(reverse("files:document", args=[999999, "notulen.pdf"])).status_code == 404


@pytest.fixture
def evidence(world):
    update = commitment_report_progress(
        commitment=world.commitment,
        author=world.agency_user,
        text="Rapat koordinasi",
        progress=30,
        evidence_file=SimpleUploadedFile("bukti.pdf", PDF, content_type="application/pdf"),
    )
    return update


@pytest.mark.parametrize(
    ("reader", "allowed"),
    [
        (None, False),
        ("other_agency_user", False),
        ("other_body_user", False),
        ("agency_user", True),
        ("body_user", True),
        ("clerk", True),
    ],
)
def test_evidence_goes_to_those_who_handle_the_follow_up(client, world, evidence, reader, allowed):
    if reader:
        client.force_login(getattr(world, reader))
    url = evidence_file_url(evidence)
    response = client.get(url)
    assert response.status_code == (200 if allowed else 404)
    timeline = client.get(f"/api/commitments/{world.commitment.pk}/").json()["timeline"]
    links = [entry["evidence_file"] for entry in timeline if entry["evidence_file"]]
    assert links == (["http://testserver" + url] if allowed else [])
    if allowed:
        assert body(response) == PDF
        assert audited() == [("evidence", evidence.pk)]
        assert response["Cache-Control"] == "private, no-store"
    else:
        assert audited() == []
    assert client.get("/media/" + evidence.evidence_file.name).status_code == 404


def test_recap_files_go_to_their_owners_only(client, world):
    recap = Recap.objects.create(
        organization=world.agency,
        period_start="2025-01-01",
        period_end="2025-06-30",
        status=RecapStatus.READY,
    )
    recap.spreadsheet.save("rekap.csv", ContentFile(b"a;b\n"), save=True)
    url = recap_file_url(recap, recap.spreadsheet)
    assert url == f"/files/recaps/{recap.pk}/rekap.csv"
    assert client.get(url).status_code == 404
    assert client.get(recap.spreadsheet.url).status_code == 404
    for reader in ("other_agency_user", "other_body_user", "body_user"):
        client.force_login(getattr(world, reader))
        assert client.get(url).status_code == 404, reader
    client.force_login(world.agency_user)
    assert client.get(recap.spreadsheet.url)["Location"] == url
    response = client.get(url)
    assert response.status_code == 200 and body(response) == b"a;b\n"
    assert response["Content-Disposition"].startswith("attachment")
    assert AuditEvent.objects.filter(kind=EventKind.EXPORT, user=world.agency_user).count() == 1
    assert client.get("/media/" + recap.spreadsheet.name).status_code == 404


def test_x_accel_redirect_mode_hands_the_file_to_nginx(client, world, settings):
    settings.PROTECTED_FILES_X_ACCEL_PREFIX = "/_protected/"
    doc = document(world.meeting, "Notulen", is_public=False, name="notulen rapat 1.pdf")
    client.force_login(world.clerk)
    response = client.get(document_file_url(doc))
    assert response.status_code == 200
    assert response["X-Accel-Redirect"] == "/_protected/" + quote(doc.file.name)
    assert " " not in response["X-Accel-Redirect"]
    assert response.content == b""
    assert response["Content-Type"] == "application/pdf"
    assert "notulen" in response["Content-Disposition"]
    assert audited() == [("document", doc.pk)]
    # Refusals stay refusals: no header for a reader who may not have the file.
    client.logout()
    refused = client.get(document_file_url(doc))
    assert refused.status_code == 404 and "X-Accel-Redirect" not in refused


def test_a_stored_files_url_leads_to_its_checked_view(client, world, documents, evidence):
    hidden = documents["open_hidden"]
    assert hidden.file.url == f"/files/stored/{hidden.file.name}"
    assert client.get(hidden.file.url).status_code == 404  # anonymous: as if it did not exist
    assert client.get(evidence.evidence_file.url).status_code == 404
    assert client.get("/files/stored/meetings/1/tidak-ada.pdf").status_code == 404
    public = documents["open_public"]
    assert client.get(public.file.url)["Location"] == document_file_url(public)
    client.force_login(world.clerk)
    assert client.get(hidden.file.url)["Location"] == document_file_url(hidden)
    assert client.get(evidence.evidence_file.url)["Location"] == evidence_file_url(evidence)
    assert audited() == []  # the redirect serves nothing; the target audits
    # The admin's links use it too.
    world.clerk.is_staff = world.clerk.is_superuser = True
    world.clerk.save()
    page = client.get(f"/admin/meetings/meeting/{world.meeting.pk}/change/").content.decode()
    assert hidden.file.url in page and "/media/" not in page
