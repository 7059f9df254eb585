"""Due-date reminders, overdue escalation, the weekly digest and submitted notices."""

import datetime

import pytest
import time_machine

from commitments.services import commitment_submit, commitment_verify
from notifications.models import BodyPolicy, Kind, Notification
from tests.factories import CommitmentFactory, UserFactory
from tests.notifications.conftest import local, rows, sweep_at

pytestmark = pytest.mark.django_db

DUE = datetime.date(2025, 3, 20)  # a Thursday


@pytest.fixture
def commitment(world):
    return CommitmentFactory(
        meeting=world.meeting,
        owner=world.agency,
        answers_to=world.komisi,
        person_in_charge=world.officer,
        due_date=DUE,
        text="Menyelenggarakan sosialisasi SPBE dengan narasumber",
    )


def on(day: datetime.date, hour: int = 8) -> datetime.datetime:
    return local(day.year, day.month, day.day, hour, 0)


def days(n: int) -> datetime.timedelta:
    return datetime.timedelta(days=n)


def test_due_reminders_seven_days_one_day_and_on_the_day(commitment):
    sweep_at(on(DUE - days(8)))
    assert not Notification.objects.exists()
    for day in (DUE - days(7), DUE - days(6), DUE - days(1), DUE):
        sweep_at(on(day))
    assert rows(kind=Kind.COMMITMENT_DUE) == [
        (Kind.COMMITMENT_DUE, "pic@example.org", "due-0d@2025-03-20"),
        (Kind.COMMITMENT_DUE, "pic@example.org", "due-1d@2025-03-20"),
        (Kind.COMMITMENT_DUE, "pic@example.org", "due-7d@2025-03-20"),
    ]


def test_dated_reminders_wait_for_working_hours(commitment):
    sweep_at(on(DUE - days(7), hour=6))
    assert not Notification.objects.exists()
    sweep_at(on(DUE - days(7), hour=7))
    assert Notification.objects.count() == 1


def test_without_a_person_in_charge_the_office_holder_is_reminded(commitment):
    commitment.person_in_charge = None
    commitment.save()
    sweep_at(on(DUE))
    assert rows(kind=Kind.COMMITMENT_DUE) == [
        (Kind.COMMITMENT_DUE, "kadis@example.org", "due-0d@2025-03-20")
    ]


def test_a_new_due_date_starts_the_reminders_afresh(commitment):
    sweep_at(on(DUE - days(1)))
    commitment.due_date = DUE + days(30)
    commitment.save()
    sweep_at(on(DUE + days(23)))
    assert [r[2] for r in rows(kind=Kind.COMMITMENT_DUE)] == [
        "due-1d@2025-03-20",
        "due-7d@2025-04-19",
    ]


def test_a_body_can_set_its_own_reminder_days(commitment):
    BodyPolicy.objects.create(body=commitment.answers_to, commitment_reminder_days="14, 3")
    sweep_at(on(DUE - days(14)))
    sweep_at(on(DUE - days(7)))
    sweep_at(on(DUE - days(3)))
    assert [r[2] for r in rows(kind=Kind.COMMITMENT_DUE)] == [
        "due-14d@2025-03-20",
        "due-3d@2025-03-20",
    ]


def test_escalation_person_in_charge_then_head_then_chair(commitment):
    for day in (DUE + days(1), DUE + days(6), DUE + days(7), DUE + days(13), DUE + days(14)):
        sweep_at(on(day))
    assert rows(kind=Kind.COMMITMENT_OVERDUE) == [
        (Kind.COMMITMENT_OVERDUE, "kadis@example.org", "overdue-7d@2025-03-20"),
        (Kind.COMMITMENT_OVERDUE, "ketua@example.org", "overdue-14d@2025-03-20"),
        (Kind.COMMITMENT_OVERDUE, "pic@example.org", "overdue-1d@2025-03-20"),
    ]
    audiences = dict(
        Notification.objects.filter(kind=Kind.COMMITMENT_OVERDUE).values_list(
            "address", "context__audience"
        )
    )
    assert audiences == {
        "pic@example.org": "person_in_charge",
        "kadis@example.org": "head",
        "ketua@example.org": "chair",
    }


def test_after_downtime_every_escalation_step_still_in_its_window_is_sent(commitment):
    # Eight days late: the day-after step (its catch-up window is 7 days) and the 7-day step.
    sweep_at(on(DUE + days(8)))
    assert [r[1] for r in rows(kind=Kind.COMMITMENT_OVERDUE)] == [
        "kadis@example.org",
        "pic@example.org",
    ]


def test_long_overdue_follow_ups_are_left_to_the_digest(commitment):
    sweep_at(on(DUE + days(60)))
    assert not Notification.objects.filter(kind=Kind.COMMITMENT_OVERDUE).exists()


def test_weekly_digest_to_the_chair_and_the_head_once_a_week(commitment):
    monday = datetime.date(2025, 4, 7)
    sweep_at(on(monday - days(1)))  # Sunday: the week before, digest W14
    sweep_at(on(monday))
    sweep_at(on(monday + days(2)))
    sweep_at(on(monday + days(7)))
    digests = rows(kind=Kind.OVERDUE_DIGEST)
    assert digests == [
        (Kind.OVERDUE_DIGEST, "kadis@example.org", "digest@2025-W14"),
        (Kind.OVERDUE_DIGEST, "kadis@example.org", "digest@2025-W15"),
        (Kind.OVERDUE_DIGEST, "kadis@example.org", "digest@2025-W16"),
        (Kind.OVERDUE_DIGEST, "ketua@example.org", "digest@2025-W14"),
        (Kind.OVERDUE_DIGEST, "ketua@example.org", "digest@2025-W15"),
        (Kind.OVERDUE_DIGEST, "ketua@example.org", "digest@2025-W16"),
    ]
    assert Notification.objects.filter(kind=Kind.OVERDUE_DIGEST).first().context["count"] == 1


def test_no_digest_when_nothing_is_overdue(commitment):
    sweep_at(on(DUE - days(3)))
    assert not Notification.objects.filter(kind=Kind.OVERDUE_DIGEST).exists()


def test_closed_follow_ups_get_no_reminders(commitment):
    commitment_submit(commitment=commitment, author=None)
    sweep_at(on(DUE))
    sweep_at(on(DUE + days(7)))
    assert not Notification.objects.filter(
        kind__in=[Kind.COMMITMENT_DUE, Kind.COMMITMENT_OVERDUE]
    ).exists()


def test_submitting_as_done_asks_the_body_to_verify(commitment):
    with time_machine.travel(on(DUE - days(2)), tick=False):
        commitment_submit(commitment=commitment, author=None, text="Sudah dilaksanakan")
    sweep_at(on(DUE - days(2), hour=9))
    submission = commitment.updates.get(kind="submitted")
    assert rows(kind=Kind.COMMITMENT_SUBMITTED) == [
        (Kind.COMMITMENT_SUBMITTED, address, f"submitted#{submission.pk}")
        for address in ("ketua@example.org", "komisi1@example.org")
    ]


def test_a_resubmission_after_sent_back_asks_again(commitment):
    verifier = UserFactory()
    with time_machine.travel(on(DUE - days(3)), tick=False):
        commitment_submit(commitment=commitment, author=None)
    sweep_at(on(DUE - days(3), hour=9))
    with time_machine.travel(on(DUE - days(2)), tick=False):
        commitment_verify(
            commitment=commitment, author=verifier, accept=False, reason="Bukti kurang"
        )
        commitment_submit(commitment=commitment, author=None)
    sweep_at(on(DUE - days(2), hour=9))
    occasions = {r[2] for r in rows(kind=Kind.COMMITMENT_SUBMITTED)}
    assert len(occasions) == 2


def test_a_digest_is_counted_once_a_week_and_late_comers_still_get_theirs(world, commitment):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from meetings.models import OfficeRole
    from tests.factories import AgencyFactory, MembershipFactory, PersonFactory

    monday = datetime.date(2025, 4, 7)
    sweep_at(on(monday))
    assert len(rows(kind=Kind.OVERDUE_DIGEST)) == 2
    # Everyone with a follow-up overdue has this week's digest: the next sweep does not group
    # the overdue follow-ups again.
    with CaptureQueriesContext(connection) as queries:
        sweep_at(on(monday, hour=10))
    grouped = [q["sql"] for q in queries.captured_queries if "COUNT(" in q["sql"].upper()]
    assert not [sql for sql in grouped if "commitments_commitment" in sql], grouped
    # An agency whose first follow-up goes overdue on Wednesday has its digest that week.
    late = AgencyFactory(name="Dinas Baru", email="baru@example.org")
    MembershipFactory(
        person=PersonFactory(name="Kepala Baru", email="kepala.baru@example.org"),
        organization=late,
        role=OfficeRole.HEAD,
    )
    CommitmentFactory(
        meeting=world.meeting, owner=late, answers_to=world.komisi, due_date=monday + days(1)
    )
    sweep_at(on(monday + days(2)))
    late_digest = Notification.objects.get(
        kind=Kind.OVERDUE_DIGEST, address="kepala.baru@example.org"
    )
    assert late_digest.occasion == "digest@2025-W15"
    assert late_digest.context["count"] == 1
    assert len(rows(kind=Kind.OVERDUE_DIGEST)) == 3
