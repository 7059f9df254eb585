"""Writes through the API: whole meetings at once, state changes legal and illegal, clear
errors in both languages, and nothing half-saved."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from commitments.models import Commitment, CommitmentStatus, UpdateKind, Verification
from meetings.models import AgendaItem, Meeting, MeetingStatus, OrganizationKind, Participant
from tests.factories import BodyFactory, LegislationFactory, PersonFactory, VenueFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def setwan(client_for):
    return client_for("secretariat")


def whole_meeting(world, **changes):
    law = LegislationFactory()
    return {
        "title": "Diskusi Panel Raperda RPJMD",
        "kind": "diskusi_panel",
        "lead_body": world.komisi.pk,
        "start": "2025-02-26T09:00:00+07:00",
        "end": "2025-02-26T12:00:00+07:00",
        "venue": VenueFactory().pk,
        "invited_organizations": [world.agency.pk],
        "agenda_items": [
            {
                "title": "RPJMD",
                "legislation": law.pk,
                "legislation_role": "discussion",
                "outcomes": [{"kind": "conclusion", "text": "Digitalisasi adalah keharusan."}],
            }
        ],
        "participants": [
            {"person": PersonFactory().pk, "role": "speaker", "attendance": "present"},
            {"organization": world.agency.pk, "attendance": "present"},
        ],
        "commitments": [
            {"owner": world.agency.pk, "text": "Narasumber SPBE", "agenda_item": 0},
            {"owner": world.agency.pk, "text": "Sinergi OPD", "kind": "request"},
        ],
    } | changes


def test_create_a_whole_meeting(world, setwan):
    response = setwan.post("/api/meetings/", whole_meeting(world), format="json")
    assert response.status_code == 201, response.json()
    data = response.json()
    assert data["title"] == "Diskusi Panel Raperda RPJMD"
    assert data["start"] == "2025-02-26T09:00:00+07:00"
    assert data["agenda_items"][0]["outcomes"][0]["text"] == "Digitalisasi adalah keharusan."
    assert len(data["participants"]) == 2
    assert [c["text"] for c in data["commitments"]] == ["Narasumber SPBE", "Sinergi OPD"]
    assert data["commitments"][0]["agenda_item"] == data["agenda_items"][0]["id"]


def counts():
    return (
        Meeting.objects.count(),
        AgendaItem.objects.count(),
        Participant.objects.count(),
        Commitment.objects.count(),
    )


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"participants": [{"organization": None}]}, "participants[0]"),
        ({"participants": [{"person": 999999}]}, "participants"),
        ({"commitments": [{"owner": "x", "text": "a"}]}, "commitments"),
        ({"commitments": [{"owner": None, "text": "a"}]}, "commitments"),
        ({"end": "2025-02-26T08:00:00+07:00"}, "end"),
        ({"start": "2025-02-26T09:00:00"}, "start"),
        ({"start": "31/02/2025"}, "start"),
        ({"kind": "konser"}, "kind"),
        ({"kind": "paripurna", "openness": "closed"}, "openness"),
    ],
)
def test_a_bad_part_is_named_and_leaves_nothing(world, setwan, change, field):
    before = counts()
    response = setwan.post("/api/meetings/", whole_meeting(world, **change), format="json")
    assert response.status_code == 400, response.json()
    errors = response.json()
    assert any(key.startswith(field) for key in errors) or field in errors, errors
    assert counts() == before


def test_errors_speak_indonesian_by_default_and_english_on_request(world, setwan):
    payload = whole_meeting(world, start="2025-02-26T09:00:00")
    indonesian = setwan.post("/api/meetings/", payload, format="json").json()["start"][0]
    english = setwan.post(
        "/api/meetings/", payload, format="json", HTTP_ACCEPT_LANGUAGE="en"
    ).json()["start"][0]
    assert english == "Give the time with its UTC offset, e.g. 2025-02-26T09:00:00+07:00."
    assert indonesian != english and "2025-02-26T09:00:00+07:00" in indonesian
    end = whole_meeting(world, end="2025-02-26T08:00:00+07:00")
    assert setwan.post("/api/meetings/", end, format="json").json()["end"] == [
        "Rapat harus berakhir setelah dimulai."
    ]
    assert setwan.post("/api/meetings/", end, format="json", HTTP_ACCEPT_LANGUAGE="en").json()[
        "end"
    ] == ["The meeting must end after it starts."]


def test_meeting_state_changes(world, setwan):
    meeting = world.closed_meeting
    url = f"/api/meetings/{meeting.pk}"
    postponed = setwan.post(
        f"{url}/postpone/", {"new_start": "2030-01-07T09:00:00+07:00", "reason": "Bentrok"}
    )
    assert postponed.status_code == 201
    new = postponed.json()
    assert new["rescheduled_from"] == meeting.pk and new["status"] == "scheduled"
    assert new["end"] == "2030-01-07T11:00:00+07:00"
    old = setwan.get(f"{url}/").json()
    assert (old["status"], old["rescheduled_to"], old["revision"]) == ("postponed", new["id"], 1)
    # Illegal from here: a postponed meeting is neither cancelled, postponed, nor held again.
    for step, body in [
        ("cancel", {"reason": "x"}),
        ("mark-held", {}),
        ("postpone", {"new_start": "2030-02-01T09:00:00+07:00"}),
    ]:
        response = setwan.post(f"{url}/{step}/", body)
        assert response.status_code == 409, step
        assert "status" in response.json()
    assert setwan.post(f"{url}/approve-minutes/").status_code == 409

    other = f"/api/meetings/{world.other_closed_meeting.pk}"
    assert setwan.post(f"{other}/approve-minutes/").status_code == 409  # not held yet
    assert setwan.post(f"{other}/mark-held/").json()["status"] == MeetingStatus.HELD
    refused = setwan.post(f"{other}/approve-minutes/")  # no minutes written yet
    assert refused.status_code == 409 and "minutes_state" in refused.json()
    assert setwan.post(f"{other}/draft-minutes/").json()["minutes_state"] == "draft"
    assert setwan.post(f"{other}/approve-minutes/").json()["minutes_state"] == "approved"
    assert setwan.post(f"{other}/approve-minutes/").status_code == 409
    assert setwan.post(f"{other}/cancel/", {"reason": "x"}).status_code == 409


def test_future_meeting_cannot_be_marked_held_and_cancel_needs_a_reason(world, setwan):
    created = setwan.post(
        "/api/meetings/",
        {
            "title": "RDP",
            "kind": "rdp",
            "lead_body": world.komisi.pk,
            "start": "2099-01-05T09:00:00+07:00",
        },
    ).json()
    url = f"/api/meetings/{created['id']}"
    assert setwan.post(f"{url}/mark-held/").status_code == 409
    response = setwan.post(f"{url}/cancel/", {})
    assert response.status_code == 400 and "reason" in response.json()
    assert setwan.delete(f"{url}/").status_code == 204


def test_commitment_lifecycle_through_the_api(world, client_for):
    agency, body = client_for("agency"), client_for("body_member")
    url = f"/api/commitments/{world.public_commitment.pk}"
    evidence = SimpleUploadedFile("notulen.pdf", b"%PDF-1.4", content_type="application/pdf")
    report = agency.post(
        f"{url}/updates/",
        {"text": "Undangan narasumber dikirim", "progress": "60", "evidence_file": evidence},
        format="multipart",
    )
    assert report.status_code == 201, report.json()
    assert report.json()["evidence_file"].endswith("notulen.pdf")
    assert report.json()["author"] == "diskominfo"
    assert agency.post(f"{url}/verify/").status_code == 403
    assert body.post(f"{url}/verify/").status_code == 409  # not submitted yet
    assert agency.post(f"{url}/submit/", {"text": "Selesai"}).json()["verification"] == "pending"
    rejected = body.post(f"{url}/reject/", {"reason": "Notulen belum ditandatangani"}).json()
    assert (rejected["status"], rejected["verification"]) == ("in_progress", "sent_back")
    agency.post(f"{url}/submit/")
    verified = body.post(f"{url}/verify/").json()
    assert (verified["status"], verified["verification"]) == (
        CommitmentStatus.DONE,
        Verification.VERIFIED,
    )
    kinds = [entry["kind"] for entry in agency.get(f"{url}/updates/").json()]
    assert kinds == [
        UpdateKind.CREATED,
        UpdateKind.PROGRESS,
        UpdateKind.SUBMITTED,
        UpdateKind.SENT_BACK,
        UpdateKind.SUBMITTED,
        UpdateKind.VERIFIED,
    ]
    assert agency.post(f"{url}/updates/", {"text": "x", "progress": 1}).status_code == 409


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"text": "x", "progress": 101}, "progress"),
        ({"text": "", "progress": 10}, "text"),
        ({"text": "x", "progress": 10, "evidence_url": "javascript:alert(1)"}, "evidence_url"),
        ({"progress": 10}, "text"),
    ],
)
def test_bad_progress_reports_are_400_naming_the_field(world, client_for, body, field):
    response = client_for("agency").post(
        f"/api/commitments/{world.public_commitment.pk}/updates/", body, format="json"
    )
    assert response.status_code == 400
    assert field in response.json()
    assert world.public_commitment.updates.count() == 1


def test_commitment_create_checks_its_links(world, setwan):
    # A party group (fraksi) owes nothing on record; a Komisi now may (tests/api/test_owners.py).
    fraksi = BodyFactory(parent=world.komisi.parent, kind=OrganizationKind.FRAKSI)
    response = setwan.post(
        "/api/commitments/",
        {
            "meeting": world.open_meeting.pk,
            "owner": fraksi.pk,
            "text": "x",
            "agenda_item": world.closed_meeting.agenda_items.first().pk,
            "due_date": "2025-01-01",
        },
    )
    assert response.status_code == 400
    assert {"owner", "agenda_item", "due_date"} <= set(response.json())


def test_commitment_with_reports_cannot_be_deleted(world, setwan):
    url = f"/api/commitments/{world.public_commitment.pk}"
    setwan.post(f"{url}/updates/", {"text": "Mulai", "progress": 5})
    assert setwan.delete(f"{url}/").status_code == 409
    assert setwan.delete(f"/api/commitments/{world.private_commitment.pk}/").status_code == 204


def test_directory_writes_and_protected_deletes(world, setwan):
    venue = setwan.post("/api/venues/", {"name": "Ruang Argopuro", "slug": "argopuro"})
    assert venue.status_code == 201
    bad = setwan.post(
        "/api/venues/", {"name": "X", "slug": "x", "latitude": "95", "longitude": "1"}
    )
    assert bad.status_code == 400
    assert setwan.delete(f"/api/organizations/{world.komisi.pk}/").status_code == 409
