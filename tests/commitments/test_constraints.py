import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from commitments.models import Commitment, CommitmentStatus, CommitmentUpdate, Verification
from meetings.models import OrganizationKind
from tests.assertions import (
    assert_database_refuses,
    assert_field_and_database_reject,
    assert_rejected,
)
from tests.factories import BodyFactory, CommitmentFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def commitment(meeting, agency):
    return CommitmentFactory(meeting=meeting, owner=agency)


@pytest.mark.parametrize("progress", [101, 250])
def test_progress_is_a_percentage(commitment, progress):
    commitment.progress = progress
    assert_field_and_database_reject(commitment, "progress")


def test_cannot_follow_up_needs_a_reason(commitment):
    commitment.status = CommitmentStatus.CANNOT_FOLLOW_UP
    assert_rejected(commitment, "commitment_cannot_follow_up_has_reason")


def test_done_means_complete(commitment):
    commitment.status, commitment.progress = CommitmentStatus.DONE, 90
    assert_rejected(commitment, "commitment_done_is_complete")


def test_a_verdict_records_its_time(commitment):
    commitment.verification = Verification.VERIFIED
    assert_rejected(commitment, "commitment_verdict_has_time")


def test_no_verdict_time_without_a_verdict(commitment):
    commitment.verification, commitment.verified_at = Verification.PENDING, timezone.now()
    assert_rejected(commitment, "commitment_verdict_has_time")


def test_owner_does_not_answer_to_itself(commitment):
    commitment.answers_to = commitment.owner
    assert_database_refuses(commitment)


def test_owner_must_owe_and_overseer_be_a_body(commitment, dprd, agency):
    # A party group (fraksi) owes nothing on record; an agency oversees nothing.
    fraksi = BodyFactory(parent=dprd, kind=OrganizationKind.FRAKSI, name="Fraksi Contoh")
    commitment.owner, commitment.answers_to = fraksi, agency
    with pytest.raises(ValidationError) as error:
        commitment.full_clean()
    assert {"owner", "answers_to"} <= set(error.value.error_dict)


def test_timeline_progress_is_a_percentage(commitment):
    update = CommitmentUpdate(commitment=commitment, kind="progress", progress=101)
    assert_field_and_database_reject(update, "progress")


def test_overdue_is_derived_from_due_date_and_status(commitment):
    today = timezone.localdate()
    commitment.due_date = today - timezone.timedelta(days=1)
    commitment.save()
    assert commitment.is_overdue
    assert list(Commitment.objects.overdue()) == [commitment]
    commitment.status, commitment.progress = CommitmentStatus.DONE, 100
    commitment.save()
    assert not commitment.is_overdue
    assert not Commitment.objects.overdue().exists()


def test_due_today_is_not_yet_overdue(commitment):
    commitment.due_date = timezone.localdate()
    commitment.save()
    assert not commitment.is_overdue
    assert not Commitment.objects.overdue().exists()
