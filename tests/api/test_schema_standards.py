"""The OpenAPI schema as openapi-spec-validator reads it, and the server agreeing with it."""

import pytest
import yaml
from django.core.management import call_command

from tests.api.test_writes import whole_meeting


@pytest.fixture(scope="module")
def schema(tmp_path_factory):
    out = tmp_path_factory.mktemp("schema") / "schema.yaml"
    call_command("spectacular", "--file", str(out))
    return yaml.safe_load(out.read_text())


def string_properties(schema):
    for name, component in schema["components"]["schemas"].items():
        for field, spec in component.get("properties", {}).items():
            yield f"{name}.{field}", spec


def test_no_default_breaks_its_own_constraints(schema):
    wrong = [
        name
        for name, spec in string_properties(schema)
        if spec.get("default") == "" and spec.get("minLength", 0) > 0
    ]
    assert wrong == []


def test_openapi_spec_validator_accepts_the_schema(schema):
    validator = pytest.importorskip("openapi_spec_validator")
    validator.validate(schema)


@pytest.mark.django_db
def test_server_accepts_the_documented_empty_defaults(world, client_for):
    setwan = client_for("secretariat")
    body = whole_meeting(world, online_url="", source_url="")
    body["agenda_items"][0]["number"] = ""
    body["participants"][0] |= {"assignment_letter": "", "reason": ""}
    response = setwan.post("/api/meetings/", body, format="json")
    assert response.status_code == 201, response.json()
