"""Follow-ups owed by a DPRD body or an outside party through the API: written, filtered,
reported on by whoever owes them, and kept out of sight when their meeting is closed."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from commitments.services import commitment_create
from meetings.models import OrganizationKind
from meetings.roles import BODY_MEMBER
from tests.api.conftest import account
from tests.factories import AgencyFactory, BodyFactory, CommitmentFactory, MeetingFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def pimpinan(world):
    return BodyFactory(
        parent=world.komisi.parent, kind=OrganizationKind.PIMPINAN, name="Pimpinan DPRD"
    )


@pytest.fixture
def police():
    return AgencyFactory(
        kind=OrganizationKind.EXTERNAL, category="", name="Polres Contoh", abbreviation="Polres"
    )


def test_create_a_body_s_own_follow_up_and_an_outside_party_s(world, client_for, pimpinan, police):
    setwan = client_for("secretariat")
    own = setwan.post(
        "/api/commitments/",
        {"meeting": world.open_meeting.pk, "owner": world.komisi.pk, "text": "Menjadwalkan ulang"},
    )
    assert own.status_code == 201, own.json()
    assert own.json()["owner_kind"] == "body"
    assert own.json()["answers_to"]["id"] == pimpinan.pk
    outside = setwan.post(
        "/api/commitments/",
        {"meeting": world.open_meeting.pk, "owner": police.pk, "text": "Menertibkan parkir"},
    ).json()
    assert (outside["owner_kind"], outside["answers_to"]["id"]) == ("external", world.komisi.pk)


def test_a_body_answering_to_itself_is_a_400_naming_the_field(world, client_for):
    response = client_for("secretariat").post(
        "/api/commitments/",
        {
            "meeting": world.open_meeting.pk,
            "owner": world.komisi.pk,
            "answers_to": world.komisi.pk,
            "text": "x",
        },
    )
    assert response.status_code == 400
    assert "answers_to" in response.json()


def test_update_turns_an_agency_s_row_into_the_body_s_own(world, client_for, pimpinan):
    url = f"/api/commitments/{world.public_commitment.pk}/"
    changed = client_for("secretariat").patch(url, {"owner": world.komisi.pk}).json()
    assert changed["owner"]["id"] == world.komisi.pk and changed["owner_kind"] == "body"
    assert changed["answers_to"]["id"] == pimpinan.pk
    # Agencies and bodies do not correct the record.
    assert client_for("body_member").patch(url, {"owner": world.agency.pk}).status_code == 403


def test_filter_by_owner_kind(world, client_for, pimpinan, police):
    own = commitment_create(meeting=world.open_meeting, owner=world.komisi, text="Panja")
    outside = commitment_create(meeting=world.open_meeting, owner=police, text="Parkir")
    setwan = client_for("secretariat")

    def ids(kind):
        response = setwan.get(f"/api/commitments/?owner_kind={kind}")
        assert response.status_code == 200
        return {row["id"] for row in response.json()["results"]}

    assert ids("body") == {own.pk}
    assert ids("external") == {outside.pk}
    assert own.pk not in ids("opd") and world.public_commitment.pk in ids("opd")
    assert "owner_kind" in setwan.get("/api/commitments/?owner_kind=fraksi").json()


def test_the_body_reports_on_its_own_and_the_pimpinan_verifies(world, client_for, pimpinan):
    own = commitment_create(meeting=world.open_meeting, owner=world.komisi, text="Panja")
    url = f"/api/commitments/{own.pk}"
    leader = account("pimpinan", BODY_MEMBER, pimpinan)
    member, agency = client_for("body_member"), client_for("agency")
    assert agency.post(f"{url}/updates/", {"text": "x", "progress": 5}).status_code == 403
    assert client_for("other_body_member").post(f"{url}/submit/").status_code == 403
    assert member.post(f"{url}/updates/", {"text": "SK Panja", "progress": 50}).status_code == 201
    assert member.post(f"{url}/submit/").status_code == 200
    # The Komisi cannot approve its own promise; the Pimpinan does.
    assert member.post(f"{url}/verify/").status_code == 403
    verifier = client_for("anonymous")
    verifier.force_authenticate(leader)
    assert verifier.post(f"{url}/verify/").json()["verification"] == "verified"


def test_only_the_secretariat_reports_for_an_outside_party(world, client_for, police):
    outside = commitment_create(meeting=world.open_meeting, owner=police, text="Parkir")
    url = f"/api/commitments/{outside.pk}/updates/"
    for role in ("agency", "body_member"):
        assert client_for(role).post(url, {"text": "x", "progress": 5}).status_code == 403
    assert client_for("secretariat").post(url, {"text": "Surat", "progress": 5}).status_code == 201


def test_a_closed_meeting_s_body_follow_up_stays_hidden(world, client_for):
    hidden = commitment_create(
        meeting=world.closed_meeting, owner=world.komisi, text="Panja RAHASIA", is_public=False
    )
    for role in ("anonymous", "agency", "other_body_member"):
        client = client_for(role)
        listed = client.get("/api/commitments/?owner_kind=body").content.decode()
        assert "RAHASIA" not in listed
        assert client.get(f"/api/commitments/{hidden.pk}/").status_code == 404
    assert "Panja RAHASIA" in client_for("body_member").get("/api/commitments/").content.decode()


def grow(world, police, n):
    for _ in range(n):
        meeting = MeetingFactory(lead_body=world.komisi)
        CommitmentFactory(meeting=meeting, owner=world.other_komisi)
        CommitmentFactory(meeting=meeting, owner=police)


@pytest.mark.parametrize("role", ["anonymous", "body_member", "secretariat"])
def test_list_of_mixed_owners_queries_do_not_grow(world, client_for, police, role):
    client = client_for(role)

    def count():
        with CaptureQueriesContext(connection) as captured:
            response = client.get("/api/commitments/?owner_kind=body")
        assert response.status_code == 200
        return len(captured), response.json()

    grow(world, police, 2)
    few, _ = count()
    grow(world, police, 30)
    many, data = count()
    assert data["count"] >= 30
    assert many == few
