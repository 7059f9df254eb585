"""The notification log in the admin, the command, and the sweep's fixed number of queries."""

import datetime

import pytest
import time_machine
from django.core import mail
from django.core.cache import cache
from django.core.management import call_command

from notifications.models import Notification, Status
from notifications.notices import notices_replan
from tests.factories import CommitmentFactory, PersonFactory, UserFactory
from tests.notifications.conftest import MEETING_START, local, sweep_at

pytestmark = pytest.mark.django_db

DUE_MOMENT = MEETING_START - datetime.timedelta(hours=3)


def run_command(moment, *args) -> str:
    from io import StringIO

    out = StringIO()
    with time_machine.travel(moment, tick=False):
        call_command("send_due_notifications", *args, stdout=out)
    return out.getvalue()


def test_dry_run_prints_and_writes_nothing(world):
    output = run_command(DUE_MOMENT, "--dry-run")
    assert "would send  meeting_reminder" in output
    assert "kadis@example.org" in output
    assert "3 baru dari 3" in output
    assert not Notification.objects.exists()
    assert mail.outbox == []


def test_a_foreground_sweep_sends_and_reports(world):
    output = run_command(DUE_MOMENT)
    assert output.count("sent ") == 3
    assert len(mail.outbox) == 3
    assert (
        run_command(DUE_MOMENT + datetime.timedelta(minutes=1), "--dry-run").count("would send")
        == 0
    )


@pytest.fixture
def staff_client(client):
    admin = UserFactory(username="operator", is_staff=True, is_superuser=True)
    client.force_login(admin)
    return client


def test_the_log_filters_by_status_and_retries_failed_rows(world, staff_client):
    sweep_at(DUE_MOMENT)
    failed = Notification.objects.get(address="kadis@example.org")
    Notification.objects.filter(pk=failed.pk).update(status=Status.FAILED, last_error="550")
    response = staff_client.get("/admin/notifications/notification/?status__exact=failed")
    assert response.status_code == 200
    assert list(response.context["cl"].result_list) == [failed]
    response = staff_client.post(
        "/admin/notifications/notification/",
        {"action": "retry", "_selected_action": [failed.pk]},
        follow=True,
    )
    assert response.status_code == 200
    failed.refresh_from_db()
    assert (failed.status, failed.attempts, failed.claimed_at) == (Status.PENDING, 0, None)


def test_the_log_is_read_only(world, staff_client):
    sweep_at(DUE_MOMENT)
    row = Notification.objects.first()
    response = staff_client.post(
        f"/admin/notifications/notification/{row.pk}/change/", {"address": "x@example.org"}
    )
    assert response.status_code == 403


def test_the_log_page_has_a_fixed_number_of_queries(
    world, staff_client, django_assert_max_num_queries
):
    sweep_at(DUE_MOMENT)
    with django_assert_max_num_queries(12):
        assert staff_client.get("/admin/notifications/notification/").status_code == 200


def test_a_sweep_reads_with_the_same_queries_for_5_or_50_follow_ups(world):
    def add(count):
        for _ in range(count):
            CommitmentFactory(
                meeting=world.meeting,
                owner=world.agency,
                answers_to=world.komisi,
                person_in_charge=PersonFactory(email="p@example.org"),
                due_date=datetime.date(2025, 3, 20),
            )

    def queries_of_a_sweep(moment) -> int:
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        Notification.objects.all().delete()
        cache.clear()  # nor what the digest counted earlier today
        notices_replan()  # each sweep looks at every follow-up again
        with CaptureQueriesContext(connection) as captured:
            sweep_at(moment)
        # Inserts come in batches (SQLite caps the parameters of one statement); reads are fixed.
        return sum(1 for query in captured if query["sql"].startswith("SELECT"))

    add(5)
    few = queries_of_a_sweep(local(2025, 3, 19, 8))
    add(45)
    many = queries_of_a_sweep(local(2025, 3, 19, 8))
    assert few == many
    assert Notification.objects.count() == 50
