"""Bad input over the API and the public feeds: every case is a 4xx naming the field, in a
language a clerk can act on, and leaves nothing stored."""

import json

import pytest
from django.apps import apps

from tests.security.cases import CASES
from tests.security.query_cases import FEED_CASES, FILTER_CASES

pytestmark = pytest.mark.django_db


def resolve(value, world):
    return value(world) if callable(value) else value


@pytest.mark.parametrize(
    ("role", "method", "path", "payload", "field", "model"),
    [case[1:] for case in CASES + FILTER_CASES],
    ids=[case[0] for case in CASES + FILTER_CASES],
)
def test_hostile_api_input_is_refused_and_stores_nothing(
    world, client_for, role, method, path, payload, field, model
):
    table = apps.get_model(model) if model else None
    before = table.objects.count() if table else None
    client = client_for(role)
    url = resolve(path, world)
    if method == "get":
        response = client.get(url)
    else:
        response = client.post(url, resolve(payload, world), format="json")
    assert 400 <= response.status_code < 500, (response.status_code, response.content[:300])
    errors = response.json()
    # Nested fields are named by their path, e.g. "commitments[0].agenda_item".
    named = [key for key in errors if key == field or key.startswith((f"{field}[", f"{field}."))]
    assert named, errors
    assert all(str(errors[key]).strip("[]'\" ") for key in named), errors
    if table:
        assert table.objects.count() == before


def test_at_least_fifty_hostile_inputs():
    assert len(CASES) + len(FILTER_CASES) + len(FEED_CASES) >= 50


def test_malformed_json_is_400(world, client_for):
    response = client_for("secretariat").post(
        "/api/meetings/", data='{"title": "x",', content_type="application/json"
    )
    assert response.status_code == 400 and "JSON" in response.json()["detail"]


def test_deeply_nested_json_is_400_not_a_crash(world, client_for):
    body = "[" * 100_000 + "]" * 100_000
    response = client_for("secretariat").post(
        "/api/meetings/", data=body, content_type="application/json"
    )
    assert response.status_code == 400


def test_a_body_over_the_upload_limit_is_refused(world, client_for, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 100_000
    body = json.dumps({"title": "x" * 200_000})
    response = client_for("secretariat").post(
        "/api/meetings/", data=body, content_type="application/json"
    )
    assert response.status_code in (400, 413)


@pytest.mark.parametrize(("path", "field"), FEED_CASES)
def test_bad_calendar_parameters_are_400_naming_the_parameter(world, client, path, field):
    response = client.get(path)
    assert response.status_code == 400
    assert response.content.decode().startswith(f"{field}:")


@pytest.mark.parametrize(
    "path",
    [
        "/calendar/?body=%3Cscript%3Ealert(1)%3C/script%3E&month=2025-13",
        "/commitments/?display_status=bogus&owner=1%27%20OR%201=1&page=-1",
        "/search/?q=%3Cscript%3Ealert(1)%3C/script%3E",
        "/search/?q=%E2%80%AEexe.gnp",
    ],
)
def test_pages_drop_bad_filters_and_never_echo_markup(world, client, path):
    # Pages ignore a filter they cannot read (a visitor's stale link still shows the calendar);
    # whatever is echoed back is escaped.
    response = client.get(path)
    assert response.status_code == 200
    assert b"<script>alert(1)" not in response.content
