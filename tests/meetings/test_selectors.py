import datetime

import pytest

from commitments.selectors import commitment_list, commitment_timeline
from meetings.models import ActingStatus, Membership, OfficeRole
from meetings.selectors import meeting_detail, meeting_list, office_holder
from tests.factories import (
    AgendaItemFactory,
    CommitmentFactory,
    MeetingFactory,
    ParticipantFactory,
    PersonFactory,
)

pytestmark = pytest.mark.django_db


def test_meeting_detail_is_a_fixed_number_of_queries(meeting, django_assert_num_queries):
    for order in range(1, 11):
        AgendaItemFactory(meeting=meeting, order=order)
        ParticipantFactory(meeting=meeting, represented_by=None)
    with django_assert_num_queries(7):  # the meeting, then one per related list
        detail = meeting_detail(pk=meeting.pk)
        shown = [
            (item.title, item.legislation, list(item.outcomes.all()))
            for item in detail.agenda_items.all()
        ] + [(p.person.name, p.organization, p.represented_by) for p in detail.participants.all()]
        shown += [detail.lead_body.name, detail.venue.name, detail.rescheduled_to]
        shown += list(detail.documents.all()) + list(detail.invited_organizations.all())
        shown += list(detail.other_bodies.all())
    assert len(shown) > 20


def test_lists_join_what_they_show(django_assert_num_queries):
    for _ in range(15):
        CommitmentFactory(meeting=MeetingFactory())
    with django_assert_num_queries(1):
        rows = [(m.lead_body.name, m.venue.name) for m in meeting_list()]
    assert len(rows) == 15
    with django_assert_num_queries(1):
        rows = [
            (c.meeting.title, c.owner.name, c.answers_to.name, c.person_in_charge)
            for c in commitment_list()
        ]
    assert len(rows) == 15


def test_timeline_is_in_order_with_authors(django_assert_num_queries):
    commitment = CommitmentFactory()
    for _ in range(5):
        commitment.updates.create(kind="progress", text="x")
    with django_assert_num_queries(1):
        assert [u.author for u in commitment_timeline(commitment=commitment)] == [None] * 5


def test_office_holder_prefers_the_definitive_holder_over_an_acting_one(agency):
    day = datetime.date(2025, 11, 1)
    acting = Membership.objects.create(
        person=PersonFactory(),
        organization=agency,
        role=OfficeRole.HEAD,
        label="Plt Kepala",
        acting=ActingStatus.PLT,
        start_date=datetime.date(2025, 10, 1),
    )
    assert office_holder(organization=agency, role=OfficeRole.HEAD, on=day) == acting
    definitive = Membership.objects.create(
        person=PersonFactory(),
        organization=agency,
        role=OfficeRole.HEAD,
        label="Kepala",
        start_date=datetime.date(2025, 10, 20),
    )
    assert office_holder(organization=agency, role=OfficeRole.HEAD, on=day) == definitive
    assert (
        office_holder(organization=agency, role=OfficeRole.HEAD, on=datetime.date(2025, 9, 1))
        is None
    )
