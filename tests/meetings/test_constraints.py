"""Every invariant is enforced twice: by validation with a clear message naming the problem,
and by the database itself, so a write that skips validation still cannot break it."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from meetings.models import (
    AgendaItem,
    Attendance,
    Document,
    DocumentKind,
    LegislationRole,
    MeetingKind,
    MeetingStatus,
    Membership,
    OfficeRole,
    Openness,
    Organization,
    OrganizationKind,
    Participant,
    Partnership,
    Venue,
)
from meetings.models.choices import default_openness
from tests.assertions import (
    assert_database_refuses,
    assert_rejected,
)
from tests.factories import (
    AgencyFactory,
    AgendaItemFactory,
    LegislationFactory,
    MeetingFactory,
    PersonFactory,
)

pytestmark = pytest.mark.django_db


def test_meeting_must_end_after_start(meeting):
    meeting.end = meeting.start - datetime.timedelta(minutes=1)
    assert_rejected(meeting, "meeting_end_after_start")


def test_meeting_end_equal_to_start_is_refused(meeting):
    meeting.end = meeting.start
    assert_rejected(meeting, "meeting_end_after_start")


@pytest.mark.parametrize("kind", [MeetingKind.PARIPURNA, MeetingKind.RDPU])
def test_plenaries_and_public_hearings_are_always_open(meeting, kind):
    meeting.kind, meeting.openness = kind, Openness.CLOSED
    assert_rejected(meeting, "meeting_always_open_kinds")


@pytest.mark.parametrize(
    "kind", [MeetingKind.PIMPINAN, MeetingKind.BAMUS, MeetingKind.BANGGAR, MeetingKind.BK]
)
def test_leadership_bamus_banggar_bk_are_always_closed(meeting, kind):
    meeting.kind, meeting.openness = kind, Openness.OPEN
    assert_rejected(meeting, "meeting_always_closed_kinds")


# Written out from the standing orders, not read from the code under test: a kind wrongly
# added to ALWAYS_OPEN_KINDS or ALWAYS_CLOSED_KINDS must make the test below fail.
FIXED_OPENNESS_KINDS = {"paripurna", "rdpu", "pimpinan", "bamus", "banggar", "bk"}
CHAIR_DECIDES = [kind for kind in MeetingKind if kind not in FIXED_OPENNESS_KINDS]


@pytest.mark.parametrize("kind", CHAIR_DECIDES)
def test_other_kinds_are_open_unless_the_chair_closes_them(meeting, kind):
    assert default_openness(kind) == Openness.OPEN
    for openness in (Openness.CLOSED, Openness.OPEN):
        meeting.kind, meeting.openness = kind, openness
        meeting.full_clean()  # validation lets the chair choose
        with transaction.atomic():
            meeting.save()  # and so does the database
        meeting.refresh_from_db()
        assert (meeting.kind, meeting.openness) == (kind, openness)


def test_only_postponed_meetings_link_to_a_rescheduled_one(meeting):
    meeting.rescheduled_to = MeetingFactory(lead_body=meeting.lead_body)
    assert meeting.status == MeetingStatus.SCHEDULED
    assert_rejected(meeting, "meeting_rescheduled_only_if_postponed")


def test_meeting_cannot_be_led_by_an_agency(meeting, agency):
    meeting.lead_body = agency
    with pytest.raises(ValidationError) as error:
        meeting.full_clean()
    assert "lead_body" in error.value.error_dict


def test_agenda_order_is_unique_within_a_meeting(meeting):
    AgendaItemFactory(meeting=meeting, order=1)
    assert_rejected(AgendaItem(meeting=meeting, order=1, title="Lagi"), "agenda_item_unique_order")
    AgendaItemFactory(order=1)  # the same order in another meeting is fine


def test_agenda_item_legislation_role_only_with_legislation(meeting):
    without_law = AgendaItem(
        meeting=meeting, order=1, title="x", legislation_role=LegislationRole.HEARING
    )
    assert_rejected(without_law, "agenda_item_legislation_role_with_legislation")
    without_role = AgendaItem(meeting=meeting, order=2, title="y", legislation=LegislationFactory())
    assert_rejected(without_role, "agenda_item_legislation_role_with_legislation")


def test_participant_needs_person_or_organization(meeting):
    assert_rejected(Participant(meeting=meeting), "participant_person_or_organization")


def test_represented_attendance_needs_a_representative(meeting):
    participant = Participant(
        meeting=meeting, organization=AgencyFactory(), attendance=Attendance.REPRESENTED
    )
    assert_rejected(participant, "participant_represented_needs_representative")


def test_representative_only_when_represented(meeting):
    participant = Participant(
        meeting=meeting,
        organization=AgencyFactory(),
        attendance=Attendance.PRESENT,
        represented_by=PersonFactory(),
    )
    assert_rejected(participant, "participant_represented_needs_representative")


def test_a_person_takes_part_once_per_meeting(meeting):
    person = PersonFactory()
    Participant.objects.create(meeting=meeting, person=person)
    assert_rejected(Participant(meeting=meeting, person=person), "participant_unique_person")


def test_an_organization_is_invited_once_per_meeting(meeting, agency):
    Participant.objects.create(meeting=meeting, organization=agency)
    assert_rejected(
        Participant(meeting=meeting, organization=agency), "participant_unique_organization"
    )
    # ...but several people may come on behalf of the same agency.
    Participant.objects.create(meeting=meeting, organization=agency, person=PersonFactory())
    Participant.objects.create(meeting=meeting, organization=agency, person=PersonFactory())


def test_document_needs_a_file_or_a_link(meeting):
    document = Document(meeting=meeting, kind=DocumentKind.MINUTES, title="Notulen")
    assert_rejected(document, "document_file_or_url")


def test_office_cannot_end_before_it_starts(agency):
    membership = Membership(
        person=PersonFactory(),
        organization=agency,
        role=OfficeRole.HEAD,
        label="Kepala",
        start_date=datetime.date(2025, 10, 20),
        end_date=datetime.date(2025, 10, 19),
    )
    assert_rejected(membership, "membership_end_after_start")


def test_dprd_body_needs_its_dprd_as_parent():
    body = Organization(kind=OrganizationKind.KOMISI, name="Komisi X", slug="komisi-x")
    assert_rejected(body, "organization_body_has_parent")


def test_only_agencies_have_a_category(dprd):
    body = Organization(
        kind=OrganizationKind.KOMISI,
        parent=dprd,
        name="Komisi Y",
        slug="komisi-y",
        category="dinas",
    )
    assert_rejected(body, "organization_category_only_for_opd")


def test_organization_is_not_its_own_parent(dprd):
    dprd.parent = dprd
    assert_database_refuses(dprd)


def test_partnership_is_unique(komisi, agency):
    Partnership.objects.create(body=komisi, agency=agency)
    with pytest.raises(IntegrityError), transaction.atomic():
        Partnership.objects.create(body=komisi, agency=agency)


def test_partnership_links_a_body_to_an_agency(komisi, agency):
    with pytest.raises(ValidationError) as error:
        Partnership(body=agency, agency=komisi).full_clean()
    assert {"body", "agency"} <= set(error.value.error_dict)


@pytest.mark.parametrize(
    ("latitude", "longitude"),
    [(None, "113.2"), ("-7.7", None), ("91", "113.2"), ("-7.7", "181")],
)
def test_venue_coordinates_both_or_neither_and_in_range(latitude, longitude):
    venue = Venue(name="Ruang", slug="ruang", latitude=latitude, longitude=longitude)
    assert_rejected(venue, "venue_coordinates_valid")


@pytest.mark.parametrize(
    ("latitude", "longitude"),
    [
        ("-7.7609", "113.4137"),  # Kraksaan
        (None, None),  # a venue without coordinates
        ("90", "180"),  # the edges of the valid range
        ("-90", "-180"),
    ],
)
def test_venue_coordinates_in_range_or_absent_pass_both_checks(latitude, longitude):
    venue = Venue(name="Ruang", slug="ruang", latitude=latitude, longitude=longitude)
    venue.full_clean()  # validation accepts them
    venue.save()  # and so does the database's constraint
    stored = Venue.objects.get(slug="ruang")
    expected = [None if v is None else Decimal(v) for v in (latitude, longitude)]
    assert [stored.latitude, stored.longitude] == expected
