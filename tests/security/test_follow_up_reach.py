"""Finding: a closed meeting's title and hidden agenda items reached accounts outside it through
the follow-ups they own or verify (workspace pages, follow-up pages, recaps)."""

import datetime

import pytest
from django.test import Client

from accountability.periods import Period
from accountability.services.content import recap_content
from accountability.services.files import recap_csv, recap_html
from commitments.services import commitment_create, commitment_submit

pytestmark = pytest.mark.django_db

SECRETS = ("Rapat tertutup RAHASIA", "Agenda internal")


@pytest.fixture
def outsider_follow_up(world):
    """A follow-up of komisi's closed meeting, owed by an agency that was not invited to it and
    answering to another body; made under the meeting's hidden agenda item."""
    hidden_item = world.closed_meeting.agenda_items.get(is_public=False)
    commitment = commitment_create(
        meeting=world.closed_meeting,
        owner=world.other_agency,
        answers_to=world.other_komisi,
        agenda_item=hidden_item,
        text="Tindak lanjut untuk Dinkes",
        is_public=False,
    )
    return commitment_submit(commitment=commitment, author=None)


def page(user, url):
    client = Client()
    client.force_login(user)
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def assert_clean(text, where):
    for secret in SECRETS:
        assert secret not in text, f"{secret!r} leaks in {where}"


def test_owner_outside_the_meeting_sees_only_a_glimpse(users, outsider_follow_up):
    agency = users["other_agency"]
    for url in (
        "/workspace/agency/",
        f"/workspace/commitments/{outsider_follow_up.pk}/",
        f"/commitments/{outsider_follow_up.pk}/",
    ):
        text = page(agency, url)
        assert "Tindak lanjut untuk Dinkes" in text
        assert_clean(text, url)


def test_verifying_body_outside_the_meeting_sees_only_a_glimpse(users, outsider_follow_up):
    member = users["other_body_member"]
    for url in ("/workspace/body/", f"/workspace/commitments/{outsider_follow_up.pk}/"):
        text = page(member, url)
        assert "Tindak lanjut untuk Dinkes" in text
        assert_clean(text, url)


def test_insiders_still_see_the_meeting(users, world, outsider_follow_up):
    text = page(users["secretariat"], f"/workspace/commitments/{outsider_follow_up.pk}/")
    assert "Rapat tertutup RAHASIA" in text and "Agenda internal" in text


@pytest.mark.parametrize("which", ["other_agency", "other_komisi"])
def test_recaps_name_the_closed_meeting_by_kind_only(world, outsider_follow_up, which):
    period = Period(datetime.date(2025, 1, 1), datetime.date(2025, 6, 30))
    content = recap_content(organization=getattr(world, which), period=period)
    assert any(c.pk == outsider_follow_up.pk for c in content.commitments)
    assert_clean(recap_csv(content).decode("utf-8"), "the recap CSV")
    assert_clean(recap_html(content), "the recap PDF's HTML")
