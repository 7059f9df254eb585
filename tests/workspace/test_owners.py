"""Follow-ups owed by a DPRD body or an outside party in the workspaces: the clerk chooses them
as owners, a body's members report on their own, agencies see nothing new."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils.translation import gettext

from commitments.models import Commitment, CommitmentStatus
from commitments.services import commitment_create
from meetings.models import Openness, OrganizationKind
from meetings.services import meeting_create
from tests.factories import AgencyFactory, BodyFactory
from tests.workspace.fixtures_roles import START, build_world
from tests.workspace.test_secretariat_log import URL, the_panel

HOME = reverse("workspace:body-home")


@pytest.fixture
def police(db):
    return AgencyFactory(
        kind=OrganizationKind.EXTERNAL, category="", name="Polres Contoh", abbreviation="Polres"
    )


def test_the_owner_list_groups_agencies_bodies_and_outside_parties(
    client, clerk, directory, police
):
    client.force_login(clerk)
    field = client.get(URL).context["commitments"].forms[0].fields["owner"]
    groups = {label: [pk for pk, _name in rows] for label, rows in field.choices[1:]}
    assert groups == {
        gettext("Government agencies (OPD)"): [directory["diskominfo"].pk],
        gettext("DPRD bodies"): [directory["dprd"].pk, directory["komisi"].pk],
        gettext("Outside parties"): [police.pk],
    }


def test_the_clerk_records_a_body_s_and_an_outside_party_s_follow_ups(
    client, clerk, directory, police
):
    pimpinan = BodyFactory(
        parent=directory["dprd"], kind=OrganizationKind.PIMPINAN, name="Pimpinan DPRD"
    )
    client.force_login(clerk)
    data = the_panel(directory) | {
        "commitments-0-owner": directory["komisi"].pk,
        "commitments-0-text": "Menjadwalkan ulang rapat lanjutan SPBE",
        "commitments-1-owner": police.pk,
    }
    assert client.post(URL, data).status_code == 302
    own, outside = Commitment.objects.order_by("pk")
    assert (own.owner, own.answers_to) == (directory["komisi"], pimpinan)
    assert (outside.owner, outside.answers_to) == (police, directory["komisi"])


@pytest.fixture
def world(db):
    return build_world()


@pytest.fixture
def own(world):
    return commitment_create(
        meeting=world.meeting, owner=world.komisi, text="Menjadwalkan ulang RDP SPBE"
    )


def test_the_body_sees_and_reports_on_its_own_follow_up(client, world, own):
    client.force_login(world.body_user)
    response = client.get(HOME)
    assert response.context["own"] == [own]
    assert reverse("workspace:commitment", args=[own.pk]) in response.content.decode()
    page = client.get(reverse("workspace:commitment", args=[own.pk]))
    assert page.context["progress_form"] is not None and page.context["verify_form"] is None
    reported = client.post(
        reverse("workspace:commitment-progress", args=[own.pk]),
        {"text": "Undangan dikirim", "progress": "50"},
    )
    assert reported.status_code == 302
    own.refresh_from_db()
    assert (own.status, own.progress) == (CommitmentStatus.IN_PROGRESS, 50)


def test_other_bodies_and_agencies_cannot_report_on_it(client, world, own):
    url = reverse("workspace:commitment-progress", args=[own.pk])
    for user in (world.other_body_user, world.agency_user):
        client.force_login(user)
        assert client.post(url, {"text": "x", "progress": "5"}).status_code == 404
    own.refresh_from_db()
    assert own.progress == 0


def test_agencies_see_nothing_new(client, world, own):
    client.force_login(world.agency_user)
    html = client.get(reverse("workspace:agency-home")).content.decode()
    assert "Menjadwalkan ulang RDP SPBE" not in html


def test_a_closed_meeting_s_own_follow_up_only_reaches_its_body(client, world):
    closed = meeting_create(
        title="Rapat internal RAHASIA",
        kind="komisi",
        lead_body=world.komisi,
        start=START,
        openness=Openness.CLOSED,
    )
    commitment_create(meeting=closed, owner=world.komisi, text="Panja RAHASIA", is_public=False)
    client.force_login(world.body_user)
    assert "Panja RAHASIA" in client.get(HOME).content.decode()
    client.force_login(world.other_body_user)
    assert "RAHASIA" not in client.get(HOME).content.decode()


def test_the_own_list_does_not_grow_in_queries(client, world):
    client.force_login(world.body_user)

    def count(n):
        for index in range(n):
            commitment_create(meeting=world.meeting, owner=world.komisi, text=f"Janji {index}")
        with CaptureQueriesContext(connection) as captured:
            assert client.get(HOME).status_code == 200
        return len(captured)

    few = count(2)
    assert count(30) == few
