"""The meetings and commitments lists are built by hand (api.serializers.fast_*), while the
schema and every other endpoint use the DRF serializers. Each page here is rendered both ways,
for each kind of caller, and must come out byte for byte the same: the two can never drift."""

import datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from django.utils import translation
from rest_framework import mixins
from rest_framework.test import APIRequestFactory, force_authenticate

from api.views.commitments import CommitmentViewSet
from api.views.meetings import MeetingViewSet
from commitments.models import CommitmentStatus, Verification
from meetings.models import MeetingKind, Openness
from meetings.services import meeting_cancel, meeting_reschedule
from tests.factories import CommitmentFactory, MeetingFactory, PersonFactory, VenueFactory

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "agency", "other_agency", "body_member", "secretariat"]


class SerializerMeetings(MeetingViewSet):
    """The list as DRF builds it: ListModelMixin with MeetingSerializer."""

    list = mixins.ListModelMixin.list


class SerializerCommitments(CommitmentViewSet):
    list = mixins.ListModelMixin.list


@pytest.fixture
def mixed(world):
    """Beside the world's open and closed meetings: cancelled and postponed ones (open and
    closed), joint meetings, an online one in WIT, a venue in WITA with coordinates, a meeting
    without an end; follow-ups overdue, done and verified, with a titled person in charge."""
    wita = VenueFactory(
        time_zone="Asia/Makassar", latitude=Decimal("-5.147665"), longitude=Decimal("119.4")
    )
    world.komisi.time_zone = "Asia/Jayapura"
    world.komisi.save()
    start = datetime.datetime(2025, 3, 10, 9, tzinfo=ZoneInfo("Asia/Jakarta"))
    online = MeetingFactory(lead_body=world.komisi, venue=None, online_url="https://meet.example")
    joint_open = MeetingFactory(lead_body=world.komisi, venue=wita, end=None)
    joint_closed = MeetingFactory(
        lead_body=world.komisi, openness=Openness.CLOSED, invited_organizations=[world.agency]
    )
    for joint in (joint_open, joint_closed):
        joint.other_bodies.set([world.other_komisi])
    meeting_cancel(meeting=MeetingFactory(lead_body=world.other_komisi), reason="Banjir")
    meeting_cancel(
        meeting=MeetingFactory(lead_body=world.komisi, openness=Openness.CLOSED), reason="Reses"
    )
    for openness in (Openness.OPEN, Openness.CLOSED):
        meeting_reschedule(
            meeting=MeetingFactory(lead_body=world.komisi, openness=openness),
            new_start=start + datetime.timedelta(days=30),
            reason="Bentrok jadwal",
        )
    MeetingFactory(kind=MeetingKind.BAMUS, lead_body=world.komisi, openness=Openness.CLOSED)
    person = PersonFactory(honorific_prefix="dr.", honorific_suffix="M.Kes.")
    CommitmentFactory(
        meeting=online,
        owner=world.agency,
        person_in_charge=person,
        due_date=datetime.date(2020, 1, 31),
        is_public=True,
    )
    CommitmentFactory(
        meeting=joint_open,
        owner=world.other_agency,
        status=CommitmentStatus.DONE,
        progress=100,
        verification=Verification.VERIFIED,
        verified_at=start,
        due_date=datetime.date(2020, 1, 31),
    )
    CommitmentFactory(meeting=joint_closed, owner=world.agency, is_public=False)
    return world


def render(viewset, role, users, path, fmt=None):
    request = APIRequestFactory().get(path)
    if users[role] is not None:
        force_authenticate(request, user=users[role])
    kwargs = {"format": fmt} if fmt else {}
    response = viewset.as_view({"get": "list"})(request, **kwargs)
    assert response.status_code == 200, response.data
    return response.render().content


MEETING_PATHS = [
    "/api/meetings/",
    "/api/meetings/?page_size=4&page=2",
    "/api/meetings/?ordering=start",
    "/api/meetings/?openness=closed",
]
COMMITMENT_PATHS = [
    "/api/commitments/",
    "/api/commitments/?overdue=true",
    "/api/commitments/?owner=diskominfo&page_size=2",
]


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("path", MEETING_PATHS)
def test_meetings_list_equals_the_serializer(mixed, users, role, path):
    fast = render(MeetingViewSet, role, users, path)
    assert fast == render(SerializerMeetings, role, users, path)
    assert b'"is_redacted":true' in render(MeetingViewSet, "anonymous", users, "/api/meetings/")


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("path", COMMITMENT_PATHS)
def test_commitments_list_equals_the_serializer(mixed, users, role, path):
    fast = render(CommitmentViewSet, role, users, path)
    assert fast == render(SerializerCommitments, role, users, path)


@pytest.mark.parametrize("language", ["id", "en"])
def test_kind_labels_and_format_suffix_match(mixed, users, language):
    # The kind's name follows the active language; links keep a ".json" format suffix.
    with translation.override(language):
        for role in ("anonymous", "secretariat"):
            for fmt in (None, "json"):
                assert render(MeetingViewSet, role, users, "/api/meetings/", fmt) == render(
                    SerializerMeetings, role, users, "/api/meetings/", fmt
                )
                assert render(CommitmentViewSet, role, users, "/api/commitments/", fmt) == render(
                    SerializerCommitments, role, users, "/api/commitments/", fmt
                )
