"""Private feeds: an agency's closed meetings and due dates, at a revocable address."""

import pytest

from public.models import CalendarFeedToken
from tests.public.conftest import SECRET_AGENDA, SECRET_TITLE
from tests.public.helpers import events_by_uid, meeting_event, parse

pytestmark = pytest.mark.django_db


def create_address(client, user, organization) -> str:
    client.force_login(user)
    response = client.post("/calendar/private/", {"organization": organization.pk})
    assert response.status_code == 200
    address = response.context["new_address"]
    assert address.startswith("http://testserver/calendar/private/")
    client.logout()
    return address.removeprefix("http://testserver")


def test_address_needs_login(client, world):
    response = client.get("/calendar/private/")
    assert response.status_code == 302 and response["Location"].startswith("/login/")


def test_agency_feed_adds_closed_meetings_and_due_dates(client, world, agency_user):
    path = create_address(client, agency_user, world.agency)
    assert CalendarFeedToken.objects.get().digest not in path  # only a digest is stored
    response = client.get(path)
    calendar = parse(response)
    assert response["Cache-Control"] == "private, max-age=3600"
    closed = meeting_event(calendar, world.closed_meeting)
    assert SECRET_TITLE in str(closed["SUMMARY"]) and SECRET_AGENDA in str(closed["DESCRIPTION"])
    due = events_by_uid(calendar)[f"commitment-{world.commitment.pk}@dprd-opd-tracker"]
    assert due["DTSTART"].dt == world.commitment.due_date  # an all-day event
    assert (due["DTEND"].dt - due["DTSTART"].dt).days == 1
    assert due["TRANSP"] == "TRANSPARENT"
    assert "40%" in str(due["DESCRIPTION"])
    assert len([e for e in calendar.walk("VEVENT") if "Janji rahasia" in str(e["SUMMARY"])]) == 1


def test_agency_feed_as_tasks(client, world, agency_user):
    path = create_address(client, agency_user, world.agency)
    calendar = parse(client.get(path + "?tasks=vtodo"))
    todo = {str(t["UID"]): t for t in calendar.todos}[
        f"commitment-{world.commitment.pk}@dprd-opd-tracker"
    ]
    assert todo["DUE"].dt == world.commitment.due_date
    assert todo["STATUS"] == "IN-PROCESS"
    assert todo["PERCENT-COMPLETE"] == 40


def test_revoked_or_wrong_address_is_404(client, world, agency_user):
    path = create_address(client, agency_user, world.agency)
    assert client.get(path.replace(".ics", "x.ics")).status_code == 404
    client.force_login(agency_user)
    token = CalendarFeedToken.objects.get()
    client.post("/calendar/private/", {"revoke": token.pk})
    client.logout()
    assert client.get(path).status_code == 404


def test_feed_of_someone_who_lost_the_role_is_404(client, world, agency_user):
    path = create_address(client, agency_user, world.agency)
    agency_user.groups.clear()
    assert client.get(path).status_code == 404


def test_cannot_create_address_for_another_agency(client, world, agency_user):
    from tests.factories import AgencyFactory

    other = AgencyFactory()
    client.force_login(agency_user)
    response = client.post("/calendar/private/", {"organization": other.pk})
    assert response.context["new_address"] is None
    assert not CalendarFeedToken.objects.exists()


def test_private_feed_queries(
    client, world, busy_calendar, agency_user, django_assert_max_num_queries
):
    path = create_address(client, agency_user, world.agency)
    with django_assert_max_num_queries(14):
        calendar = parse(client.get(path))
    assert len(calendar.walk("VEVENT")) > 30
