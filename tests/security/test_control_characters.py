"""Finding: one control character in a title answered 500 on the news feeds for everyone and
went raw into the iCalendar feeds. Inputs refuse them; writers never emit them."""

import xml.etree.ElementTree as ET

import pytest
from django.core.exceptions import ValidationError

from core.text import CONTROLS, strip_controls
from meetings.models import Openness
from meetings.services import meeting_update
from tests.factories import AgendaItemFactory, MeetingFactory

pytestmark = pytest.mark.django_db

# Stored as rows written before the check would be; NUL is left out because PostgreSQL cannot
# store it at all (the services refuse it like the others, and the writers strip it).
BAD = "Rapat\x0bRDP\x1b\x7f uji\x08"


@pytest.fixture
def stored_bad_meeting(db):
    # Rows written before the check (or by a raw import) must not break any writer either.
    meeting = MeetingFactory(title=BAD, summary=BAD, openness=Openness.OPEN)
    AgendaItemFactory(meeting=meeting, title=BAD)
    return meeting


@pytest.mark.parametrize("path", ["/feeds/meetings.rss", "/feeds/meetings.atom"])
def test_news_feeds_survive_a_control_character(client, stored_bad_meeting, path):
    response = client.get(path)
    assert response.status_code == 200
    ET.fromstring(response.content)  # well-formed XML
    assert "RapatRDP uji" in response.content.decode()


@pytest.mark.parametrize("path", ["/calendar.ics?from={day}&to={day}", "/meetings/{pk}.ics"])
def test_calendar_feeds_never_carry_a_control_character(client, stored_bad_meeting, path):
    day = stored_bad_meeting.local_start.date().isoformat()
    response = client.get(path.format(pk=stored_bad_meeting.pk, day=day))
    assert response.status_code == 200
    body = response.content.decode().replace("\r\n", "")
    assert "RapatRDP uji" in body
    assert not CONTROLS.search(body)


def test_services_refuse_control_characters_on_the_field(stored_bad_meeting):
    with pytest.raises(ValidationError) as error:
        meeting_update(meeting=stored_bad_meeting, title="Rapat\x0bbaru")
    assert "title" in error.value.message_dict


def test_strip_controls_keeps_tabs_and_line_breaks():
    assert strip_controls("a\tb\nc\r\x0bd\x00") == "a\tb\nc\rd"
