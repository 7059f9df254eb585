"""Who will be reminded of what, and when: read off the policy, true to what the sweep writes."""

import datetime

import time_machine

from commitments.services import commitment_submit
from meetings.models import Membership
from notifications.models import Kind, Status
from notifications.selectors import planned_reminders
from notifications.services import sweep
from tests.factories import CommitmentFactory, ParticipantFactory, PersonFactory
from tests.notifications.conftest import local


def lines(plan):
    return {(line.kind, line.recipient, line.office, line.when) for line in plan.planned}


def due_now(plan):
    return {(line.kind, line.recipient) for line in plan.planned if not line.when}


def swept(now, subject):
    return {
        (row.kind, row.recipient_name)
        for row in sweep(now=now, dry_run=True).due
        if row.subject == subject
    }


def test_a_meeting_two_days_ahead_plans_both_reminders_for_everyone_invited(world):
    with time_machine.travel(local(2025, 3, 8, 12, 0), tick=False):
        plan = planned_reminders(meeting=world.meeting)
    assert {(k, who) for k, who, _o, _w in lines(plan)} == {
        (kind, who)
        for kind in [Kind.MEETING_REMINDER]
        for who in ["Anggota Komisi", "Kepala Dinas", "Diskominfo"]
    }
    whens = {when for _k, _who, _o, when in lines(plan)}
    assert whens == {"Minggu, 9 Maret 2025, 09.00 WIB", "Senin, 10 Maret 2025, 07.00 WIB"}
    assert plan.written == []


def test_offices_are_named(world):
    Membership.objects.filter(person=world.head).update(label="Kepala Diskominfo")
    Membership.objects.filter(person=world.chair).update(acting="plt")
    commitment = CommitmentFactory(
        meeting=world.meeting, owner=world.agency, due_date=datetime.date(2025, 3, 4)
    )
    with time_machine.travel(local(2025, 3, 8, 12, 0), tick=False):
        offices = {
            (line.recipient, line.office)
            for line in planned_reminders(meeting=world.meeting).planned
        }
        escalations = {
            (line.recipient, line.office)
            for line in planned_reminders(commitment=commitment).planned
        }
    assert ("Kepala Dinas", "Kepala Diskominfo") in offices
    assert ("Anggota Komisi", "Tamu") in offices or ("Anggota Komisi", "Guest") in offices
    assert ("Ketua Komisi", "Plt Ketua") in escalations


def test_what_is_due_now_is_what_the_sweep_writes_and_then_it_shows_as_written(world):
    subject = f"meeting:{world.meeting.pk}"
    now = local(2025, 3, 9, 10, 0)
    with time_machine.travel(now, tick=False):
        plan = planned_reminders(meeting=world.meeting)
        assert due_now(plan) == swept(now, subject) != set()
        sweep(now=now, enqueue=lambda ids: None)
        after = planned_reminders(meeting=world.meeting)
    assert {line.status for line in after.written} == {Status.PENDING}
    assert {line.recipient for line in after.written} == {r for _k, r in due_now(plan)}
    # Only the 2-hour reminder is still ahead.
    assert {line.when for line in after.planned} == {"Senin, 10 Maret 2025, 07.00 WIB"}


def test_a_follow_up_plans_due_reminders_then_escalation(world):
    officer_commitment = CommitmentFactory(
        meeting=world.meeting,
        owner=world.agency,
        answers_to=world.komisi,
        due_date=datetime.date(2025, 3, 20),
        person_in_charge=world.officer,
    )
    subject = f"commitment:{officer_commitment.pk}"
    with time_machine.travel(local(2025, 3, 11, 12, 0), tick=False):
        plan = planned_reminders(commitment=officer_commitment)
    got = {(k, who, when) for k, who, _o, when in lines(plan)}
    assert (Kind.COMMITMENT_DUE, "Petugas Tindak Lanjut", "Kamis, 13 Maret 2025, 07.00 WIB") in got
    assert (Kind.COMMITMENT_DUE, "Petugas Tindak Lanjut", "Kamis, 20 Maret 2025, 07.00 WIB") in got
    assert (Kind.COMMITMENT_OVERDUE, "Kepala Dinas", "Kamis, 27 Maret 2025, 07.00 WIB") in got
    assert (Kind.COMMITMENT_OVERDUE, "Ketua Komisi", "Kamis, 3 April 2025, 07.00 WIB") in got
    # At each of those moments, what the plan calls due is what the sweep selects.
    for moment in (local(2025, 3, 13, 8, 0), local(2025, 3, 21, 9, 0), local(2025, 3, 27, 9, 0)):
        with time_machine.travel(moment, tick=False):
            assert due_now(planned_reminders(commitment=officer_commitment)) == swept(
                moment, subject
            )


def test_quiet_hours_move_a_passed_due_reminder_to_the_sending_hour(world):
    commitment = CommitmentFactory(
        meeting=world.meeting, owner=world.agency, due_date=datetime.date(2025, 3, 12)
    )
    with time_machine.travel(local(2025, 3, 11, 3, 0), tick=False):
        plan = planned_reminders(commitment=commitment)
    due = [line for line in plan.planned if line.kind == Kind.COMMITMENT_DUE]
    assert {line.when for line in due} >= {"Selasa, 11 Maret 2025, 07.00 WIB"}
    assert all(line.when for line in plan.planned)


def test_a_submitted_follow_up_asks_the_body_to_verify_at_the_next_sweep(world):
    commitment = CommitmentFactory(
        meeting=world.meeting, owner=world.agency, due_date=datetime.date(2025, 3, 20)
    )
    with time_machine.travel(local(2025, 3, 11, 3, 0), tick=False):
        commitment_submit(commitment=commitment, author=None, text="Selesai.")
        plan = planned_reminders(commitment=commitment)
    assert due_now(plan) == {
        (Kind.COMMITMENT_SUBMITTED, "Ketua Komisi"),
        (Kind.COMMITMENT_SUBMITTED, "Komisi I"),
    }
    assert not [line for line in plan.planned if line.kind == Kind.COMMITMENT_DUE]


def test_the_queries_do_not_grow_with_the_invited(world):
    def count():
        with time_machine.travel(local(2025, 3, 8, 12, 0), tick=False):
            from django.db import connection
            from django.test.utils import CaptureQueriesContext

            with CaptureQueriesContext(connection) as queries:
                plan = planned_reminders(meeting=world.meeting)
        return len(queries), len(plan.planned)

    few, few_lines = count()
    for index in range(30):
        ParticipantFactory(
            meeting=world.meeting, person=PersonFactory(email=f"p{index}@example.org")
        )
    many, many_lines = count()
    assert many_lines > few_lines + 50
    assert many == few <= 10
