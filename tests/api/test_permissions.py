"""The permission matrix: each role against each endpoint, open and closed meetings, own and
other agency. A closed meeting never leaks; every object-level rule holds on the server."""

import pytest

from commitments.services import commitment_submit
from tests.api.conftest import ROLES

pytestmark = pytest.mark.django_db

# Who reads each meeting in full; everyone else gets kind, date, time and body only.
FULL_READERS = {
    "open_meeting": set(ROLES),
    "closed_meeting": {"agency", "body_member", "secretariat"},
    "other_closed_meeting": {"other_agency", "other_body_member", "secretariat"},
}
COMMITMENT_READERS = {
    "public_commitment": set(ROLES),
    "private_commitment": {"agency", "body_member", "secretariat"},
    "other_private_commitment": {"other_agency", "other_body_member", "secretariat"},
}
SECRET_WORDS = {"closed_meeting": "RAHASIA", "other_closed_meeting": "LAIN"}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("name", list(FULL_READERS))
def test_meeting_detail_is_full_or_redacted(world, client_for, role, name):
    meeting = getattr(world, name)
    response = client_for(role).get(f"/api/meetings/{meeting.pk}/")
    assert response.status_code == 200
    data = response.json()
    if role in FULL_READERS[name]:
        assert data["is_redacted"] is False
        assert data["title"] == meeting.title
        assert data["participants"] and data["agenda_items"]
    else:
        assert data["is_redacted"] is True
        assert data["title"] == "Rapat dengar pendapat (RDP)"
        assert (data["kind"], data["lead_body"]["id"]) == ("rdp", meeting.lead_body_id)
        assert data["start"] == meeting.start.isoformat()  # fixtures are in WIB
        for empty in ("agenda_items", "participants", "documents", "commitments", "other_bodies"):
            assert data[empty] == []
        assert data["summary"] == "" and data["venue"] is None and data["status"] == ""
        assert SECRET_WORDS[name] not in response.content.decode()


@pytest.mark.parametrize("role", ROLES)
def test_meeting_list_redacts_the_same_way(world, client_for, role):
    rows = client_for(role).get("/api/meetings/").json()["results"]
    redacted = {row["id"] for row in rows if row["is_redacted"]}
    expected = {
        getattr(world, name).pk for name, readers in FULL_READERS.items() if role not in readers
    }
    assert len(rows) == 3
    assert redacted == expected


@pytest.mark.parametrize("role", ROLES)
def test_non_public_agenda_items_only_for_those_taking_part(world, client_for, role):
    data = client_for(role).get(f"/api/meetings/{world.open_meeting.pk}/").json()
    titles = {item["title"] for item in data["agenda_items"]}
    insider = role in {"agency", "body_member", "secretariat"}
    assert ("Agenda internal RDP terbuka" in titles) is insider
    assert "Agenda RDP terbuka" in titles


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("name", list(COMMITMENT_READERS))
def test_commitment_visibility(world, client_for, role, name):
    commitment = getattr(world, name)
    client = client_for(role)
    listed = {row["id"] for row in client.get("/api/commitments/").json()["results"]}
    detail = client.get(f"/api/commitments/{commitment.pk}/")
    nested = client.get(f"/api/meetings/{commitment.meeting_id}/").json()["commitments"]
    if role in COMMITMENT_READERS[name]:
        assert commitment.pk in listed and detail.status_code == 200
        assert commitment.pk in {row["id"] for row in nested}
    else:
        assert commitment.pk not in listed
        assert detail.status_code == 404  # not 403: its existence is not revealed
        assert commitment.pk not in {row["id"] for row in nested}


@pytest.mark.parametrize("role", ROLES)
def test_content_filters_never_match_what_the_caller_may_not_read(world, client_for, role):
    client = client_for(role)
    for query in ("q=RAHASIA", f"organization={world.agency.slug}", "status=scheduled"):
        ids = {row["id"] for row in client.get(f"/api/meetings/?{query}").json()["results"]}
        can_read_closed = role in FULL_READERS["closed_meeting"]
        assert (world.closed_meeting.pk in ids) is can_read_closed, query
    # A filter on public fields (body, date, kind) still shows that the meeting happens.
    ids = {
        r["id"] for r in client.get(f"/api/meetings/?body={world.komisi.slug}").json()["results"]
    }
    assert world.closed_meeting.pk in ids


def expected_write(role: str, success: int) -> int:
    return {"anonymous": 401, "secretariat": success}.get(role, 403)


@pytest.mark.parametrize("role", ROLES)
def test_only_the_secretariat_changes_meetings(world, client_for, role):
    client = client_for(role)
    meeting = world.open_meeting
    payload = {
        "title": "Rapat baru",
        "kind": "rdp",
        "lead_body": world.komisi.pk,
        "start": "2030-01-06T09:00:00+07:00",
    }
    assert client.post("/api/meetings/", payload).status_code == expected_write(role, 201)
    patch = client.patch(f"/api/meetings/{meeting.pk}/", {"summary": "baru"})
    assert patch.status_code == expected_write(role, 200)
    cancel = client.post(f"/api/meetings/{meeting.pk}/cancel/", {"reason": "batal"})
    assert cancel.status_code == expected_write(role, 200)
    postpone = client.post(
        f"/api/meetings/{world.closed_meeting.pk}/postpone/",
        {"new_start": "2030-01-07T09:00:00+07:00"},
    )
    assert postpone.status_code == expected_write(role, 201)
    held = client.post(f"/api/meetings/{world.other_closed_meeting.pk}/mark-held/")
    assert held.status_code == expected_write(role, 200)
    drafted = client.post(f"/api/meetings/{world.other_closed_meeting.pk}/draft-minutes/")
    assert drafted.status_code == expected_write(role, 200)
    minutes = client.post(f"/api/meetings/{world.other_closed_meeting.pk}/approve-minutes/")
    assert minutes.status_code == expected_write(role, 200)
    delete = client.delete(f"/api/meetings/{meeting.pk}/")
    assert delete.status_code == expected_write(role, 409)  # it has a follow-up


@pytest.mark.parametrize("role", ROLES)
def test_only_the_secretariat_records_and_corrects_commitments(world, client_for, role):
    client = client_for(role)
    create = client.post(
        "/api/commitments/",
        {"meeting": world.open_meeting.pk, "owner": world.agency.pk, "text": "Baru"},
    )
    assert create.status_code == expected_write(role, 201)
    patch = client.patch(f"/api/commitments/{world.public_commitment.pk}/", {"text": "Ubah"})
    assert patch.status_code == expected_write(role, 200)


REPORTERS = {"agency", "secretariat"}
VERIFIERS = {"body_member", "secretariat"}


def step_status(role: str, allowed: set[str], success: int) -> int:
    if role == "anonymous":
        return 401
    return success if role in allowed else 403


@pytest.mark.parametrize("role", ROLES)
def test_progress_is_reported_by_the_owning_agency(world, client_for, role):
    response = client_for(role).post(
        f"/api/commitments/{world.public_commitment.pk}/updates/",
        {"text": "Rapat koordinasi digelar", "progress": 30},
    )
    assert response.status_code == step_status(role, REPORTERS, 201)
    submit = client_for(role).post(f"/api/commitments/{world.public_commitment.pk}/submit/")
    assert submit.status_code == step_status(role, REPORTERS, 200)


@pytest.mark.parametrize("role", ROLES)
def test_completion_is_verified_by_the_body_it_answers_to(world, client_for, role):
    commitment_submit(commitment=world.public_commitment, author=None)
    client = client_for(role)
    url = f"/api/commitments/{world.public_commitment.pk}"
    reject = client.post(f"{url}/reject/", {"reason": "Bukti belum lengkap"})
    assert reject.status_code == step_status(role, VERIFIERS, 200)
    if reject.status_code == 200:
        commitment_submit(commitment=world.public_commitment, author=None)
    verify = client.post(f"{url}/verify/")
    assert verify.status_code == step_status(role, VERIFIERS, 200)


@pytest.mark.parametrize("role", ROLES)
def test_cannot_follow_up_is_decided_by_the_body_or_secretariat(world, client_for, role):
    response = client_for(role).post(
        f"/api/commitments/{world.public_commitment.pk}/cannot-follow-up/",
        {"reason": "Anggaran tidak tersedia"},
    )
    assert response.status_code == step_status(role, VERIFIERS, 200)


@pytest.mark.parametrize("role", ["agency", "body_member"])
def test_steps_on_another_organizations_hidden_commitment_are_not_found(world, client_for, role):
    url = f"/api/commitments/{world.other_private_commitment.pk}"
    client = client_for(role)
    assert client.post(f"{url}/updates/", {"text": "x", "progress": 1}).status_code == 404
    assert client.post(f"{url}/verify/").status_code == 404
