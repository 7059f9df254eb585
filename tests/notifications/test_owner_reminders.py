"""Reminders for follow-ups owed by a DPRD body or an outside party: a body's own go to its
chair (ketua) and the secretariat; an outside party's go to the secretariat, who chases them,
and on escalation to the chair of the body it answers to."""

import datetime

import pytest
import time_machine
from django.utils import translation

from meetings.models import OfficeRole, OrganizationKind
from notifications.models import Kind, Notification
from notifications.selectors import planned_reminders
from tests.factories import (
    AgencyFactory,
    BodyFactory,
    CommitmentFactory,
    MembershipFactory,
    PersonFactory,
)
from tests.notifications.conftest import local, rows, sweep_at
from tests.notifications.test_messages import send_all

pytestmark = pytest.mark.django_db

DUE = datetime.date(2025, 3, 20)


def on(day: datetime.date, hour: int = 8) -> datetime.datetime:
    return local(day.year, day.month, day.day, hour, 0)


@pytest.fixture
def pimpinan(world):
    body = BodyFactory(parent=world.komisi.parent, kind=OrganizationKind.PIMPINAN, name="Pimpinan")
    leader = PersonFactory(name="Ketua DPRD", email="ketuadprd@example.org")
    MembershipFactory(person=leader, organization=body, role=OfficeRole.CHAIR)
    return body


@pytest.fixture
def own(world, pimpinan):
    """Komisi I promised to reschedule the SPBE hearing; it answers to the Pimpinan."""
    return CommitmentFactory(
        meeting=world.meeting,
        owner=world.komisi,
        answers_to=pimpinan,
        due_date=DUE,
        text="Menjadwalkan ulang RDP lanjutan SPBE",
    )


@pytest.fixture
def outside(world):
    police = AgencyFactory(
        kind=OrganizationKind.EXTERNAL,
        category="",
        name="Polres Contoh",
        email="polres@example.org",
    )
    return CommitmentFactory(
        meeting=world.meeting,
        owner=police,
        answers_to=world.komisi,
        due_date=DUE,
        text="Menertibkan parkir liar di depan kantor",
    )


def test_a_body_s_own_follow_up_reminds_its_chair_and_the_secretariat(own):
    sweep_at(on(DUE))
    assert rows(kind=Kind.COMMITMENT_DUE) == [
        (Kind.COMMITMENT_DUE, "ketua@example.org", "due-0d@2025-03-20"),
        (Kind.COMMITMENT_DUE, "setwan@example.org", "due-0d@2025-03-20"),
    ]


def test_a_body_s_own_follow_up_escalates_to_its_chair_then_the_pimpinan(own):
    for day in (DUE + datetime.timedelta(days=n) for n in (1, 7, 14)):
        sweep_at(on(day))
    got = rows(kind=Kind.COMMITMENT_OVERDUE)
    assert (Kind.COMMITMENT_OVERDUE, "ketua@example.org", "overdue-7d@2025-03-20") in got
    assert (Kind.COMMITMENT_OVERDUE, "ketuadprd@example.org", "overdue-14d@2025-03-20") in got
    for step in (1, 7, 14):
        occasion = f"overdue-{step}d@2025-03-20"
        assert (Kind.COMMITMENT_OVERDUE, "setwan@example.org", occasion) in got
    head_step = Notification.objects.get(
        address="ketua@example.org", occasion__startswith="overdue-7d"
    )
    assert head_step.context["owner_kind"] == "body"


def test_an_outside_party_s_follow_up_reminds_the_secretariat_only(outside):
    sweep_at(on(DUE))
    assert rows(kind=Kind.COMMITMENT_DUE) == [
        (Kind.COMMITMENT_DUE, "setwan@example.org", "due-0d@2025-03-20")
    ]
    # The outside party itself is never written to by the tracker.
    for n in (1, 7, 14):
        sweep_at(on(DUE + datetime.timedelta(days=n)))
    addresses = {address for _k, address, _o in rows()}
    assert "polres@example.org" not in addresses
    assert (Kind.COMMITMENT_OVERDUE, "ketua@example.org", "overdue-14d@2025-03-20") in rows()


def test_the_secretariat_is_told_why_it_gets_the_reminder(outside):
    [message] = send_all(on(DUE))
    with translation.override("id"):
        why = translation.gettext(
            "You receive this as the DPRD secretariat, which follows up the DPRD's own promises "
            "and those of outside parties."
        )
    assert message.to == ["setwan@example.org"]
    assert why in message.body
    assert "Menertibkan parkir liar" in message.body


def test_an_agency_s_follow_up_still_leaves_the_secretariat_out(world):
    CommitmentFactory(meeting=world.meeting, owner=world.agency, due_date=DUE)
    sweep_at(on(DUE))
    assert [address for _k, address, _o in rows(kind=Kind.COMMITMENT_DUE)] == ["kadis@example.org"]


def test_the_plan_names_the_chair_and_the_secretariat(own):
    with time_machine.travel(local(2025, 3, 11, 12, 0), tick=False):
        plan = planned_reminders(commitment=own)
    due = {line.recipient for line in plan.planned if line.kind == Kind.COMMITMENT_DUE}
    assert due == {"Ketua Komisi", "clerk"}


def test_a_body_s_chair_has_its_own_overdue_follow_ups_in_the_weekly_digest(own):
    monday = datetime.date(2025, 4, 7)
    sweep_at(on(monday))
    digests = {
        (n.address, n.subject): n
        for n in Notification.objects.filter(kind=Kind.OVERDUE_DIGEST, occasion="digest@2025-W15")
    }
    # Komisi I's chair reads what Komisi I itself owes; the Ketua DPRD what the Pimpinan oversees.
    assert set(digests) == {
        ("ketua@example.org", f"own:{own.owner_id}"),
        ("ketuadprd@example.org", f"body:{own.answers_to_id}"),
    }
    assert digests["ketua@example.org", f"own:{own.owner_id}"].context["count"] == 1
    sweep_at(on(monday, hour=10))
    assert Notification.objects.filter(kind=Kind.OVERDUE_DIGEST).count() == 2


def test_the_own_digest_says_whose_follow_ups_they_are(own):
    messages = send_all(on(datetime.date(2025, 4, 7)))
    [own_digest] = [m for m in messages if m.to == ["ketua@example.org"]]
    with translation.override("id"):
        owes = translation.ngettext(
            "%(organization)s itself owes %(counter)s overdue follow-up.",
            "%(organization)s itself owes %(counter)s overdue follow-ups.",
            1,
        ) % {"organization": "Komisi I", "counter": 1}
    assert owes in own_digest.body
    assert "Menjadwalkan ulang RDP lanjutan SPBE" in own_digest.body
    assert "/bodies/komisi-i/" in own_digest.body


def test_a_body_s_own_reminder_does_not_call_the_body_an_agency(own):
    [to_chair] = [m for m in send_all(on(DUE)) if m.to == ["ketua@example.org"]]
    with translation.override("id"):
        owed_by = translation.gettext("Owed by")
    assert f"{owed_by}: Komisi I" in to_chair.body
    assert "OPD penanggung jawab" not in to_chair.body


def test_a_body_found_owing_nothing_is_counted_again_the_next_day(world, pimpinan):
    monday = datetime.date(2025, 4, 7)
    sweep_at(on(monday))
    assert not Notification.objects.filter(kind=Kind.OVERDUE_DIGEST, subject__startswith="own:")
    # Recorded that afternoon, already past its date: not counted again the same day...
    CommitmentFactory(
        meeting=world.meeting,
        owner=world.komisi,
        answers_to=pimpinan,
        due_date=monday - datetime.timedelta(days=3),
        text="Menyampaikan aspirasi warga kepada Pimpinan",
    )
    sweep_at(on(monday, hour=14))
    assert not Notification.objects.filter(kind=Kind.OVERDUE_DIGEST, subject__startswith="own:")
    # ...but the next day, in the same week's digest.
    sweep_at(on(monday + datetime.timedelta(days=1)))
    own = Notification.objects.get(kind=Kind.OVERDUE_DIGEST, subject=f"own:{world.komisi.pk}")
    assert (own.address, own.occasion) == ("ketua@example.org", "digest@2025-W15")
