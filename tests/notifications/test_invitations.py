"""The invitation letter through the outbox: each address once, the answer link in the message."""

import datetime
import re

import pytest
import time_machine
from django.core import mail
from django.test import Client

from meetings.models import Invitation, MeetingStatus, Membership, OfficeRole
from notifications.links import read_invitation_token
from notifications.models import ContactPreference, Kind, Notification, Status, Unsubscription
from notifications.services import (
    invitation_issue_and_send,
    invitation_resend,
    notification_deliver,
)
from tests.factories import AgencyFactory, MembershipFactory, PersonFactory
from tests.meetings.invitation_world import LETTER, NOW, START, build

pytestmark = pytest.mark.django_db


@pytest.fixture
def world():
    return build()


@pytest.fixture
def enqueued(monkeypatch):
    batches = []
    monkeypatch.setattr(
        "notifications.services.invitations.enqueue_delivery", lambda ids: batches.append(ids)
    )
    return batches


@pytest.fixture
def clock():
    with time_machine.travel(NOW, tick=False):
        yield


def send(world, **letter):
    return invitation_issue_and_send(meeting=world["meeting"], **(LETTER | letter))


def addresses():
    return sorted(
        Notification.objects.filter(kind=Kind.MEETING_INVITATION).values_list("address", flat=True)
    )


def test_issue_writes_one_row_per_address_and_enqueues_after_commit(
    world, enqueued, clock, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        send(world)
    # The head of Diskominfo and its own address; Dinkes has neither, so nobody to write to.
    assert addresses() == ["diskominfo@example.org", "kadis@example.org"]
    assert enqueued == []  # nothing leaves before the commit
    for callback in callbacks:
        callback()
    [ids] = enqueued
    assert sorted(ids) == sorted(Notification.objects.values_list("pk", flat=True))
    assert all(row.claimed_at is not None for row in Notification.objects.all())
    head_row = Notification.objects.get(address="kadis@example.org")
    assert head_row.recipient == world["head"]
    assert head_row.organization == world["diskominfo"]


def test_issuing_twice_or_resending_writes_each_row_once(
    world, enqueued, clock, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        send(world)
        send(world, letter_number="005/999/2025")
        resent = invitation_resend(invitation=world["meeting"].invitation)
    assert Notification.objects.count() == 2
    assert resent == []
    assert sum(len(batch) for batch in enqueued) == 2
    assert Invitation.objects.get().sent_rounds == 1


def test_resend_reaches_a_newly_invited_agency_and_retries_failures(
    world, enqueued, clock, django_capture_on_commit_callbacks
):
    send(world)
    Notification.objects.filter(address="kadis@example.org").update(status=Status.FAILED)
    Notification.objects.filter(address="diskominfo@example.org").update(
        status=Status.SENT, sent_at=NOW
    )
    late = AgencyFactory(email="bappeda@example.org")
    world["meeting"].invited_organizations.add(late)
    with django_capture_on_commit_callbacks(execute=True):
        ids = invitation_resend(invitation=world["meeting"].invitation)
    again = Notification.objects.filter(pk__in=ids)
    assert sorted(again.values_list("address", flat=True)) == [
        "bappeda@example.org",
        "kadis@example.org",
    ]
    assert Notification.objects.count() == 3
    assert Notification.objects.get(address="diskominfo@example.org").status == Status.SENT


def test_the_head_on_the_meetings_day_is_invited(world, enqueued, clock):
    # Ulfiningtyas leaves office the day before the meeting; her successor starts that day.
    Membership.objects.filter(person=world["head"]).update(end_date=datetime.date(2025, 2, 25))
    successor = PersonFactory(email="kadis.baru@example.org")
    MembershipFactory(
        person=successor,
        organization=world["diskominfo"],
        role=OfficeRole.HEAD,
        label="Kepala Diskominfo",
        start_date=datetime.date(2025, 2, 25),
    )
    send(world)
    assert addresses() == ["diskominfo@example.org", "kadis.baru@example.org"]


def test_unsubscribed_addresses_are_skipped(world, enqueued, clock):
    Unsubscription.objects.create(address="kadis@example.org", kind=Kind.MEETING_INVITATION)
    send(world)
    assert addresses() == ["diskominfo@example.org"]


def deliver_all():
    mail.outbox.clear()
    for row in Notification.objects.filter(status=Status.PENDING):
        assert notification_deliver(notification_id=row.pk) == Status.SENT, row.last_error
    return {message.to[0]: message for message in mail.outbox}


def test_the_message_carries_a_working_answer_link(world, enqueued, clock):
    ContactPreference.objects.create(person=world["head"], language="en")
    send(world)
    messages = deliver_all()
    english, indonesian = messages["kadis@example.org"], messages["diskominfo@example.org"]
    assert english.subject.startswith("Invitation: Rapat dengar pendapat Raperda RPJMD")
    assert "Wednesday 26 February 2025, 09:00–12:00 WIB" in english.subject
    assert indonesian.subject.startswith("Undangan:")
    assert "Rabu, 26 Februari 2025, 09.00–12.00 WIB" in indonesian.body
    assert "005/123/426.070/2025" in indonesian.body
    invitation = world["meeting"].invitation
    for message in (english, indonesian):
        [link] = set(
            re.findall(
                r"https://tracker\.example\.org(/workspace/invitations/reply/[^/\s]+/)",
                message.body,
            )
        )
        token = link.split("/")[-2]
        assert read_invitation_token(token) == (invitation.pk, world["diskominfo"].pk)
        assert f"{link}letter.pdf" in message.body
        assert link in message.alternatives[0][0]
        assert "/notifications/unsubscribe/" in message.body
        page = Client().get(link)
        assert page.status_code == 200
        assert b"Rapat dengar pendapat Raperda RPJMD" in page.content


def test_a_cancelled_meeting_is_not_sent(world, enqueued, clock):
    send(world)
    world["meeting"].status = MeetingStatus.CANCELLED
    world["meeting"].save()
    for row in Notification.objects.all():
        assert notification_deliver(notification_id=row.pk) == Status.SKIPPED
    assert mail.outbox == []


def test_a_started_meeting_is_not_sent(world, enqueued, clock):
    send(world)
    with time_machine.travel(START, tick=False):
        for row in Notification.objects.all():
            assert notification_deliver(notification_id=row.pk) == Status.SKIPPED
