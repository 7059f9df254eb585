"""The secretariat's outbox page and the reminders shown on a follow-up's page."""

import datetime

import pytest
from django.utils import timezone

from commitments.models import Commitment
from notifications.models import Kind, Notification, Status
from tests.factories import CommitmentFactory, MeetingFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def meeting(directory):
    return MeetingFactory(
        lead_body=directory["komisi"], invited_organizations=[directory["diskominfo"]]
    )


@pytest.fixture
def commitment(meeting, directory) -> Commitment:
    return CommitmentFactory(
        meeting=meeting,
        owner=directory["diskominfo"],
        answers_to=directory["komisi"],
        due_date=timezone.localdate() + datetime.timedelta(days=3),
    )


def row(n: int, *, status=Status.PENDING, meeting=None, commitment=None, **fields):
    return Notification.objects.create(
        kind=Kind.COMMITMENT_DUE if commitment else Kind.MEETING_REMINDER,
        subject=f"commitment:{commitment.pk}" if commitment else f"meeting:{meeting.pk}",
        occasion=f"test-{n}",
        channel="email",
        address=f"orang{n}@example.org",
        recipient_name=f"Orang {n}",
        meeting=meeting or (commitment.meeting if commitment else None),
        commitment=commitment,
        status=status,
        sent_at=timezone.now() if status == Status.SENT else None,
        next_attempt_at=timezone.now(),
        **fields,
    )


def test_only_the_secretariat_reads_the_outbox(client, clerk, agency_user, body_user):
    assert client.get("/workspace/outbox/").status_code == 302  # to the login page
    for user in (agency_user, body_user):
        client.force_login(user)
        assert client.get("/workspace/outbox/").status_code == 403
        assert client.post("/workspace/outbox/1/retry/").status_code == 403
    client.force_login(clerk)
    response = client.get("/workspace/outbox/")
    assert response.status_code == 200
    assert 'href="/workspace/outbox/"' in response.content.decode()  # in the menu


def test_the_menu_links_the_outbox_for_the_secretariat_only(client, agency_user):
    client.force_login(agency_user)
    assert 'href="/workspace/outbox/"' not in client.get("/workspace/agency/").content.decode()


def test_filters_by_state_meeting_and_follow_up(client, clerk, meeting, commitment):
    other = MeetingFactory(lead_body=meeting.lead_body)
    row(1, meeting=meeting)
    row(2, meeting=other, status=Status.SENT)
    row(3, commitment=commitment, status=Status.FAILED, last_error="SMTP 550")
    row(4, meeting=meeting, status=Status.SENDING)
    client.force_login(clerk)

    def names(query):
        page = client.get(f"/workspace/outbox/?{query}").context["page"]
        return {n.recipient_name for n in page.object_list}

    assert names("") == {"Orang 1", "Orang 2", "Orang 3", "Orang 4"}
    assert names("state=waiting") == {"Orang 1", "Orang 4"}
    assert names("state=sent") == {"Orang 2"}
    assert names("state=failed") == {"Orang 3"}
    assert names(f"meeting={other.pk}") == {"Orang 2"}
    assert names(f"commitment={commitment.pk}") == {"Orang 3"}
    assert names(f"meeting={meeting.pk}&state=waiting") == {"Orang 1", "Orang 4"}
    # A filter that makes no sense is ignored, not a server error.
    assert client.get("/workspace/outbox/?meeting=abc&state=nope").status_code == 200


def test_paginated_with_a_fixed_number_of_queries(
    client, clerk, meeting, commitment, django_assert_max_num_queries
):
    for n in range(60):
        row(n, meeting=meeting, status=Status.FAILED if n % 3 else Status.SENT)
        row(100 + n, commitment=commitment)
    client.force_login(clerk)
    with django_assert_max_num_queries(8):
        first = client.get("/workspace/outbox/")
    with django_assert_max_num_queries(8):
        last = client.get("/workspace/outbox/?page=3&state=")
    assert len(first.context["page"].object_list) == 50
    assert len(last.context["page"].object_list) == 20
    assert "page=2" in first.content.decode()
    with django_assert_max_num_queries(8):
        filtered = client.get(f"/workspace/outbox/?state=failed&meeting={meeting.pk}&page=1")
    assert filtered.context["page"].paginator.count == 40
    with django_assert_max_num_queries(8):
        by_meeting = client.get(f"/workspace/outbox/?meeting={meeting.pk}&page=1")
    # A meeting's outbox includes the reminders about the follow-ups made in it.
    assert by_meeting.context["page"].paginator.count == 120
    assert f"?page=2&amp;meeting={meeting.pk}" in by_meeting.content.decode()


def test_retry_sends_a_failed_row_again_once(client, clerk, meeting):
    failed = row(1, meeting=meeting, status=Status.FAILED, attempts=8, last_error="SMTP 550")
    sent = row(2, meeting=meeting, status=Status.SENT)
    client.force_login(clerk)
    assert client.get(f"/workspace/outbox/{failed.pk}/retry/").status_code == 405
    response = client.post(
        f"/workspace/outbox/{failed.pk}/retry/", {"next": "/workspace/outbox/?state=failed"}
    )
    assert response.status_code == 302 and response["Location"] == "/workspace/outbox/?state=failed"
    failed.refresh_from_db()
    assert (failed.status, failed.attempts, failed.claimed_at) == (Status.PENDING, 0, None)
    before = failed.next_attempt_at
    # A second click changes nothing.
    client.post(f"/workspace/outbox/{failed.pk}/retry/")
    failed.refresh_from_db()
    assert (failed.status, failed.next_attempt_at) == (Status.PENDING, before)
    # A sent row is never sent again; an outside address is not followed.
    response = client.post(f"/workspace/outbox/{sent.pk}/retry/", {"next": "https://evil.example/"})
    assert response["Location"] == "/workspace/outbox/"
    sent.refresh_from_db()
    assert sent.status == Status.SENT


def test_the_retry_button_shows_on_failed_rows_only(client, clerk, meeting):
    failed = row(1, meeting=meeting, status=Status.FAILED)
    sent = row(2, meeting=meeting, status=Status.SENT)
    client.force_login(clerk)
    html = client.get("/workspace/outbox/").content.decode()
    assert f"/workspace/outbox/{failed.pk}/retry/" in html
    assert f"/workspace/outbox/{sent.pk}/retry/" not in html


def test_the_follow_up_page_says_who_will_be_reminded_without_addresses(
    client, agency_user, directory, commitment, django_assert_max_num_queries
):
    directory["head"].email = "kadis@example.org"
    directory["head"].save()
    Notification.objects.create(
        kind=Kind.COMMITMENT_DUE,
        subject=f"commitment:{commitment.pk}",
        occasion="due-7d@earlier",
        channel="email",
        address="kadis@example.org",
        recipient_name="Ulfiningtyas",
        commitment=commitment,
        meeting=commitment.meeting,
        status=Status.SENT,
        sent_at=timezone.now(),
        next_attempt_at=timezone.now(),
    )
    client.force_login(agency_user)
    with django_assert_max_num_queries(40):
        html = client.get(f"/workspace/commitments/{commitment.pk}/").content.decode()
    assert "Siapa yang akan diingatkan" in html or "Who will be reminded" in html
    assert "Ulfiningtyas" in html and "Kepala" in html
    assert "@example.org" not in html


def test_the_tag_renders_a_meetings_plan_for_the_meeting_page(
    directory, django_assert_max_num_queries
):
    from django.template import Context, Template

    directory["head"].email = "kadis@example.org"
    directory["head"].save()
    directory["diskominfo"].email = "kominfo@example.org"
    directory["diskominfo"].save()
    soon = MeetingFactory(
        lead_body=directory["komisi"],
        invited_organizations=[directory["diskominfo"]],
        start=timezone.now() + datetime.timedelta(hours=30),
        end=timezone.now() + datetime.timedelta(hours=32),
    )
    template = Template("{% load reminder_tags %}{% planned_reminders meeting %}")
    with django_assert_max_num_queries(10):
        html = template.render(Context({"meeting": soon}))
    assert "Ulfiningtyas" in html and "Kepala" in html and "Diskominfo" in html
    assert "@example.org" not in html
