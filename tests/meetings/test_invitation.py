import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from meetings.models import Answer, Invitation, InvitationReply, MeetingStatus
from meetings.selectors_invitation import invitation_replies, invitee_rows
from meetings.services import invitation_answer, invitation_issue
from tests.factories import AgencyFactory, PersonFactory
from tests.meetings.invitation_world import LETTER, NOW, START, build, issue

pytestmark = pytest.mark.django_db


@pytest.fixture
def world():
    return build()


def answer(world, invitation, organization=None, *, now=NOW, **fields):
    return invitation_answer(
        invitation=invitation, organization=organization or world["diskominfo"], now=now, **fields
    )


def test_issue_writes_the_letter_once_and_corrects_it(world):
    first = issue(world["meeting"])
    again = issue(world["meeting"], letter_number="005/124/426.070/2025")
    assert first.pk == again.pk
    assert Invitation.objects.get().letter_number == "005/124/426.070/2025"
    assert again.issued_at == NOW
    assert again.history.count() == 2


@pytest.mark.parametrize("status", [MeetingStatus.CANCELLED, MeetingStatus.HELD])
def test_issue_needs_a_scheduled_meeting(world, status):
    world["meeting"].status = status
    world["meeting"].save()
    with pytest.raises(ValidationError) as error:
        issue(world["meeting"])
    assert "meeting" in error.value.message_dict
    assert not Invitation.objects.exists()


def test_issue_needs_an_invited_agency(world):
    world["meeting"].invited_organizations.clear()
    with pytest.raises(ValidationError) as error:
        issue(world["meeting"])
    assert "invited_organizations" in error.value.message_dict


def test_issue_refused_once_the_meeting_started(world):
    with pytest.raises(ValidationError) as error:
        invitation_issue(meeting=world["meeting"], now=START, **LETTER)
    assert "meeting" in error.value.message_dict


def test_issue_names_the_missing_letter_number(world):
    with pytest.raises(ValidationError) as error:
        issue(world["meeting"], letter_number="  ")
    assert "letter_number" in error.value.message_dict


def test_answer_attending_then_changed_keeps_every_version(world):
    invitation = issue(world["meeting"])
    answer(world, invitation, answer=Answer.ATTENDING)
    reply = answer(
        world,
        invitation,
        answer=Answer.UNABLE,
        reason="Tugas ke provinsi",
        now=NOW + datetime.timedelta(days=1),
    )
    assert InvitationReply.objects.count() == 1
    assert reply.answer == Answer.UNABLE
    assert [h.answer for h in reply.history.order_by("history_date")] == [
        Answer.ATTENDING,
        Answer.UNABLE,
    ]
    assert reply.answered_by is None


def test_answer_represented_by_a_person_of_the_agency_takes_their_office(world):
    invitation = issue(world["meeting"])
    reply = answer(
        world,
        invitation,
        answer=Answer.REPRESENTED,
        representative=world["secretary"],
        assignment_letter="800/45/2025",
        reason="ignored",
    )
    assert reply.representative == world["secretary"]
    assert reply.representative_title == "Sekretaris Dinas"
    assert reply.reason == ""
    assert reply.representative_label == "Sekdis Kominfo (Sekretaris Dinas)"


def test_answer_represented_by_a_typed_name(world):
    invitation = issue(world["meeting"])
    reply = answer(
        world,
        invitation,
        answer=Answer.REPRESENTED,
        representative_name=" Budi ",
        representative_title="Kabid IKP",
    )
    assert (reply.representative_name, reply.representative_title) == ("Budi", "Kabid IKP")


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"answer": Answer.REPRESENTED}, "representative_name"),
        ({"answer": Answer.REPRESENTED, "representative_name": "Budi"}, "representative_title"),
        ({"answer": Answer.UNABLE, "reason": " "}, "reason"),
        ({"answer": "maybe"}, "answer"),
    ],
)
def test_bad_answers_name_the_field(world, fields, field):
    invitation = issue(world["meeting"])
    with pytest.raises(ValidationError) as error:
        answer(world, invitation, **fields)
    assert field in error.value.message_dict
    assert not InvitationReply.objects.exists()


def test_representative_must_hold_an_office_in_the_agency(world):
    invitation = issue(world["meeting"])
    with pytest.raises(ValidationError) as error:
        answer(world, invitation, answer=Answer.REPRESENTED, representative=PersonFactory())
    assert "representative" in error.value.message_dict


def test_answer_refused_once_the_meeting_started(world):
    invitation = issue(world["meeting"])
    with pytest.raises(ValidationError) as error:
        answer(world, invitation, answer=Answer.ATTENDING, now=START)
    assert "answer" in error.value.message_dict


def test_answer_refused_for_an_agency_not_invited(world):
    invitation = issue(world["meeting"])
    with pytest.raises(ValidationError) as error:
        answer(world, invitation, AgencyFactory(), answer=Answer.ATTENDING)
    assert "organization" in error.value.message_dict


def test_answer_refused_for_a_cancelled_meeting(world):
    invitation = issue(world["meeting"])
    world["meeting"].status = MeetingStatus.CANCELLED
    world["meeting"].save()
    with pytest.raises(ValidationError) as error:
        answer(world, invitation, answer=Answer.ATTENDING)
    assert "answer" in error.value.message_dict


@pytest.mark.parametrize(
    "fields",
    [
        {"answer": Answer.REPRESENTED},
        {"answer": Answer.REPRESENTED, "representative_name": "Budi"},
        {"answer": Answer.UNABLE},
        {"answer": Answer.ATTENDING, "reason": "", "assignment_letter": "1/2"},
        {"answer": "maybe"},
    ],
)
def test_the_database_refuses_inconsistent_answers(world, fields):
    invitation = issue(world["meeting"])
    with pytest.raises(IntegrityError), transaction.atomic():
        InvitationReply.objects.create(
            invitation=invitation, organization=world["diskominfo"], answered_at=NOW, **fields
        )


def test_the_database_keeps_one_answer_per_agency(world):
    invitation = issue(world["meeting"])
    answer(world, invitation, answer=Answer.ATTENDING)
    with pytest.raises(IntegrityError), transaction.atomic():
        InvitationReply.objects.create(
            invitation=invitation,
            organization=world["diskominfo"],
            answer=Answer.ATTENDING,
            answered_at=NOW,
        )


def test_invitation_replies_by_organization_in_one_query(world, django_assert_num_queries):
    invitation = issue(world["meeting"])
    answer(world, invitation, answer=Answer.REPRESENTED, representative=world["secretary"])
    answer(world, invitation, world["dinkes"], answer=Answer.UNABLE, reason="Dinas luar")
    with django_assert_num_queries(1):
        replies = invitation_replies(world["meeting"])
        names = {pk: str(r.representative or "") for pk, r in replies.items()}
    assert set(replies) == {world["diskominfo"].pk, world["dinkes"].pk}
    assert names[world["diskominfo"].pk] == "Sekdis Kominfo"


def test_invitee_rows_show_the_head_on_the_meetings_day(world):
    rows = {row.organization.slug: row for row in invitee_rows(world["meeting"])}
    assert rows["diskominfo"].head.person == world["head"]
    assert rows["dinkes"].head is None
