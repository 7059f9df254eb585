"""Follow-ups owed by a DPRD body or an outside party: who oversees, reports and verifies."""

import pytest
from django.core.exceptions import ValidationError

from commitments.access import can_read_evidence, can_report, can_verify, commitments_q
from commitments.models import Commitment, OwnerGroup, owner_group
from commitments.services import commitment_create, commitment_update
from meetings.access import PUBLIC, Actor
from meetings.models import Openness, OrganizationKind
from tests.factories import AgencyFactory, BodyFactory, MeetingFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def pimpinan(dprd):
    return BodyFactory(parent=dprd, kind=OrganizationKind.PIMPINAN, name="Pimpinan DPRD")


@pytest.fixture
def police():
    return AgencyFactory(
        kind=OrganizationKind.EXTERNAL, category="", name="Polres Contoh", abbreviation="Polres"
    )


def test_each_kind_has_its_group(dprd, komisi, agency, police):
    assert owner_group(agency.kind) == OwnerGroup.OPD
    assert owner_group(komisi.kind) == owner_group(dprd.kind) == OwnerGroup.BODY
    assert owner_group(police.kind) == OwnerGroup.EXTERNAL
    assert owner_group(OrganizationKind.FRAKSI) is None


def test_a_body_s_own_promise_answers_to_the_pimpinan(meeting, komisi, pimpinan):
    commitment = commitment_create(meeting=meeting, owner=komisi, text="Menjadwalkan ulang RDP")
    assert commitment.answers_to == pimpinan
    assert commitment.owner_group == OwnerGroup.BODY


def test_the_pimpinan_s_and_the_dprd_s_promises(meeting, dprd, pimpinan):
    own = commitment_create(meeting=meeting, owner=pimpinan, text="Membentuk Panja")
    assert own.answers_to == dprd
    institution = commitment_create(meeting=meeting, owner=dprd, text="Meneruskan aspirasi")
    assert institution.answers_to == pimpinan


def test_without_a_pimpinan_a_body_answers_to_the_dprd(meeting, komisi, dprd):
    commitment = commitment_create(meeting=meeting, owner=komisi, text="Menyusun Raperda")
    assert commitment.answers_to == dprd


def test_an_outside_party_answers_to_the_lead_body(meeting, police, komisi):
    commitment = commitment_create(meeting=meeting, owner=police, text="Menertibkan parkir")
    assert commitment.answers_to == komisi
    assert commitment.owner_group == OwnerGroup.EXTERNAL


def test_a_body_answering_to_itself_is_refused_on_the_field(meeting, komisi):
    with pytest.raises(ValidationError) as error:
        commitment_create(meeting=meeting, owner=komisi, answers_to=komisi, text="x")
    assert "Pimpinan" in error.value.message_dict["answers_to"][0]
    assert not Commitment.objects.exists()


def test_an_owner_turned_body_brings_its_overseer(meeting, agency, komisi, pimpinan):
    commitment = commitment_create(meeting=meeting, owner=agency, text="Menjadwalkan ulang")
    assert commitment.answers_to == komisi
    commitment_update(commitment=commitment, owner=komisi)
    commitment.refresh_from_db()
    assert (commitment.owner, commitment.answers_to) == (komisi, pimpinan)


def test_the_body_reports_and_another_verifies(meeting, komisi, pimpinan):
    commitment = commitment_create(meeting=meeting, owner=komisi, text="Menjadwalkan ulang")
    member = Actor(user_id=1, body_ids=frozenset({komisi.pk}))
    leader = Actor(user_id=2, body_ids=frozenset({pimpinan.pk}))
    both = Actor(user_id=3, body_ids=frozenset({komisi.pk, pimpinan.pk}))
    agency = Actor(user_id=4, agency_ids=frozenset({AgencyFactory().pk}))
    assert can_report(member, commitment) and not can_verify(member, commitment)
    assert can_verify(leader, commitment) and not can_report(leader, commitment)
    # A member of both bodies reports for the Komisi, and cannot approve its own work.
    assert can_report(both, commitment) and not can_verify(both, commitment)
    assert not can_report(agency, commitment) and not can_verify(agency, commitment)
    assert can_read_evidence(member, commitment) and not can_read_evidence(agency, commitment)


def test_only_the_secretariat_reports_for_an_outside_party(meeting, police, komisi):
    commitment = commitment_create(meeting=meeting, owner=police, text="Menertibkan parkir")
    secretariat = Actor(user_id=1, is_secretariat=True)
    body = Actor(user_id=2, body_ids=frozenset({komisi.pk}))
    assert can_report(secretariat, commitment)
    assert not can_report(body, commitment) and can_verify(body, commitment)


def test_a_closed_meeting_s_body_follow_up_reaches_its_members_only(komisi, pimpinan):
    closed = MeetingFactory(lead_body=komisi, openness=Openness.CLOSED)
    other = BodyFactory(parent=komisi.parent, name="Komisi II")
    commitment = commitment_create(meeting=closed, owner=komisi, text="Membentuk Panja")
    member = Actor(user_id=1, body_ids=frozenset({komisi.pk}))
    outsider = Actor(user_id=2, body_ids=frozenset({other.pk}))

    def seen(actor):
        return list(Commitment.objects.filter(commitments_q(actor)))

    assert seen(member) == [commitment]
    assert seen(PUBLIC) == seen(outsider) == []
