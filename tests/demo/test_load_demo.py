import datetime
import io

import pytest
from django.apps import apps
from django.contrib.auth.models import User
from django.core import serializers
from django.core.management import call_command
from django.utils import timezone

from commitments.models import Commitment, CommitmentStatus, CommitmentUpdate, Verification
from meetings.models import (
    Attendance,
    LegislationKind,
    Meeting,
    MeetingKind,
    MeetingStatus,
    Openness,
    Organization,
    Partnership,
)
from meetings.selectors import office_holder

pytestmark = pytest.mark.django_db


def load_demo() -> str:
    out = io.StringIO()
    call_command("load_demo", "--force", stdout=out)
    return out.getvalue()


def snapshot() -> str:
    """Every row of every project table (audit history included), as one comparable string."""
    models = [
        model
        for app in ("meetings", "commitments", "auth")
        for model in apps.get_app_config(app).get_models()
    ]
    return "\n".join(
        serializers.serialize("json", model.objects.order_by("pk")) for model in models
    )


def test_demo_accounts_do_not_exist_without_load_demo():
    assert not User.objects.filter(username__in=["setwan", "diskominfo", "komisi1"]).exists()


def test_loading_twice_changes_nothing():
    load_demo()
    before = snapshot()
    output = load_demo()
    assert snapshot() == before
    assert "0" in output


def test_the_26_february_2025_panel_discussion():
    load_demo()
    meeting = Meeting.objects.get(external_id="demo:panel_discussion_26_feb_2025")
    local = meeting.local_start
    assert (local.date(), local.hour, meeting.zone_label) == (datetime.date(2025, 2, 26), 9, "WIB")
    assert meeting.kind == MeetingKind.DISKUSI_PANEL
    assert meeting.lead_body.name == "Komisi I"
    assert meeting.status == MeetingStatus.HELD and meeting.openness == Openness.OPEN
    assert meeting.venue.name == "Ruang Pertemuan Argopuro"
    assert meeting.venue.building == "Kantor Bupati Probolinggo"
    assert "Kraksaan" in meeting.venue.city
    item = meeting.agenda_items.get()
    assert item.legislation.kind == LegislationKind.RPJMD
    speakers = {p.person.name: p.organization.abbreviation for p in meeting.participants.all()}
    assert speakers == {"Didik Humaidi": "DPRD Kabupaten Probolinggo", "Ulfiningtyas": "Diskominfo"}
    assert all(p.attendance == Attendance.PRESENT for p in meeting.participants.all())
    owners = {c.owner.abbreviation for c in meeting.commitments.all()}
    assert owners == {"Diskominfo"} and meeting.commitments.count() == 2
    assert meeting.commitments.filter(text__contains="SPBE").exists()


def test_the_directory_is_loaded_with_provenance():
    load_demo()
    assert Organization.objects.filter(kind="opd").count() == 54
    assert Organization.objects.filter(kind="komisi").count() == 4
    diskominfo = Organization.objects.get(abbreviation="Diskominfo")
    assert Partnership.objects.get(agency=diskominfo, body__name="Komisi I").is_verified
    assert not Partnership.objects.get(agency__abbreviation="Dinkes").is_verified  # inferred
    # The office changed hands in October 2025; a commitment follows the office.
    before = office_holder(organization=diskominfo, role="head", on=datetime.date(2025, 2, 26))
    after = office_holder(organization=diskominfo, role="head", on=datetime.date(2025, 11, 1))
    assert (before.person.name, after.person.name) == ("Ulfiningtyas", "Hudan Syarifuddin")
    acting = office_holder(
        organization=Organization.objects.get(abbreviation="BKPSDM"), role="head"
    )
    assert acting.acting == "plt"


def test_the_demo_covers_every_situation_a_page_shows():
    load_demo()
    today = timezone.localdate()
    meetings = Meeting.objects.all()
    assert meetings.filter(start__date__gt=today, status=MeetingStatus.SCHEDULED).count() >= 3
    assert meetings.filter(openness=Openness.CLOSED).exists()
    postponed = meetings.get(status=MeetingStatus.POSTPONED)
    assert postponed.rescheduled_to.status == MeetingStatus.SCHEDULED
    assert postponed.rescheduled_to.start > postponed.start
    assert meetings.filter(status=MeetingStatus.CANCELLED).exclude(status_reason="").exists()
    assert len({m.kind for m in meetings}) >= 6
    assert {m.zone_label for m in meetings} == {"WIB", "WITA"}
    assert set(Commitment.objects.values_list("status", flat=True)) == set(CommitmentStatus.values)
    assert Commitment.objects.overdue().exists()
    assert Commitment.objects.filter(verification=Verification.VERIFIED).exists()
    assert Commitment.objects.filter(verification=Verification.PENDING).exists()
    assert Commitment.objects.filter(verification=Verification.SENT_BACK).exists()
    assert Commitment.objects.filter(due_date__gte=today).exists()  # reminders have work
    assert CommitmentUpdate.objects.count() > Commitment.objects.count()


def test_demo_accounts_log_in_with_demo(client):
    output = load_demo()
    for username in ("setwan", "diskominfo", "komisi1"):
        user = User.objects.get(username=username)
        assert user.email and user.check_password("demo")
        assert f"  {username} " in output  # each account with where it starts
    assert "demo" in output and "/workspace/today/" in output and "/login/" in output
    assert User.objects.get(username="diskominfo").person.name == "Hudan Syarifuddin"
    assert client.login(username="setwan", password="demo")
    assert client.get("/admin/meetings/meeting/").status_code == 200
    client.logout()
    client.login(username="diskominfo", password="demo")
    assert client.get("/admin/meetings/meeting/").status_code == 302  # not secretariat staff


def test_demo_meetings_fall_on_working_days():
    load_demo()
    assert all(m.local_start.weekday() < 5 for m in Meeting.objects.all())


def test_upcoming_demo_meetings_have_their_invitation_issued():
    load_demo()
    from meetings.models import Invitation

    invited = Invitation.objects.filter(meeting__invited_organizations__slug="diskominfo")
    assert invited.exists(), "the diskominfo account has an invitation to answer"
    load_demo()
    assert Invitation.objects.count() == Invitation.objects.values("meeting").distinct().count()


def test_the_demo_shows_follow_ups_owed_by_a_body_and_an_outside_party():
    load_demo()
    own = Commitment.objects.get(owner__slug="komisi-i")
    assert "SPBE" in own.text and own.answers_to.kind == "pimpinan"
    outside = Commitment.objects.get(owner__kind="external")
    assert outside.owner.abbreviation == "Polres Probolinggo"
    assert outside.owner.email == ""  # the tracker never writes to it: the secretariat does
    assert outside.updates.filter(kind="progress").exists()
