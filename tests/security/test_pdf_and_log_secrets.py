"""Finding: recap PDFs used WeasyPrint's default URL fetcher (files and the network), and a
private calendar's secret, which sits in its path, reached the access log in clear."""

import logging
from types import SimpleNamespace

import pytest

from accountability.services import files
from core.security import redact
from tracker.gunicorn import RedactingLogger

SECRET = "Zq3-privat_TOKEN42"


def test_recap_pdfs_load_nothing_but_data_addresses(monkeypatch):
    import weasyprint

    seen = {}

    class Spy:
        def __init__(self, **kwargs):
            seen.update(kwargs)

        def write_pdf(self):
            return b"%PDF-"

    monkeypatch.setattr(weasyprint, "HTML", Spy)
    monkeypatch.setattr(files, "recap_html", lambda content: '<img src="file:///etc/passwd">')
    assert files.recap_pdf(SimpleNamespace()) == b"%PDF-"
    fetcher = seen.get("url_fetcher")
    assert fetcher is not None, "the default fetcher reads files and the network"
    with pytest.raises(Exception):  # noqa: B017 - WeasyPrint's own error type varies by version
        fetcher("file:///etc/passwd")
    with pytest.raises(Exception):  # noqa: B017
        fetcher("http://169.254.169.254/latest/meta-data/")


def test_private_calendar_secrets_are_masked():
    line = f'"GET /calendar/private/{SECRET}.ics?alarm=30 HTTP/1.1" 200 1234'
    assert SECRET not in redact(line)
    assert "/calendar/private/" in redact(line)


def test_development_server_access_log_is_masked():
    logger = logging.getLogger("django.server")
    assert any(
        isinstance(f, logging.Filter) and type(f).__name__ == "RedactSecretsFilter"
        for handler in logger.handlers
        for f in handler.filters
    )


def test_gunicorn_access_log_is_masked():
    logger = RedactingLogger.__new__(RedactingLogger)
    path = f"/calendar/private/{SECRET}.ics"
    environ = {"REQUEST_METHOD": "GET", "RAW_URI": path, "PATH_INFO": path, "QUERY_STRING": ""}
    environ |= {"SERVER_PROTOCOL": "HTTP/1.1", "REMOTE_ADDR": "127.0.0.1", "HTTP_REFERER": path}
    request = SimpleNamespace(headers=[("REFERER", path)], uri=path, path=path, query="")
    request.method, request.version = "GET", (1, 1)
    response = SimpleNamespace(status="200 OK", sent=10, headers=[], response_length=10)
    response.status_code = 200
    from datetime import timedelta

    atoms = logger.atoms(response, request, environ, timedelta(seconds=0.01))
    assert SECRET not in repr(atoms)
