"""After the meeting: attendance, outcomes, documents, minutes, postpone and cancel."""

import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from meetings.models import (
    Attendance,
    Meeting,
    MeetingStatus,
    MinutesState,
    OfficeRole,
    Participant,
)
from meetings.services import AgendaItemInput, ParticipantInput, meeting_create
from meetings.services.invitation import invitation_answer, invitation_issue
from tests.factories import WIB, MembershipFactory, PersonFactory
from tests.workspace.browser_form import browser_data


@pytest.fixture
def meeting(directory):
    return meeting_create(
        title="Diskusi panel Raperda RPJMD",
        kind="diskusi_panel",
        lead_body=directory["komisi"],
        start=datetime.datetime(2025, 2, 26, 9, tzinfo=WIB),
        end=datetime.datetime(2025, 2, 26, 12, tzinfo=WIB),
        venue=directory["venue"],
        agenda_items=[AgendaItemInput(title="Raperda RPJMD")],
        participants=[
            ParticipantInput(person=directory["head"], organization=directory["diskominfo"]),
            ParticipantInput(person=directory["vice"], role="chair"),
        ],
    )


@pytest.fixture
def logged_in(client, clerk):
    client.force_login(clerk)
    return client


def url(meeting, tail=""):
    return f"/workspace/meetings/{meeting.pk}/{tail}"


def attendance_post(meeting, rows):
    data = {
        "attendance-TOTAL_FORMS": str(len(rows)),
        "attendance-INITIAL_FORMS": str(len(rows)),
        # The two spare walk-in rows a browser sends back, left empty (their role keeps its
        # default, as a select always posts a value).
        "walkin-TOTAL_FORMS": "2",
        "walkin-INITIAL_FORMS": "0",
        "walkin-0-role": "guest",
        "walkin-1-role": "guest",
    }
    for index, (participant, values) in enumerate(rows):
        data[f"attendance-{index}-participant"] = participant.pk
        for key, value in values.items():
            data[f"attendance-{index}-{key}"] = value
    return data


def test_attendance_sheet_marks_present_and_represented(logged_in, meeting, directory):
    head, vice = meeting.participants.order_by("pk")
    deputy = PersonFactory(name="Sekretaris Diskominfo")
    MembershipFactory(
        person=deputy, organization=directory["diskominfo"], role=OfficeRole.SECRETARY
    )
    assert logged_in.get(url(meeting, "attendance/")).status_code == 200
    response = logged_in.post(
        url(meeting, "attendance/"),
        attendance_post(
            meeting,
            [
                (
                    head,
                    {
                        "attendance": "represented",
                        "represented_by": deputy.pk,
                        "assignment_letter": "ST/12/2025",
                    },
                ),
                (vice, {"attendance": "present"}),
            ],
        ),
    )
    assert response.status_code == 302
    head.refresh_from_db()
    assert (head.attendance, head.represented_by, head.assignment_letter) == (
        Attendance.REPRESENTED,
        deputy,
        "ST/12/2025",
    )


def test_the_representative_is_offered_from_the_agency_or_typed_with_the_letter(
    logged_in, meeting, directory
):
    """'Kepala diwakili Sekretaris Dinas, surat tugas nomor ...' as it happens at the door: the
    representative is picked among the agency's own people, or typed with an office."""
    head, vice = meeting.participants.order_by("pk")
    outsider = PersonFactory(name="Pejabat Dinas Lain")
    page = logged_in.get(url(meeting, "attendance/"))
    offered = dict(page.context["formset"].forms[0].fields["represented_by"].choices)
    assert outsider.pk not in offered
    response = logged_in.post(
        url(meeting, "attendance/"),
        attendance_post(
            meeting,
            [
                (
                    head,
                    {
                        "attendance": "represented",
                        "representative_name": "Budi Santoso",
                        "representative_title": "Sekretaris Dinas",
                        "assignment_letter": "800/45/426.114/2025",
                    },
                ),
                (vice, {"attendance": "present"}),
            ],
        )
        | {"walkin-0-new_name": "Wartawan Radar Bromo", "walkin-0-role": "guest"},
    )
    assert response.status_code == 302
    head.refresh_from_db()
    assert (head.represented_by.name, head.representative_title, head.assignment_letter) == (
        "Budi Santoso",
        "Sekretaris Dinas",
        "800/45/426.114/2025",
    )
    walk_in = meeting.participants.get(person__name="Wartawan Radar Bromo")
    assert walk_in.attendance == Attendance.PRESENT
    assert meeting.participants.count() == 3  # the empty spare row added nobody


def test_invited_agencies_are_on_the_sheet_by_themselves(logged_in, directory):
    meeting = meeting_create(
        title="RDP Diskominfo",
        kind="rdp",
        lead_body=directory["komisi"],
        start=datetime.datetime(2025, 2, 26, 9, tzinfo=WIB),
        invited_organizations=[directory["diskominfo"]],
    )
    seat = meeting.participants.get()
    assert (seat.person, seat.organization) == (directory["head"], directory["diskominfo"])
    page = logged_in.get(url(meeting, "attendance/"))
    assert b"Ulfiningtyas" in page.content


def test_represented_without_whom_is_refused_and_nothing_changes(logged_in, meeting):
    head, vice = meeting.participants.order_by("pk")
    response = logged_in.post(
        url(meeting, "attendance/"),
        attendance_post(
            meeting, [(head, {"attendance": "present"}), (vice, {"attendance": "represented"})]
        ),
    )
    assert response.status_code == 400
    assert response.context["formset"].forms[1].errors
    assert set(Participant.objects.values_list("attendance", flat=True)) == {Attendance.INVITED}


def test_mark_held_then_outcome_then_minutes(logged_in, meeting):
    assert logged_in.post(url(meeting, "mark-held/")).status_code == 302
    item = meeting.agenda_items.get()
    response = logged_in.post(
        url(meeting, "outcome/"),
        {"agenda_item": item.pk, "kind": "conclusion", "text": "Digitalisasi tidak bisa ditunda"},
    )
    assert response.status_code == 302
    assert item.outcomes.get().text == "Digitalisasi tidak bisa ditunda"
    logged_in.post(url(meeting, "draft-minutes/"))
    logged_in.post(url(meeting, "approve-minutes/"))
    meeting.refresh_from_db()
    assert (meeting.status, meeting.minutes_state) == (MeetingStatus.HELD, MinutesState.APPROVED)


def test_approving_minutes_of_a_scheduled_meeting_is_refused_with_a_message(logged_in, meeting):
    response = logged_in.post(url(meeting, "approve-minutes/"), follow=True)
    assert "hanya" in response.content.decode().lower() or response.status_code == 200
    meeting.refresh_from_db()
    assert meeting.minutes_state == MinutesState.NONE


def test_documents_are_checked_by_content(logged_in, meeting):
    fake = SimpleUploadedFile(
        "notulen.pdf", b"<script>alert(1)</script>", content_type="application/pdf"
    )
    response = logged_in.post(
        url(meeting, "document/"), {"title": "Notulen", "kind": "minutes", "file": fake}
    )
    assert response.status_code == 400
    assert "file" in response.context["document_form"].errors
    assert not meeting.documents.exists()
    real = SimpleUploadedFile("notulen.pdf", b"%PDF-1.7\n...", content_type="application/pdf")
    response = logged_in.post(
        url(meeting, "document/"),
        {"title": "Notulen", "kind": "minutes", "file": real, "is_public": "on"},
    )
    assert response.status_code == 302
    assert meeting.documents.get().is_public


def test_postpone_links_the_new_meeting(logged_in, meeting):
    response = logged_in.post(
        url(meeting, "postpone/"),
        {
            "new_date": "05/03/2025",
            "new_time": "10.00",
            "time_zone": "Asia/Jakarta",
            "reason": "Bentrok",
        },
    )
    assert response.status_code == 302
    meeting.refresh_from_db()
    assert meeting.status == MeetingStatus.POSTPONED
    assert meeting.rescheduled_to.start == datetime.datetime(2025, 3, 5, 10, tzinfo=WIB)


def test_cancel_needs_a_reason(logged_in, meeting):
    assert logged_in.post(url(meeting, "cancel/"), {"reason": ""}).status_code == 400
    assert (
        logged_in.post(url(meeting, "cancel/"), {"reason": "Pimpinan berhalangan"}).status_code
        == 400
    ), "cancelling cannot be undone, so it must be confirmed"
    assert Meeting.objects.get(pk=meeting.pk).status == MeetingStatus.SCHEDULED
    assert (
        logged_in.post(
            url(meeting, "cancel/"), {"reason": "Pimpinan berhalangan", "confirm": "on"}
        ).status_code
        == 302
    )
    assert Meeting.objects.get(pk=meeting.pk).status == MeetingStatus.CANCELLED


def test_an_agency_cannot_act_on_a_meeting(client, agency_user, meeting):
    client.force_login(agency_user)
    assert client.post(url(meeting, "cancel/"), {"reason": "x"}).status_code == 403
    assert client.get(url(meeting, "attendance/")).status_code == 403
    assert Meeting.objects.get(pk=meeting.pk).status == MeetingStatus.SCHEDULED


def test_meeting_pages_have_a_fixed_number_of_queries(
    logged_in, meeting, django_assert_max_num_queries
):
    def queries_of_the_meeting_page() -> int:
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as captured:
            assert logged_in.get(url(meeting)).status_code == 200
        return len(captured)

    for _n in range(5):
        meeting.participants.create(person=PersonFactory())
    few = queries_of_the_meeting_page()
    for _n in range(20):
        meeting.participants.create(person=PersonFactory())
    # Participants and their history rows do not add queries. The page holds the meeting, its
    # follow-ups, the invitation panel, who will be reminded (6) and one history of six kinds of
    # record, each in a fixed number of queries.
    assert queries_of_the_meeting_page() == few <= 32
    with django_assert_max_num_queries(14):
        assert logged_in.get(url(meeting, "attendance/")).status_code == 200
    with django_assert_max_num_queries(8):
        assert logged_in.get("/workspace/meetings/").status_code == 200


def test_the_agency_answer_prefills_its_row_on_the_sheet(logged_in, directory):
    """Diskominfo answered "represented by the Sekretaris Dinas, letter 800/45": the clerk finds
    the row already filled at the door and only saves it."""
    start = datetime.datetime(2031, 3, 5, 9, tzinfo=WIB)
    meeting = meeting_create(
        title="RDP Diskominfo",
        kind="rdp",
        lead_body=directory["komisi"],
        start=start,
        invited_organizations=[directory["diskominfo"]],
    )
    invitation = invitation_issue(
        meeting=meeting,
        letter_number="005/123/426.050/2031",
        letter_date=datetime.date(2031, 2, 26),
        signer_office="Ketua Komisi I",
    )
    invitation_answer(
        invitation=invitation,
        organization=directory["diskominfo"],
        answer="represented",
        representative_name="Budi Santoso",
        representative_title="Sekretaris Dinas",
        assignment_letter="800/45/2031",
    )
    page = logged_in.get(url(meeting, "attendance/"))
    row = page.context["formset"].forms[0]
    assert (row.initial["attendance"], row.initial["representative_name"]) == (
        "represented",
        "Budi Santoso",
    )
    sheet = page.content.decode()
    response = logged_in.post(url(meeting, "attendance/"), browser_data(sheet, action=""))
    assert response.status_code == 302
    seat = meeting.participants.get()
    assert (seat.attendance, seat.represented_by.name, seat.assignment_letter) == (
        Attendance.REPRESENTED,
        "Budi Santoso",
        "800/45/2031",
    )


def test_the_secretariat_day_lists_what_needs_a_clerk(logged_in, directory, meeting):
    """Held without attendance, past but not marked held, invitations not answered."""
    upcoming = meeting_create(
        title="RDP Diskominfo minggu depan",
        kind="rdp",
        lead_body=directory["komisi"],
        start=datetime.datetime(2031, 3, 5, 9, tzinfo=WIB),
        invited_organizations=[directory["diskominfo"]],
    )
    invitation_issue(
        meeting=upcoming,
        letter_number="005/1/2031",
        letter_date=datetime.date(2031, 2, 26),
        signer_office="Ketua Komisi I",
    )
    page = logged_in.get("/workspace/today/")
    assert page.status_code == 200
    assert [m.pk for m in page.context["unanswered"]] == [upcoming.pk]
    assert [m.pk for m in page.context["not_yet_marked_held"]] == [meeting.pk]
    logged_in.post(url(meeting, "mark-held/"))
    page = logged_in.get("/workspace/today/")
    assert [m.pk for m in page.context["to_complete"]] == [meeting.pk]


def test_the_secretariat_day_has_a_fixed_number_of_queries(
    logged_in, directory, meeting, django_assert_max_num_queries
):
    for day in range(1, 30):
        meeting_create(
            title=f"Rapat {day}",
            kind="rdp",
            lead_body=directory["komisi"],
            start=datetime.datetime(2025, 1, day, 9, tzinfo=WIB),
            invited_organizations=[directory["diskominfo"]],
        )
    with django_assert_max_num_queries(12):
        assert logged_in.get("/workspace/today/").status_code == 200
