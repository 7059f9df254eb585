"""Logging a meeting on one page: validation next to the field, nothing saved half, permissions."""

import datetime

import pytest
from django.test import Client

from commitments.models import Commitment
from meetings.models import Meeting, Participant, Person
from meetings.services import outcome_add
from tests.factories import WIB
from tests.workspace.browser_form import browser_data

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
        "commitments-0-agenda_item": "0",
        "commitments-0-kind": "request",
        "commitments-0-text": "Bangun sinergi komunikasi dengan seluruh OPD",
        "commitments-0-owner": directory["diskominfo"].pk,
        "commitments-1-agenda_item": "1",
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


def test_spare_rows_left_as_the_browser_sends_them_are_ignored(client, clerk, directory):
    """The blocker: every spare row's selects post their defaults; the meeting still saves."""
    client.force_login(clerk)
    page = client.get(URL).content.decode()
    data = browser_data(
        page,
        action=URL,
        title="Diskusi panel Raperda RPJMD",
        kind="diskusi_panel",
        status="held",
        lead_body=str(directory["komisi"].pk),
        invited_organizations=[str(directory["diskominfo"].pk)],
        date="26/02/2025",
        start_time="09.00",
        **{
            "agenda-0-title": "Raperda RPJMD",
            "commitments-0-text": "Bangun sinergi komunikasi dengan seluruh OPD",
            "commitments-0-owner": str(directory["diskominfo"].pk),
            "commitments-0-agenda_item": "0",
        },
    )
    assert data["commitments-1-kind"] == "commitment"  # the spare row's select posts a value
    response = client.post(URL, data)
    assert response.status_code == 302, response.context and response.context["meeting_form"].errors
    meeting = Meeting.objects.get()
    assert meeting.agenda_items.count() == 1
    commitment = Commitment.objects.get()
    assert commitment.agenda_item.title == "Raperda RPJMD"
    # The invited agency's head took a seat on the attendance sheet by itself.
    assert list(meeting.participants.values_list("person__name", flat=True)) == ["Ulfiningtyas"]


def test_the_form_does_not_preset_the_kind(client, clerk, directory):
    client.force_login(clerk)
    page = client.get(URL).content.decode()
    assert browser_data(page, action=URL)["kind"] == ""


def test_a_follow_up_tied_to_an_empty_agenda_row_is_refused_on_its_row(client, clerk, directory):
    client.force_login(clerk)
    data = the_panel(directory) | {"commitments-1-agenda_item": "5"}
    response = client.post(URL, data)
    assert response.status_code == 400
    assert response.context["commitments"].forms[1].errors["agenda_item"]
    assert not Meeting.objects.exists()


def test_a_weekend_meeting_is_saved_with_a_warning(client, clerk, directory):
    client.force_login(clerk)
    data = the_panel(directory) | {"date": "01/03/2025"}  # a Saturday
    response = client.post(URL, data, follow=True)
    assert Meeting.objects.count() == 1
    assert "Sabtu" in response.content.decode()


def test_a_holiday_is_named_in_the_warning(client, clerk, directory):
    client.force_login(clerk)
    data = the_panel(directory) | {"date": "31/03/2025"}  # Idul Fitri 1446 H
    response = client.post(URL, data, follow=True)
    assert "libur" in response.content.decode()


def test_the_saved_meeting_is_completed_on_the_same_page(client, clerk, directory):
    client.force_login(clerk)
    client.post(URL, the_panel(directory))
    meeting = Meeting.objects.get()
    edit = f"/workspace/meetings/{meeting.pk}/edit/"
    assert edit in client.get(f"/workspace/meetings/{meeting.pk}/").content.decode()
    page = client.get(edit).content.decode()
    data = browser_data(page, action=edit)
    assert data["title"] == meeting.title
    first_commitment = Commitment.objects.order_by("pk").first()
    data.update(
        {
            "title": "Diskusi panel Raperda RPJMD 2025–2029",
            "agenda-2-title": "Tindak lanjut SPBE",
            "agenda-1-remove": "on",
            "participants-3-new_name": "Ketua Komisi I",
            "participants-3-role": "chair",
            "commitments-0-text": "Bangun sinergi komunikasi dengan seluruh OPD dan Bupati",
            "commitments-1-remove": "on",
        }
    )
    response = client.post(edit, data)
    assert response.status_code == 302, response.context["meeting_form"].errors
    meeting.refresh_from_db()
    assert meeting.title == "Diskusi panel Raperda RPJMD 2025–2029"
    assert [i.title for i in meeting.agenda_items.order_by("order")] == [
        "Raperda RPJMD: peran Diskominfo",
        "Tindak lanjut SPBE",
    ]
    assert meeting.participants.filter(person__name="Ketua Komisi I").exists()
    assert list(Commitment.objects.values_list("pk", "text")) == [
        (first_commitment.pk, "Bangun sinergi komunikasi dengan seluruh OPD dan Bupati")
    ]


def test_an_agenda_item_with_outcomes_is_not_removed(client, clerk, directory):
    client.force_login(clerk)
    client.post(URL, the_panel(directory))
    meeting = Meeting.objects.get()
    item = meeting.agenda_items.order_by("order").last()
    outcome_add(agenda_item=item, kind="conclusion", text="Disepakati")
    edit = f"/workspace/meetings/{meeting.pk}/edit/"
    data = browser_data(client.get(edit).content.decode(), action=edit) | {"agenda-1-remove": "on"}
    response = client.post(edit, data)
    assert response.status_code == 400
    assert "error-summary" in response.content.decode()
    assert meeting.agenda_items.count() == 2


def test_an_implausible_year_is_refused_on_its_field(client, clerk, directory):
    client.force_login(clerk)
    response = client.post(URL, the_panel(directory) | {"date": "26/02/0025"})
    assert response.status_code == 400
    assert response.context["meeting_form"].errors["date"]
    assert not Meeting.objects.exists()


def the_panel_with_rows(directory, rows: int) -> dict:
    """The panel with `rows` agenda items, participants and follow-ups."""
    data = {key: value for key, value in the_panel(directory).items() if "-" not in key}
    data |= management("agenda", rows) | management("participants", rows)
    data |= management("commitments", rows)
    for n in range(rows):
        data |= {
            f"agenda-{n}-title": f"Butir {n}",
            f"participants-{n}-new_name": f"Peserta {n}",
            f"participants-{n}-role": "member",
            f"commitments-{n}-agenda_item": str(n),
            f"commitments-{n}-kind": "request",
            f"commitments-{n}-text": f"Tindak lanjut {n}",
            f"commitments-{n}-owner": directory["diskominfo"].pk,
        }
    return data


def test_the_edit_page_has_the_same_queries_for_few_and_many_rows(
    client, clerk, directory, django_assert_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(clerk)
    counts = []
    for rows in (1, 12):
        assert client.post(URL, the_panel_with_rows(directory, rows)).status_code == 302
        meeting = Meeting.objects.latest("pk")
        assert meeting.agenda_items.count() == rows
        with CaptureQueriesContext(connection) as queries:
            assert client.get(f"/workspace/meetings/{meeting.pk}/edit/").status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1], counts
    assert counts[1] <= 20, counts


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("id", ["Terpilih", "Belum ada yang dipilih", "Perhatian: tanggal ini %(reason)s."]),
        ("en", ["Chosen", "None chosen yet", "Note: this date is %(reason)s."]),
    ],
)
def test_the_form_scripts_get_their_words_in_the_pages_language(
    client, clerk, directory, settings, language, words
):
    client.force_login(clerk)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    page = client.get(URL).content.decode()
    start = page.index('<script id="script-words" type="application/json">')
    script = page[start : page.index("</script>", start)]
    for word in words:
        assert word in script
