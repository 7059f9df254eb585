"""The DPRD body's workspace: follow-ups to verify, partner records, verify or send back."""

import datetime

import pytest
from django.test import Client
from django.urls import reverse

from commitments.models import CommitmentStatus, UpdateKind, Verification
from commitments.services import (
    commitment_create,
    commitment_report_progress,
    commitment_submit,
    commitment_verify,
)
from tests.workspace.fixtures_roles import build_world, many_commitments

HOME = reverse("workspace:body-home")


@pytest.fixture
def world(db):
    return build_world()


def verify_url(commitment) -> str:
    return reverse("workspace:commitment-verify", args=[commitment.pk])


def submitted(commitment, user=None, url="https://example.org/bukti.pdf"):
    commitment_report_progress(
        commitment=commitment, author=user, text="Sudah", progress=90, evidence_url=url
    )
    return commitment_submit(commitment=commitment, author=user, text="Selesai")


def test_anonymous_is_sent_to_log_in_and_other_roles_are_refused(client, world):
    response = client.get(HOME)
    assert response.status_code == 302 and "login" in response["Location"]
    for user in (world.agency_user, world.clerk):
        client.force_login(user)
        assert client.get(HOME).status_code == 403


def test_the_home_lists_what_awaits_the_bodys_verdict_with_its_evidence(client, world):
    mine = submitted(world.commitment, url="https://example.org/bukti-diskominfo.pdf")
    submitted(world.other_commitment, url="https://example.org/bukti-dinkes.pdf")
    client.force_login(world.body_user)
    response = client.get(HOME)
    assert response.context["pending"] == [mine]
    html = response.content.decode()
    assert "https://example.org/bukti-diskominfo.pdf" in html
    assert reverse("workspace:commitment", args=[mine.pk]) in html
    assert "RAHASIA" not in html and "bukti-dinkes" not in html


def test_the_home_shows_each_partner_agencys_record(client, world):
    many_commitments(world, 1)  # due in 2025: overdue
    many_commitments(world, 1, first_due=datetime.date(2099, 1, 1))
    submitted(world.commitment)
    client.force_login(world.body_user)
    response = client.get(HOME)
    [record] = response.context["partners"]
    # Reported done is not done until the body verifies it.
    assert (record.agency, record.open, record.overdue, record.awaiting, record.done) == (
        world.agency,
        2,
        1,
        1,
        0,
    )
    assert reverse("public:agency", kwargs={"slug": "diskominfo"}) in response.content.decode()
    commitment_verify(commitment=world.commitment, author=world.body_user, accept=True)
    [record] = client.get(HOME).context["partners"]
    assert (record.awaiting, record.done) == (0, 1)


def test_body_home_queries_do_not_grow_with_rows(client, world, django_assert_max_num_queries):
    for commitment in many_commitments(world, 20):
        submitted(commitment)
    for index in range(20):
        commitment_create(meeting=world.meeting, owner=world.komisi, text=f"Janji {index}")
    client.force_login(world.body_user)
    # 9 before the body's own follow-ups were listed; they cost their list and its meetings.
    with django_assert_max_num_queries(11):
        response = client.get(HOME)
    assert len(response.context["pending"]) == 20
    assert len(response.context["own"]) == 20


def test_the_body_verifies(client, world):
    submitted(world.commitment)
    client.force_login(world.body_user)
    page = client.get(reverse("workspace:commitment", args=[world.commitment.pk]))
    assert verify_url(world.commitment) in page.content.decode()
    response = client.post(verify_url(world.commitment), {"decision": "accept"})
    assert response.status_code == 302
    world.commitment.refresh_from_db()
    assert world.commitment.verification == Verification.VERIFIED
    assert world.commitment.verified_by == world.body_user


def test_the_verdict_choices_are_a_group_named_by_its_legend(client, world):
    submitted(world.commitment)
    client.force_login(world.body_user)
    html = client.get(reverse("workspace:commitment", args=[world.commitment.pk])).content.decode()
    group = html[html.index('<fieldset class="field">') : html.index("</fieldset>")]
    assert "<legend>Putusan:</legend>" in group
    assert group.count('type="radio" name="decision"') == 2


def test_sending_back_needs_a_reason_shown_next_to_the_field(client, world):
    submitted(world.commitment)
    client.force_login(world.body_user)
    response = client.post(verify_url(world.commitment), {"decision": "send_back", "reason": " "})
    assert response.status_code == 400
    assert response.context["verify_form"].errors["reason"]
    world.commitment.refresh_from_db()
    assert world.commitment.verification == Verification.PENDING
    response = client.post(
        verify_url(world.commitment), {"decision": "send_back", "reason": "Bukti belum lengkap"}
    )
    assert response.status_code == 302
    world.commitment.refresh_from_db()
    assert world.commitment.verification == Verification.SENT_BACK
    assert world.commitment.status == CommitmentStatus.IN_PROGRESS
    assert world.commitment.updates.get(kind=UpdateKind.SENT_BACK).text == "Bukti belum lengkap"


def test_a_missing_verdict_is_a_field_error(client, world):
    submitted(world.commitment)
    client.force_login(world.body_user)
    response = client.post(verify_url(world.commitment), {"decision": "maybe"})
    assert response.status_code == 400
    assert response.context["verify_form"].errors["decision"]


def test_verifying_what_was_not_submitted_is_a_form_error(client, world):
    client.force_login(world.body_user)
    response = client.post(verify_url(world.commitment), {"decision": "accept"})
    assert response.status_code == 400
    assert response.context["verify_form"].non_field_errors()
    world.commitment.refresh_from_db()
    assert world.commitment.verification == Verification.NONE


def test_only_the_answering_body_and_the_secretariat_verify(client, world):
    submitted(world.commitment)
    client.force_login(world.agency_user)
    assert client.post(verify_url(world.commitment), {"decision": "accept"}).status_code == 403
    client.force_login(world.other_body_user)
    assert client.post(verify_url(world.commitment), {"decision": "accept"}).status_code == 404
    world.commitment.refresh_from_db()
    assert world.commitment.verification == Verification.PENDING
    client.force_login(world.clerk)
    assert client.post(verify_url(world.commitment), {"decision": "accept"}).status_code == 302


def test_the_agency_does_not_see_the_verdict_form(client, world):
    submitted(world.commitment)
    client.force_login(world.agency_user)
    html = client.get(reverse("workspace:commitment", args=[world.commitment.pk])).content
    assert verify_url(world.commitment).encode() not in html


def test_csrf_is_enforced_on_the_verdict(world):
    submitted(world.commitment)
    client = Client(enforce_csrf_checks=True)
    client.force_login(world.body_user)
    assert client.post(verify_url(world.commitment), {"decision": "accept"}).status_code == 403
    world.commitment.refresh_from_db()
    assert world.commitment.verification == Verification.PENDING
