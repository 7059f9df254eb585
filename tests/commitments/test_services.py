import datetime

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from commitments.models import (
    Commitment,
    CommitmentKind,
    CommitmentStatus,
    UpdateKind,
    Verification,
)
from commitments.services import (
    CommitmentInput,
    commitment_close,
    commitment_create,
    commitment_report_progress,
    commitment_submit,
    commitment_verify,
    meeting_create_with_commitments,
)
from meetings.models import Meeting, MeetingKind, OrganizationKind
from meetings.services import AgendaItemInput, ParticipantInput
from tests.factories import AgendaItemFactory, BodyFactory, MeetingFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def clerk():
    return UserFactory(username="setwan")


@pytest.fixture
def commitment(meeting, agency, clerk):
    return commitment_create(
        meeting=meeting, owner=agency, text="Mengundang narasumber SPBE", author=clerk
    )


def test_create_answers_to_the_lead_body_and_starts_the_timeline(commitment, meeting, clerk):
    assert commitment.answers_to == meeting.lead_body
    assert commitment.status == CommitmentStatus.NOT_STARTED
    entry = commitment.updates.get()
    assert (entry.kind, entry.author, entry.date) == (
        UpdateKind.CREATED,
        clerk,
        meeting.local_start.date(),
    )
    assert commitment.history.count() == 1


def test_create_refuses_wrong_links_naming_each_field(meeting, dprd, agency):
    other_item = AgendaItemFactory()
    fraksi = BodyFactory(parent=dprd, kind=OrganizationKind.FRAKSI, name="Fraksi Contoh")
    with pytest.raises(ValidationError) as error:
        commitment_create(
            meeting=meeting,
            owner=fraksi,
            answers_to=agency,
            agenda_item=other_item,
            due_date=meeting.start.date() - datetime.timedelta(days=1),
            text="x",
        )
    assert set(error.value.message_dict) == {"owner", "answers_to", "agenda_item", "due_date"}
    assert not Commitment.objects.exists()


def test_report_progress_moves_it_in_progress_with_evidence(commitment, clerk):
    evidence = SimpleUploadedFile("undangan.pdf", b"%PDF-1.4 test", content_type="application/pdf")
    update = commitment_report_progress(
        commitment=commitment,
        author=clerk,
        text="Daftar narasumber disusun",
        progress=40,
        evidence_file=evidence,
        evidence_url="https://example.org/bukti",
    )
    commitment.refresh_from_db()
    assert commitment.status == CommitmentStatus.IN_PROGRESS
    assert commitment.progress == 40
    assert update.evidence_file.name.endswith("undangan.pdf")
    assert [u.kind for u in commitment.updates.all()] == [UpdateKind.CREATED, UpdateKind.PROGRESS]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"progress": 101}, "progress"),
        ({"text": "   "}, "text"),
        ({"evidence_url": "bukan tautan"}, "evidence_url"),
        ({"date": timezone.localdate() + datetime.timedelta(days=1)}, "date"),
    ],
)
def test_report_progress_refuses_bad_input_and_saves_nothing(commitment, clerk, changes, field):
    arguments = {"text": "Progres", "progress": 50} | changes
    with pytest.raises(ValidationError) as error:
        commitment_report_progress(commitment=commitment, author=clerk, **arguments)
    assert field in error.value.message_dict
    commitment.refresh_from_db()
    assert commitment.status == CommitmentStatus.NOT_STARTED and commitment.progress == 0
    assert commitment.updates.count() == 1


def test_submit_verify_and_send_back(commitment, clerk):
    commitment_submit(commitment=commitment, author=clerk)
    commitment.refresh_from_db()
    assert (commitment.status, commitment.progress, commitment.verification) == (
        CommitmentStatus.DONE,
        100,
        Verification.PENDING,
    )
    with pytest.raises(ValidationError) as error:
        commitment_verify(commitment=commitment, author=clerk, accept=False, reason="")
    assert "reason" in error.value.message_dict

    commitment_verify(commitment=commitment, author=clerk, accept=False, reason="Bukti kurang")
    commitment.refresh_from_db()
    assert commitment.status == CommitmentStatus.IN_PROGRESS
    assert commitment.verification == Verification.SENT_BACK
    assert commitment.verified_by == clerk

    commitment_submit(commitment=commitment, author=clerk)
    commitment_verify(commitment=commitment, author=clerk, accept=True)
    commitment.refresh_from_db()
    assert commitment.verification == Verification.VERIFIED
    assert [u.kind for u in commitment.updates.all()] == [
        UpdateKind.CREATED,
        UpdateKind.SUBMITTED,
        UpdateKind.SENT_BACK,
        UpdateKind.SUBMITTED,
        UpdateKind.VERIFIED,
    ]


def test_illegal_steps_are_refused(commitment, clerk):
    with pytest.raises(ValidationError):
        commitment_verify(commitment=commitment, author=clerk, accept=True)
    commitment_close(commitment=commitment, author=clerk, reason="Anggaran tidak tersedia")
    for step in (
        lambda: commitment_submit(commitment=commitment, author=clerk),
        lambda: commitment_close(commitment=commitment, author=clerk, reason="lagi"),
        lambda: commitment_report_progress(
            commitment=commitment, author=clerk, text="x", progress=10
        ),
    ):
        with pytest.raises(ValidationError) as error:
            step()
        assert "status" in error.value.message_dict
    commitment.refresh_from_db()
    assert commitment.status == CommitmentStatus.CANNOT_FOLLOW_UP
    assert commitment.status_reason == "Anggaran tidak tersedia"


def test_close_needs_a_reason(commitment, clerk):
    with pytest.raises(ValidationError) as error:
        commitment_close(commitment=commitment, author=clerk, reason=" ")
    assert "reason" in error.value.message_dict


def test_meeting_with_commitments_is_saved_whole(komisi, agency, clerk):
    meeting = meeting_create_with_commitments(
        title="Diskusi panel",
        kind=MeetingKind.DISKUSI_PANEL,
        lead_body=komisi,
        start=MeetingFactory.build().start,
        agenda_items=[AgendaItemInput(title="RPJMD")],
        commitments=[
            CommitmentInput(owner=agency, text="Sinergi komunikasi", kind=CommitmentKind.REQUEST),
            CommitmentInput(owner=agency, text="Narasumber SPBE", agenda_item=0),
        ],
        author=clerk,
    )
    first, second = meeting.commitments.order_by("pk")
    assert first.kind == CommitmentKind.REQUEST and first.agenda_item is None
    assert second.agenda_item == meeting.agenda_items.get()


@pytest.mark.parametrize(
    ("bad_commitment", "field"),
    [
        ({"agenda_item": 3}, "commitments[0].agenda_item"),
        ({"text": ""}, "commitments[0].text"),
    ],
)
def test_a_bad_commitment_leaves_no_meeting_behind(komisi, agency, bad_commitment, field):
    with pytest.raises(ValidationError) as error:
        meeting_create_with_commitments(
            title="Diskusi panel",
            kind=MeetingKind.DISKUSI_PANEL,
            lead_body=komisi,
            start=MeetingFactory.build().start,
            agenda_items=[AgendaItemInput(title="RPJMD")],
            participants=[ParticipantInput(organization=agency)],
            commitments=[CommitmentInput(**({"owner": agency, "text": "x"} | bad_commitment))],
        )
    assert field in error.value.message_dict
    assert not Meeting.objects.exists()
    assert not Commitment.objects.exists()


def test_evidence_whose_content_is_not_its_type_is_refused(commitment, clerk):
    from django.core.exceptions import ValidationError

    from commitments.models import CommitmentUpdate

    disguised = SimpleUploadedFile(
        "bukti.pdf", b"MZ\x90\x00 a program", content_type="application/pdf"
    )
    with pytest.raises(ValidationError) as refused:
        commitment_report_progress(
            commitment=commitment, author=clerk, text="Bukti", progress=10, evidence_file=disguised
        )
    assert "evidence_file" in refused.value.message_dict
    assert not CommitmentUpdate.objects.filter(text="Bukti").exists()
