"""The site's 404 page (core.errors.not_found): JSON under /api/, HTML everywhere else."""

import pytest

pytestmark = pytest.mark.django_db


def test_an_unknown_api_address_answers_json(client):
    response = client.get("/api/no-such-resource/")
    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"
    assert response.json() == {"detail": "Tidak ditemukan."}


def test_an_unknown_api_address_answers_in_the_callers_language(client):
    response = client.get("/api/no-such-resource/", HTTP_ACCEPT_LANGUAGE="en")
    assert response.json() == {"detail": "Not found."}


def test_an_unknown_page_answers_html(client):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert response["Content-Type"].startswith("text/html")
