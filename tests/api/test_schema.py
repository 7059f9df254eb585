import io

import pytest
from django.core.management import call_command
from django.utils import translation


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


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["id", "en"])
def test_docs_page_follows_the_site_language_and_links_back(client, language):
    client.post("/i18n/setlang/", {"language": language, "next": "/"})
    page = client.get("/api/docs/").content.decode()
    with translation.override(language):
        title = translation.gettext("DPRD–OPD consultation tracker API")
        back = translation.gettext("Back to the site")
        chrome = translation.gettext("Skip to content")
    assert f'<html lang="{language}">' in page
    assert f"<h1>{title}</h1>" in page
    assert back in page and chrome in page
    assert 'href="/"' in page
    assert 'href="/api/schema/"' in page
    assert 'id="swagger-ui"' in page
    assert "?script=" in page


def test_the_docs_page_writes_the_token_header_as_text(client, db):
    page = client.get("/api/docs/").content.decode()
    assert "<code>Authorization: Token &lt;token&gt;</code>" in page
    assert "<token>" not in page
