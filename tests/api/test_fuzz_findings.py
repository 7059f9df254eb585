"""Answers the OpenAPI fuzzer once found wrong, kept right."""

import pytest
from django.test import override_settings

pytestmark = pytest.mark.django_db

TOO_BIG = 2**63


@pytest.mark.parametrize(
    "path", [f"/api/commitments/?meeting={TOO_BIG}", f"/api/meetings/?legislation={TOO_BIG}"]
)
def test_id_filters_beyond_64_bits_are_400(world, client_for, path):
    response = client_for("anonymous").get(path)
    assert response.status_code == 400


def test_timeline_is_a_plain_list_ignoring_list_filters(world, client_for):
    url = f"/api/commitments/{world.public_commitment.pk}/updates/?meeting={TOO_BIG}"
    response = client_for("anonymous").get(url)
    assert response.status_code == 200
    assert isinstance(response.json(), list)


def test_unset_links_read_as_empty_strings_described_as_strings(world, client_for):
    data = client_for("anonymous").get(f"/api/meetings/{world.open_meeting.pk}/").json()
    assert data["online_url"] == "" and data["source_url"] == ""


@pytest.mark.parametrize("start", ["1900-01-01T09:00:00+07:00", "2101-01-01T09:00:00+07:00"])
def test_implausible_years_are_refused(world, client_for, start):
    response = client_for("secretariat").post(
        "/api/meetings/",
        {"title": "x", "kind": "rdp", "lead_body": world.komisi.pk, "start": start},
    )
    assert response.status_code == 400 and "start" in response.json()


@override_settings(DEBUG=False)
def test_unknown_api_addresses_answer_json(client):
    response = client.post("/api/meetings/0.5/cancel/")
    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"
    assert client.get("/nowhere/")["Content-Type"].startswith("text/html")


def test_pages_beyond_the_last_are_404(world, client_for):
    assert client_for("anonymous").get("/api/meetings/?page=9").status_code == 404
