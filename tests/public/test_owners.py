"""Follow-ups owed by a DPRD body or an outside party on the public pages: each owner shown as
what it is, the body's page lists its own promises, and a closed meeting's stays out of sight."""

import datetime

import pytest
from django.utils import timezone
from django.utils.translation import gettext

from meetings.models import OrganizationKind
from tests.factories import AgencyFactory, CommitmentFactory, MeetingFactory
from tests.public.test_pages import page_urls

pytestmark = pytest.mark.django_db


@pytest.fixture
def police():
    return AgencyFactory(
        kind=OrganizationKind.EXTERNAL,
        category="",
        name="Polres Contoh",
        abbreviation="Polres",
        slug="polres",
    )


@pytest.fixture
def pimpinan(world):
    return AgencyFactory(
        kind=OrganizationKind.PIMPINAN,
        category="",
        parent=world.komisi.parent,
        name="Pimpinan DPRD",
        abbreviation="",
        slug="pimpinan",
    )


@pytest.fixture
def owed(world, police, pimpinan):
    soon = timezone.localdate() + datetime.timedelta(days=10)
    return {
        "own": CommitmentFactory(
            meeting=world.open_meeting,
            owner=world.komisi,
            answers_to=pimpinan,
            text="Menjadwalkan ulang RDP lanjutan SPBE",
            due_date=soon,
        ),
        "outside": CommitmentFactory(
            meeting=world.open_meeting,
            owner=police,
            answers_to=world.komisi,
            text="Menertibkan parkir liar",
            due_date=soon,
        ),
        "secret": CommitmentFactory(
            meeting=world.closed_meeting,
            owner=world.komisi,
            answers_to=pimpinan,
            text="Membentuk Panja rahasia",
            due_date=soon,
        ),
    }


def test_the_list_shows_each_owner_as_what_it_is(client, world, owed):
    html = client.get("/commitments/").content.decode()
    assert f'href="/bodies/{world.komisi.slug}/">Komisi I</a>' in html
    assert "Polres" in html and "/agencies/polres/" not in html
    assert str(gettext("Outside party")) in html
    assert "Panja rahasia" not in html


def test_the_list_filters_by_owner_kind(client, world, owed):
    body = client.get("/commitments/?owner_kind=body").content.decode()
    assert owed["own"].text in body and owed["outside"].text not in body
    assert world.commitment.text not in body
    outside = client.get("/commitments/?owner_kind=external").content.decode()
    assert owed["outside"].text in outside and owed["own"].text not in outside


def test_a_follow_up_page_names_a_body_or_an_outside_party(client, world, owed):
    page = client.get(f"/commitments/{owed['own'].pk}/").content.decode()
    assert f'href="/bodies/{world.komisi.slug}/"' in page
    page = client.get(f"/commitments/{owed['outside'].pk}/").content.decode()
    assert "Polres Contoh" in page
    assert client.get(f"/commitments/{owed['secret'].pk}/").status_code == 404


def test_the_body_page_lists_its_own_follow_ups_apart(client, world, owed, monkeypatch):
    html = client.get(f"/bodies/{world.komisi.slug}/").content.decode()
    own_section = html.split('id="own-commitments-heading"')[1]
    assert owed["own"].text in own_section and owed["outside"].text not in own_section
    assert "Panja rahasia" not in html
    monkeypatch.setattr("public.selectors.organizations.COMMITMENTS_SHOWN", 1)
    CommitmentFactory(
        meeting=world.open_meeting, owner=world.komisi, answers_to=owed["own"].answers_to
    )
    html = client.get(f"/bodies/{world.komisi.slug}/").content.decode()
    assert f'href="/commitments/?owner={world.komisi.slug}"' in html
    full = client.get(f"/commitments/?owner={world.komisi.slug}").content.decode()
    assert owed["own"].text in full and owed["outside"].text not in full


def test_a_closed_meeting_s_own_follow_up_leaks_nowhere(client, world, owed):
    feeds = [f"/calendar/{world.komisi.slug}.ics", "/calendar.ics"]
    for url in [*page_urls(world), *feeds, "/search/?q=Panja", "/commitments/?owner_kind=body"]:
        assert "Panja rahasia" not in client.get(url).content.decode(), url


def test_pages_stay_in_a_fixed_number_of_queries(
    client, world, owed, django_assert_max_num_queries
):
    for _ in range(20):
        meeting = MeetingFactory(lead_body=world.komisi)
        CommitmentFactory(meeting=meeting, owner=world.komisi, answers_to=owed["own"].answers_to)
        CommitmentFactory(meeting=meeting, owner=owed["outside"].owner, answers_to=world.komisi)
    for url in ("/commitments/", f"/bodies/{world.komisi.slug}/", "/commitments/?owner_kind=body"):
        with django_assert_max_num_queries(14):
            assert client.get(url).status_code == 200
