import datetime
from zoneinfo import ZoneInfo

import pytest
from django.core.exceptions import ValidationError

from meetings.models import (
    AgendaItem,
    Attendance,
    LegislationRole,
    Meeting,
    MeetingKind,
    MeetingStatus,
    Openness,
    Outcome,
    Participant,
    ParticipantRole,
)
from meetings.services import (
    AgendaItemInput,
    OutcomeInput,
    ParticipantInput,
    meeting_cancel,
    meeting_create,
    meeting_reschedule,
    meeting_update,
)
from tests.factories import LegislationFactory, PersonFactory, VenueFactory

pytestmark = pytest.mark.django_db
WIB = ZoneInfo("Asia/Jakarta")
START = datetime.datetime(2025, 2, 26, 9, tzinfo=WIB)


def create(komisi, **overrides):
    fields = {
        "title": "Diskusi Panel Raperda RPJMD",
        "kind": MeetingKind.DISKUSI_PANEL,
        "lead_body": komisi,
        "start": START,
        "end": START + datetime.timedelta(hours=3),
        "venue": VenueFactory(),
    } | overrides
    return meeting_create(**fields)


def test_meeting_create_saves_the_whole_meeting(komisi, agency):
    law = LegislationFactory()
    speaker, deputy = PersonFactory(), PersonFactory()
    meeting = create(
        komisi,
        invited_organizations=[agency],
        agenda_items=[
            AgendaItemInput(
                title="RPJMD",
                legislation=law,
                legislation_role=LegislationRole.DISCUSSION,
                outcomes=[OutcomeInput(text="Digitalisasi adalah keharusan.")],
            ),
            AgendaItemInput(title="Lain-lain", number="2.a"),
        ],
        participants=[
            ParticipantInput(person=speaker, role=ParticipantRole.SPEAKER),
            ParticipantInput(
                organization=agency,
                attendance=Attendance.REPRESENTED,
                represented_by=deputy,
                assignment_letter="ST/01/2025",
            ),
        ],
    )
    meeting.refresh_from_db()
    assert list(meeting.invited_organizations.all()) == [agency]
    assert [(a.order, a.number) for a in meeting.agenda_items.all()] == [(1, "1"), (2, "2.a")]
    assert meeting.agenda_items.first().outcomes.get().text == "Digitalisasi adalah keharusan."
    assert meeting.participants.count() == 2
    assert meeting.openness == Openness.OPEN
    latest = meeting.history.latest()
    assert [m.organization for m in latest.invited_organizations.all()] == [agency]


def test_a_bad_participant_leaves_no_meeting_behind(komisi, agency):
    with pytest.raises(ValidationError) as error:
        create(
            komisi,
            agenda_items=[AgendaItemInput(title="RPJMD")],
            participants=[
                ParticipantInput(person=PersonFactory()),
                # Represented, but nobody named as the representative.
                ParticipantInput(organization=agency, attendance=Attendance.REPRESENTED),
            ],
        )
    assert "participants[1]" in error.value.message_dict
    assert Meeting.objects.count() == 0
    assert AgendaItem.objects.count() == 0
    assert Participant.objects.count() == 0


def test_a_bad_outcome_names_its_agenda_item_and_saves_nothing(komisi):
    with pytest.raises(ValidationError) as error:
        create(
            komisi,
            agenda_items=[AgendaItemInput(title="A", outcomes=[OutcomeInput(text="")])],
        )
    assert "agenda_items[0].outcomes[0].text" in error.value.message_dict
    assert not Meeting.objects.exists() and not Outcome.objects.exists()


def test_naive_times_are_refused_not_guessed(komisi):
    with pytest.raises(ValidationError) as error:
        create(komisi, start=datetime.datetime(2025, 2, 26, 9))
    assert "start" in error.value.message_dict


def test_end_before_start_names_the_field(komisi):
    with pytest.raises(ValidationError) as error:
        create(komisi, end=START - datetime.timedelta(hours=1))
    assert error.value.message_dict == {"end": ["Rapat harus berakhir setelah dimulai."]}
    assert not Meeting.objects.exists()


def test_an_agency_cannot_lead_a_meeting(komisi, agency):
    with pytest.raises(ValidationError) as error:
        create(komisi, lead_body=agency)
    assert "lead_body" in error.value.message_dict


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        (MeetingKind.BANGGAR, Openness.CLOSED),
        (MeetingKind.BAMUS, Openness.CLOSED),
        (MeetingKind.PARIPURNA, Openness.OPEN),
        (MeetingKind.RDP, Openness.OPEN),
    ],
)
def test_openness_is_preset_by_kind(komisi, kind, expected):
    assert create(komisi, kind=kind).openness == expected


def test_the_chair_may_close_an_ordinary_meeting(komisi):
    assert create(komisi, openness=Openness.CLOSED).openness == Openness.CLOSED


def test_a_plenary_cannot_be_closed(komisi):
    with pytest.raises(ValidationError):
        create(komisi, kind=MeetingKind.PARIPURNA, openness=Openness.CLOSED)
    assert not Meeting.objects.exists()


def test_reschedule_keeps_the_old_record_and_links_the_new_one(komisi, agency):
    person = PersonFactory()
    meeting = create(
        komisi,
        invited_organizations=[agency],
        agenda_items=[AgendaItemInput(title="RPJMD")],
        participants=[ParticipantInput(person=person, attendance=Attendance.EXCUSED, reason="x")],
    )
    new_start = START + datetime.timedelta(days=7, hours=1)

    rescheduled = meeting_reschedule(meeting=meeting, new_start=new_start, reason="Berhalangan")

    meeting.refresh_from_db()
    assert meeting.status == MeetingStatus.POSTPONED
    assert meeting.rescheduled_to == rescheduled
    assert meeting.status_reason == "Berhalangan"
    assert meeting.revision == 1
    assert meeting.start == START  # the old date stays on record
    assert rescheduled.status == MeetingStatus.SCHEDULED
    assert rescheduled.start == new_start
    assert rescheduled.end - rescheduled.start == datetime.timedelta(hours=3)
    assert rescheduled.venue == meeting.venue
    assert list(rescheduled.invited_organizations.all()) == [agency]
    assert [a.title for a in rescheduled.agenda_items.all()] == ["RPJMD"]
    new_participant, seat = rescheduled.participants.order_by("pk")
    assert (seat.organization, seat.attendance) == (agency, Attendance.INVITED)
    assert new_participant.person == person
    assert new_participant.attendance == Attendance.INVITED
    assert meeting.agenda_items.count() == 1  # copied, not moved


def test_only_a_scheduled_meeting_can_be_rescheduled(komisi):
    meeting = create(komisi, status=MeetingStatus.HELD)
    with pytest.raises(ValidationError) as error:
        meeting_reschedule(meeting=meeting, new_start=START + datetime.timedelta(days=1))
    assert "status" in error.value.message_dict
    assert Meeting.objects.count() == 1


def test_reschedule_to_a_bad_time_leaves_everything_unchanged(komisi):
    meeting = create(komisi)
    with pytest.raises(ValidationError) as error:
        meeting_reschedule(
            meeting=meeting,
            new_start=START + datetime.timedelta(days=1),
            new_end=START,
        )
    assert "new_end" in error.value.message_dict
    meeting.refresh_from_db()
    assert meeting.status == MeetingStatus.SCHEDULED and meeting.revision == 0
    assert Meeting.objects.count() == 1


def test_cancel_needs_a_reason_and_raises_the_revision(komisi):
    meeting = create(komisi)
    with pytest.raises(ValidationError) as error:
        meeting_cancel(meeting=meeting, reason="  ")
    assert "reason" in error.value.message_dict

    meeting_cancel(meeting=meeting, reason="Bertepatan dengan paripurna")

    meeting.refresh_from_db()
    assert meeting.status == MeetingStatus.CANCELLED
    assert meeting.revision == 1
    with pytest.raises(ValidationError):
        meeting_cancel(meeting=meeting, reason="lagi")


def test_update_raises_revision_only_for_time_place_or_status(komisi):
    meeting = create(komisi)
    records = meeting.history.count()
    meeting_update(meeting=meeting, summary="Ringkasan")
    assert meeting.revision == 0
    meeting_update(meeting=meeting, start=START + datetime.timedelta(hours=1))
    assert meeting.revision == 1
    meeting_update(meeting=meeting, venue=VenueFactory())
    meeting.refresh_from_db()
    assert meeting.revision == 2
    assert meeting.history.count() == records + 3  # every save leaves an audit record


def test_a_typed_name_finds_its_directory_entry_or_becomes_an_unverified_person(db):
    from meetings.models import Person
    from meetings.services import directory_person_typed
    from tests.factories import PersonFactory

    known = PersonFactory(name="Ulfiningtyas", is_verified=True)
    assert directory_person_typed(name="  ulfiningtyas ") == known
    typed = directory_person_typed(name="Budi   Santoso")
    assert (typed.name, typed.is_verified) == ("Budi Santoso", False)
    assert directory_person_typed(name="budi santoso") == typed
    assert Person.objects.count() == 2


def test_a_typed_venue_is_split_into_name_and_address(db):
    from meetings.services import directory_venue_typed

    venue = directory_venue_typed(text="Ruang Argopuro, Kantor Bupati", time_zone="Asia/Jakarta")
    assert (venue.name, venue.address) == ("Ruang Argopuro", "Kantor Bupati")
    assert directory_venue_typed(text="ruang argopuro", time_zone="Asia/Jakarta") == venue
