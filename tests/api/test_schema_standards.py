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


def parameters(schema, path):
    return {p["name"]: p["schema"] for p in schema["paths"][path]["get"]["parameters"]}


def test_list_filters_state_the_bounds_the_server_applies(schema):
    meetings = parameters(schema, "/api/meetings/")
    assert meetings["legislation"] == {"type": "integer", "minimum": 1, "maximum": 2**63 - 1}
    assert meetings["page"]["minimum"] == 1
    assert (meetings["page_size"]["minimum"], meetings["page_size"]["maximum"]) == (1, 200)
    assert parameters(schema, "/api/organizations/")["parent"]["minimum"] == 1
    assert parameters(schema, "/api/legislation/")["year"]["type"] == "integer"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query",
    ["page_size=0", "page_size=null", "page_size=201", "page_size=1.5", "page_size=-3"],
)
def test_page_size_outside_the_schema_is_refused(world, client_for, query):
    response = client_for("anonymous").get(f"/api/meetings/?{query}")
    assert response.status_code == 400
    assert "page_size" in response.json()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("url", "status"),
    [
        ("/api/meetings/?page_size=200", 200),
        ("/api/legislation/?year=2025", 200),
        ("/api/legislation/?year=0.5", 400),
        ("/api/organizations/?parent=0", 400),
        ("/api/organizations/?parent=999999", 200),
    ],
)
def test_filters_take_what_the_schema_describes(world, client_for, url, status):
    assert client_for("anonymous").get(url).status_code == status


def test_filters_the_server_reads_empty_or_refuses_nul_say_so_in_the_schema(client, db):
    schema = client.get("/api/schema/?format=json").json()
    parameters = {p["name"]: p for p in schema["paths"]["/api/meetings/"]["get"]["parameters"]}
    assert parameters["q"]["allowEmptyValue"] is True
    assert "allowEmptyValue" not in parameters["page"]
    assert parameters["q"]["schema"]["pattern"] == "^[^\\u0000]*$"
    assert parameters["start_before"]["schema"]["pattern"].startswith("^(19[5-9]")
    assert client.get("/api/meetings/", {"q": "", "start_before": ""}).status_code == 200
    assert client.get("/api/meetings/", {"q": "a\x00"}).status_code == 400
    assert client.get("/api/meetings/", {"start_before": "1766-10-11T00:00:00Z"}).status_code == 400


def test_a_link_the_api_may_leave_out_is_nullable_in_the_schema(client, db):
    schema = client.get("/api/schema/?format=json").json()
    entry = schema["components"]["schemas"]["TimelineEntry"]["properties"]["evidence_file"]
    assert entry.get("nullable") is True
