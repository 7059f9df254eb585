"""Logging a meeting on one page: validation next to the field, nothing saved half, permissions."""

import datetime

import pytest
from django.test import Client

from commitments.models import Commitment
from meetings.models import Meeting, Participant, Person
from tests.factories import WIB

URL = "/workspace/meetings/new/"


def management(prefix: str, total: int) -> dict:
    return {f"{prefix}-TOTAL_FORMS": str(total), f"{prefix}-INITIAL_FORMS": "0"}


def the_panel(directory) -> dict:
    """The 26 February 2025 panel discussion as a clerk types it."""
    return {
        "title": "Diskusi panel Raperda RPJMD bersama Diskominfo",
        "kind": "diskusi_panel",
        "status": "held",
        "openness": "",
        "lead_body": directory["komisi"].pk,
        "invited_organizations": [directory["diskominfo"].pk],
        "date": "26/02/2025",
        "start_time": "09.00",
        "end_time": "12.00",
        "time_zone": "Asia/Jakarta",
        "venue": directory["venue"].pk,
        **management("agenda", 2),
        "agenda-0-title": "Raperda RPJMD: peran Diskominfo",
        "agenda-1-title": "Digitalisasi dan SPBE",
        **management("participants", 3),
        "participants-0-person": directory["vice"].pk,
        "participants-0-role": "chair",
        "participants-1-person": directory["head"].pk,
        "participants-1-organization": directory["diskominfo"].pk,
        "participants-1-role": "speaker",
        "participants-2-new_name": "Notulis Setwan",
        "participants-2-role": "minute_taker",
        **management("commitments", 2),
        "commitments-0-agenda_number": "1",
        "commitments-0-kind": "request",
        "commitments-0-text": "Bangun sinergi komunikasi dengan seluruh OPD",
        "commitments-0-owner": directory["diskominfo"].pk,
        "commitments-1-agenda_number": "2",
        "commitments-1-kind": "commitment",
        "commitments-1-text": "Mengundang narasumber SPBE",
        "commitments-1-owner": directory["diskominfo"].pk,
        "commitments-1-person_in_charge": directory["head"].pk,
        "commitments-1-due_date": "30/06/2025",
    }


def test_the_clerk_logs_the_panel_discussion(client, clerk, directory):
    client.force_login(clerk)
    assert client.get(URL).status_code == 200
    response = client.post(URL, the_panel(directory))
    meeting = Meeting.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/workspace/meetings/{meeting.pk}/"
    assert meeting.start == datetime.datetime(2025, 2, 26, 9, tzinfo=WIB)
    assert (meeting.openness, meeting.status) == ("open", "held")
    assert list(meeting.invited_organizations.all()) == [directory["diskominfo"]]
    assert [i.title for i in meeting.agenda_items.order_by("order")] == [
        "Raperda RPJMD: peran Diskominfo",
        "Digitalisasi dan SPBE",
    ]
    assert Participant.objects.filter(meeting=meeting).count() == 3
    assert Person.objects.get(name="Notulis Setwan").is_verified is False
    first, second = Commitment.objects.order_by("pk")
    assert first.agenda_item.title.startswith("Raperda")
    assert (second.person_in_charge, second.due_date) == (
        directory["head"],
        datetime.date(2025, 6, 30),
    )
    assert first.answers_to == directory["komisi"]


def test_an_error_shows_next_to_its_field_and_nothing_is_saved(client, clerk, directory):
    client.force_login(clerk)
    data = the_panel(directory) | {"end_time": "08.00", "commitments-1-due_date": "31/02/2025"}
    response = client.post(URL, data)
    assert response.status_code == 400
    assert response.context["meeting_form"].errors  # the date of 31/02 is refused by its field
    assert "commitments" in response.context
    assert response.context["commitments"].forms[1].errors["due_date"]
    assert not Meeting.objects.exists() and not Commitment.objects.exists()
    assert not Person.objects.filter(name="Notulis Setwan").exists()


def test_a_service_error_lands_on_the_right_row(client, clerk, directory):
    client.force_login(clerk)
    # The due date before the meeting is refused by the service, on the second follow-up row.
    data = the_panel(directory) | {"commitments-1-due_date": "01/01/2025"}
    response = client.post(URL, data)
    assert response.status_code == 400
    assert "due_date" in response.context["commitments"].forms[1].errors
    assert not Meeting.objects.exists()
    assert not Person.objects.filter(name="Notulis Setwan").exists()  # rolled back too


def test_end_before_start_is_named(client, clerk, directory):
    client.force_login(clerk)
    response = client.post(URL, the_panel(directory) | {"end_time": "08.00"})
    assert response.status_code == 400
    assert "end_time" in response.context["meeting_form"].errors
    assert not Meeting.objects.exists()


def test_a_closed_kind_cannot_be_opened(client, clerk, directory):
    client.force_login(clerk)
    response = client.post(URL, the_panel(directory) | {"kind": "banggar", "openness": "open"})
    assert response.status_code == 400
    assert not Meeting.objects.exists()
    assert (
        response.context["meeting_form"].non_field_errors()
        or response.context["meeting_form"].errors
    )


@pytest.mark.parametrize("who", ["agency_user", "body_user"])
def test_other_roles_cannot_open_secretariat_pages(request, client, who, directory):
    client.force_login(request.getfixturevalue(who))
    assert client.get(URL).status_code == 403
    assert client.post(URL, the_panel(directory)).status_code == 403
    assert client.get("/workspace/meetings/").status_code == 403
    assert not Meeting.objects.exists()


def test_anonymous_is_sent_to_login(client, directory):
    response = client.get(URL)
    assert response.status_code == 302 and "/login/" in response["Location"]


def test_csrf_is_enforced(clerk, directory):
    client = Client(enforce_csrf_checks=True)
    client.force_login(clerk)
    assert client.post(URL, the_panel(directory)).status_code == 403
    assert not Meeting.objects.exists()


def test_the_form_page_has_a_fixed_number_of_queries(
    client, clerk, directory, django_assert_max_num_queries
):
    from tests.factories import AgencyFactory, MembershipFactory, PersonFactory

    for _n in range(30):
        agency = AgencyFactory()
        directory["komisi"].partners.add(agency)
        MembershipFactory(person=PersonFactory(), organization=agency)
    client.force_login(clerk)
    with django_assert_max_num_queries(16):
        assert client.get(URL).status_code == 200
