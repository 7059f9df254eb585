"""The unsubscribe link: a confirmation page, one-click POST, tampered tokens refused."""

import pytest
from django.test import Client

from notifications.links import unsubscribe_token
from notifications.models import Kind, Unsubscription

pytestmark = pytest.mark.django_db


def url(token: str) -> str:
    return f"/notifications/unsubscribe/{token}/"


def test_get_asks_and_changes_nothing(client):
    response = client.get(url(unsubscribe_token("kadis@example.org", Kind.COMMITMENT_DUE)))
    assert response.status_code == 200
    assert "kadis@example.org" in response.content.decode()
    assert not Unsubscription.objects.exists()


def test_post_unsubscribes_that_kind_only(client):
    token = unsubscribe_token("kadis@example.org", Kind.COMMITMENT_DUE)
    assert client.post(url(token)).status_code == 200
    assert client.post(url(token)).status_code == 200  # twice is harmless
    assert list(Unsubscription.objects.values_list("address", "kind")) == [
        ("kadis@example.org", Kind.COMMITMENT_DUE)
    ]


def test_one_click_post_from_a_mail_client_needs_no_csrf_token():
    client = Client(enforce_csrf_checks=True)
    token = unsubscribe_token("kadis@example.org", Kind.MEETING_REMINDER)
    response = client.post(url(token), {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    assert Unsubscription.objects.filter(kind=Kind.MEETING_REMINDER).exists()


def test_a_tampered_token_is_not_found(client):
    token = unsubscribe_token("kadis@example.org", Kind.COMMITMENT_DUE)
    forged = token.replace("ka", "xa", 1) if "ka" in token else "x" + token
    assert client.post(url(forged)).status_code == 404
    assert client.get(url("not-a-token")).status_code == 404
    assert not Unsubscription.objects.exists()
