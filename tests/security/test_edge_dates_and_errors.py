"""Finding: server errors on edge dates (year 1 and 9999 overflowed on the way to another zone
or month), on OPTIONS of the API docs and on a multipart POST to an unknown address."""

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db

DATE_CASES = [
    ("/calendar/?month=0001-01", "month"),
    ("/calendar/?month=9999-12", "month"),
    ("/calendar/list/?month=0001-01", "month"),
    ("/calendar/list/?month=9999-12", "month"),
    ("/calendar.ics?from=9999-12-30&to=9999-12-31", "from"),
    ("/calendar.ics?from=0001-01-01&to=0001-01-02", "from"),
    ("/calendar.ics?from=2025-01-01&to=9999-12-31", "to"),
]


@pytest.mark.parametrize(("path", "field"), DATE_CASES)
def test_edge_dates_on_pages_and_feeds_are_400_naming_the_parameter(client, path, field):
    response = client.get(path)
    assert response.status_code == 400
    assert response.content.decode().startswith(f"{field}:")


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("/api/meetings/?start_after=9999-12-31T23:59:59-12:00", "start_after"),
        ("/api/meetings/?start_before=0001-01-01T00:00:00%2B14:00", "start_before"),
        ("/api/commitments/?due_before=9999-12-31", "due_before"),
        ("/api/commitments/?due_after=0001-01-01", "due_after"),
    ],
)
def test_edge_dates_in_api_filters_are_400_naming_the_parameter(client, query, field):
    response = client.get(query)
    assert response.status_code == 400
    assert field in response.json()


def test_options_on_the_api_docs_is_not_an_error(client):
    assert client.options("/api/docs/").status_code < 500


@pytest.mark.parametrize("path", ["/no-such-page/", "/no-such-page", "/workspace/no-such-page/"])
def test_a_malformed_multipart_post_to_an_unknown_address_is_404(path):
    client = Client(enforce_csrf_checks=True, raise_request_exception=False)
    client.get("/login/")
    token = client.cookies["csrftoken"].value
    response = client.post(
        path, data=b"--x", content_type="multipart/form-data", HTTP_X_CSRFTOKEN=token
    )
    assert response.status_code == 404


@pytest.mark.parametrize("published", ["0001-01-01", "9999-12-31"])
def test_a_draft_from_a_report_refuses_an_edge_publication_date(client_for, published):
    response = client_for("secretariat").post(
        "/api/meeting-drafts/extract/",
        {"text": "Rapat pekan depan pada Senin (3/3).", "published": published},
        format="json",
    )
    assert response.status_code == 400
    assert "published" in response.json()
