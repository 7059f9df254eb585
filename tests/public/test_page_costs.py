"""What the home, calendar and agency pages do to stay fast at scale gives the same answers:
the home page's counts cached under the newest change, a list's names and dates written once
per list, an agency's newest meetings chosen by id before they are read in full."""

import datetime

import pytest
import time_machine
from django.core.cache import cache
from django.utils import timezone, translation

from commitments.models import Commitment, CommitmentStatus
from meetings.access import PUBLIC
from meetings.formatting import format_meeting_time, format_time_range
from meetings.models import Meeting, Openness
from meetings.selectors import meetings_for
from public.cards import meeting_cards
from public.selectors import organizations
from public.selectors.meetings import _count, commitment_counts
from tests.factories import CommitmentFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _empty_cache():
    cache.clear()
    yield
    cache.clear()


def fresh(actor=PUBLIC) -> dict:
    return _count(actor, timezone.localdate())


def test_home_counts_follow_every_change(world, busy_calendar):
    assert commitment_counts(PUBLIC) == fresh()
    before = commitment_counts(PUBLIC)

    world.commitment.status = CommitmentStatus.NOT_STARTED  # a status change (saved: history)
    world.commitment.save()
    assert commitment_counts(PUBLIC) == fresh() != before

    before = commitment_counts(PUBLIC)
    meeting = busy_calendar[1]
    meeting.openness = Openness.CLOSED  # its follow-ups leave the public counts
    meeting.save()
    assert commitment_counts(PUBLIC) == fresh() != before

    before = commitment_counts(PUBLIC)
    # Rows written without history (bulk inserts, as the scale data's) count too.
    Commitment.objects.bulk_create(
        [CommitmentFactory.build(meeting=world.open_meeting, owner=world.agency)]
    )
    assert commitment_counts(PUBLIC) == fresh() != before


def test_home_counts_move_with_the_day(world):
    due = world.commitment.due_date
    with time_machine.travel(due - datetime.timedelta(days=1)):
        assert commitment_counts(PUBLIC)["overdue"] == 0
    with time_machine.travel(due + datetime.timedelta(days=2)):
        assert commitment_counts(PUBLIC)["overdue"] == fresh()["overdue"] == 1


def test_home_counts_are_kept_per_reader(world, agency_user):
    from meetings.access import actor_for

    insider = actor_for(agency_user)
    assert commitment_counts(PUBLIC) == fresh(PUBLIC)
    # The closed meeting's follow-up is the agency's own: counted for it, not for the public.
    assert commitment_counts(insider) == fresh(insider) != commitment_counts(PUBLIC)


@pytest.mark.parametrize("language", ["id", "en"])
def test_cards_write_what_each_meeting_says(world, busy_calendar, language):
    with translation.override(language):
        meetings = list(meetings_for(PUBLIC).order_by("start"))
        cards = meeting_cards(meetings)
        for meeting, card in zip(meetings, cards, strict=True):
            assert card.when == format_meeting_time(meeting)
            assert card.time == format_time_range(meeting.start, meeting.end, meeting.time_zone)
            assert card.kind_label == meeting.get_kind_display()
            if not card.is_redacted:
                assert card.status_label == meeting.get_status_display()


def test_an_agency_lists_its_newest_meetings(world, busy_calendar, monkeypatch):
    from meetings.access import organization_meetings_q

    monkeypatch.setattr(organizations, "MEETINGS_SHOWN", 7)
    listed = [card.pk for card, _ in organizations.agency_meetings(PUBLIC, world.agency)]
    involved = Meeting.objects.filter(organization_meetings_q(PUBLIC, world.agency))
    expected = list(involved.order_by("-start", "-pk").values_list("pk", flat=True)[:7])
    assert listed == expected
    assert len(listed) == 7
