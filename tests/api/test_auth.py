"""Tokens are hashed at rest, expire, can be revoked; logging in is throttled."""

import io

import pytest
from django.core.cache import cache
from django.core.management import CommandError, call_command
from knox.models import AuthToken
from rest_framework.test import APIClient

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_throttle():
    cache.clear()
    yield
    cache.clear()


def login(client, username, password):
    return client.post("/api/auth/login/", {"username": username, "password": password})


def test_login_gives_a_token_that_authenticates_and_can_be_revoked(users):
    users["agency"].set_password("rahasia-kuat")
    users["agency"].save()
    client = APIClient()
    response = login(client, "diskominfo", "rahasia-kuat")
    assert response.status_code == 200
    token = response.json()["token"]
    assert response.json()["expiry"]
    stored = AuthToken.objects.get(user=users["agency"])
    assert token not in (stored.digest, stored.token_key)  # only a digest is kept

    client.credentials(HTTP_AUTHORIZATION=f"Token {token}")
    assert client.post("/api/auth/logout/").status_code == 204
    assert client.get("/api/meetings/").status_code == 401  # the token is gone
    assert not AuthToken.objects.exists()


def test_wrong_password_is_400_and_login_is_throttled(users):
    client = APIClient()
    for _ in range(5):
        assert login(client, "diskominfo", "salah").status_code == 400
    assert login(client, "diskominfo", "salah").status_code == 429


def test_expired_token_is_refused(users):
    token, secret = AuthToken.objects.create(users["agency"], expiry=None)
    AuthToken.objects.filter(pk=token.pk).update(expiry="2000-01-01T00:00:00Z")
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {secret}")
    assert client.get("/api/meetings/").status_code == 401


def test_create_api_token_prints_a_working_token(users, world):
    out, err = io.StringIO(), io.StringIO()
    call_command("create_api_token", "komisi1", "--days", "30", stdout=out, stderr=err)
    secret = out.getvalue().strip()
    assert "Authorization: Token" in err.getvalue()
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {secret}")
    data = client.get(f"/api/meetings/{world.closed_meeting.pk}/").json()
    assert data["is_redacted"] is False  # a Komisi I member reads Komisi I's closed meeting
    with pytest.raises(CommandError):
        call_command("create_api_token", "nobody", stdout=out, stderr=err)


def test_browsable_api_is_for_staff_only(users, client):
    html = {"HTTP_ACCEPT": "text/html"}
    assert client.get("/api/meetings/", **html)["Content-Type"] == "application/json"
    users["secretariat"].is_staff = True
    users["secretariat"].save()
    client.force_login(users["secretariat"])
    assert client.get("/api/meetings/", **html)["Content-Type"].startswith("text/html")


def test_session_writes_need_csrf(users, world):
    client = APIClient(enforce_csrf_checks=True)
    client.force_login(users["secretariat"])
    response = client.patch(f"/api/meetings/{world.open_meeting.pk}/", {"summary": "x"})
    assert response.status_code == 403
