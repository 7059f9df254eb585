"""Finding: a password change left the account's API tokens (30 days, or 365 from the command
line) and private calendar addresses working."""

import pytest
from django.core.management import call_command
from rest_framework.test import APIClient

from meetings.access import actor_for
from public.services import calendar_token_create

pytestmark = pytest.mark.django_db


@pytest.fixture
def agency_user(users):
    user = users["agency"]
    user.set_password("lama-sekali-123")
    user.save()
    return user


def token_for(user) -> str:
    response = APIClient().post(
        "/api/auth/login/", {"username": user.username, "password": "lama-sekali-123"}
    )
    assert response.status_code == 200, response.content
    return response.json()["token"]


def authorised(token: str) -> int:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {token}")
    return client.get("/api/commitments/").status_code


def test_a_new_password_revokes_api_tokens_and_private_calendars(client, world, agency_user):
    token = token_for(agency_user)
    _, secret = calendar_token_create(
        user=agency_user, actor=actor_for(agency_user), organization=world.agency
    )
    assert authorised(token) == 200
    assert client.get(f"/calendar/private/{secret}.ics").status_code == 200
    agency_user.set_password("baru-sekali-456")
    agency_user.save()
    assert authorised(token) == 401
    assert client.get(f"/calendar/private/{secret}.ics").status_code == 404


def test_saving_without_a_new_password_keeps_them(world, agency_user):
    token = token_for(agency_user)
    agency_user.first_name = "Ulfi"
    agency_user.save()
    assert authorised(token) == 200


def test_the_command_line_token_goes_too(world, agency_user, capsys):
    call_command("create_api_token", agency_user.username)
    token = capsys.readouterr().out.strip().split()[-1]
    assert authorised(token) == 200
    agency_user.set_password("baru-sekali-456")
    agency_user.save()
    assert authorised(token) == 401
