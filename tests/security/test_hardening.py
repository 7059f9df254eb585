"""Headers, cookies, the deploy check, and secrets kept out of logs."""

import logging
import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.test import RequestFactory, override_settings

from core.security import RedactSecretsFilter, client_ip, redact

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.django_db
def test_pages_carry_the_security_headers(client):
    response = client.get("/")
    csp = response["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    assert "camera=()" in response["Permissions-Policy"]


@pytest.mark.django_db
def test_hsts_on_https_only(client):
    assert "Strict-Transport-Security" not in client.get("/")
    hsts = client.get("/", secure=True)["Strict-Transport-Security"]
    assert hsts == "max-age=31536000; includeSubDomains; preload"


@pytest.mark.django_db
def test_cookies_are_https_only_with_debug_off(client, django_user_model, settings):
    django_user_model.objects.create_user("setwan", password="kata-sandi-panjang")
    csrf = client.get("/login/").cookies[settings.CSRF_COOKIE_NAME]
    assert csrf["secure"]
    login = client.post("/login/", {"username": "setwan", "password": "kata-sandi-panjang"})
    assert login.status_code == 302  # logged in
    session = login.cookies[settings.SESSION_COOKIE_NAME]
    assert session["secure"] and session["httponly"]


@pytest.mark.django_db
def test_api_docs_need_no_inline_script(client):
    page = client.get("/api/docs/").content.decode()
    assert "<script>" not in page.replace(" ", "")


def deploy_check(**env):
    clean = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("DJANGO_", "SITE_URL", "CACHE_URL", "TRACKER_X_", "API_NUM"))
    }
    clean |= {"DJANGO_SECRET_KEY": secrets.token_urlsafe(50)} | env
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=clean,
        capture_output=True,
        text=True,
    )


def test_deploy_check_is_clean_with_production_settings(tmp_path):
    result = deploy_check(
        TRACKER_VAR_DIR=str(tmp_path),
        DJANGO_ALLOWED_HOSTS="tracker.example.org",
        SITE_URL="https://tracker.example.org",
        CACHE_URL="redis://127.0.0.1:6379/1",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_deploy_check_flags_plain_http(tmp_path):
    result = deploy_check(TRACKER_VAR_DIR=str(tmp_path), DJANGO_ALLOWED_HOSTS="tracker.example.org")
    assert result.returncode != 0 and "security.W008" in result.stderr


@pytest.mark.parametrize(
    "line",
    [
        "GET /api/ Authorization: Token 3f9a8b7c6d5e",
        "login password=rahasia123&username=setwan",
        "cookie sessionid=abcdef123456; csrftoken=zyx987",
        "{'token': 'abcdef123456'}",
    ],
)
def test_secrets_are_masked_in_log_lines(line):
    cleaned = redact(line)
    for secret in ("3f9a8b7c6d5e", "rahasia123", "abcdef123456", "zyx987"):
        assert secret not in cleaned


def test_log_records_pass_through_the_filter(caplog):
    logger = logging.getLogger("tests.security")
    logger.addFilter(RedactSecretsFilter())
    with caplog.at_level(logging.INFO, logger="tests.security"):
        logger.info("header %s", "Authorization: Token supersecret42")
    assert "supersecret42" not in caplog.text and "********" in caplog.text


@override_settings(REST_FRAMEWORK={"NUM_PROXIES": 1})
def test_client_address_behind_one_proxy_ignores_what_the_client_adds():
    request = RequestFactory().get(
        "/", HTTP_X_FORWARDED_FOR="6.6.6.6, 203.0.113.9", REMOTE_ADDR="10.0.0.2"
    )
    assert client_ip(request) == "203.0.113.9"


def test_client_address_without_proxies_is_the_peer():
    request = RequestFactory().get("/", HTTP_X_FORWARDED_FOR="6.6.6.6", REMOTE_ADDR="127.0.0.1")
    assert client_ip(request) == "127.0.0.1"
