import io

import pytest
from django.core.management import call_command


def test_schema_is_valid_without_warnings(tmp_path):
    out = tmp_path / "schema.yaml"
    call_command(
        "spectacular", "--validate", "--fail-on-warn", "--file", str(out), stderr=io.StringIO()
    )
    schema = out.read_text()
    for documented in ("start_after", "overdue", "/api/meetings/{id}/postpone/", "FieldErrors"):
        assert documented in schema


@pytest.mark.django_db
def test_interactive_docs_are_served_locally(client):
    page = client.get("/api/docs/").content.decode()
    assert "/static/drf_spectacular_sidecar/swagger-ui-dist/" in page
    assert "cdn" not in page.lower()
