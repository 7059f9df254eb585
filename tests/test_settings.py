"""Settings come from the environment only; each case loads them in a fresh interpreter."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
READ = (
    "import json, tracker.settings as s; print(json.dumps({"
    "'engine': s.DATABASES['default']['ENGINE'], 'name': str(s.DATABASES['default']['NAME']),"
    "'init': s.DATABASES['default'].get('OPTIONS', {}).get('init_command', ''),"
    "'broker': s.CELERY_BROKER_URL, 'email': s.EMAIL_BACKEND, 'port': s.EMAIL_PORT,"
    "'tls': s.EMAIL_USE_TLS, 'hosts': s.ALLOWED_HOSTS, 'debug': s.DEBUG, 'tz': s.TIME_ZONE,"
    "'lang': s.LANGUAGE_CODE}))"
)


def load_settings(tmp_path, **env):
    clean = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("DJANGO_", "DATABASE", "EMAIL", "CELERY"))
    }
    clean |= {"TRACKER_VAR_DIR": str(tmp_path)} | env
    result = subprocess.run(
        [sys.executable, "-c", READ], cwd=ROOT, env=clean, capture_output=True, text=True
    )
    return result


def test_embedded_default(tmp_path):
    result = load_settings(tmp_path, DJANGO_SECRET_KEY="k")
    values = json.loads(result.stdout)
    assert values["engine"] == "django.db.backends.sqlite3"
    assert values["name"] == str(tmp_path / "tracker.sqlite3")
    assert "journal_mode=WAL" in values["init"]
    assert values["broker"] == "filesystem://"
    assert (tmp_path / "broker" / "queue").is_dir()
    assert values["email"] == "django.core.mail.backends.console.EmailBackend"
    assert values["debug"] is False
    assert (values["tz"], values["lang"]) == ("Asia/Jakarta", "id")


def test_production_values_from_the_environment(tmp_path):
    result = load_settings(
        tmp_path,
        DJANGO_SECRET_KEY="k",
        DATABASE_URL="postgres://tracker@db.internal:5432/tracker",
        CELERY_BROKER_URL="redis://127.0.0.1:6379/0",
        EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
        EMAIL_PORT="587",
        EMAIL_USE_TLS="true",
        DJANGO_ALLOWED_HOSTS="dprd.example.go.id, www.dprd.example.go.id",
    )
    values = json.loads(result.stdout)
    assert values["engine"] == "django.db.backends.postgresql"
    assert values["init"] == ""
    assert values["broker"] == "redis://127.0.0.1:6379/0"
    assert (values["port"], values["tls"]) == (587, True)
    assert values["hosts"] == ["dprd.example.go.id", "www.dprd.example.go.id"]


def test_secret_key_is_required_without_debug(tmp_path):
    result = load_settings(tmp_path)
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY" in result.stderr


@pytest.mark.parametrize("flag", ["true", "1", "yes"])
def test_debug_runs_without_a_secret_key(tmp_path, flag):
    result = load_settings(tmp_path, DJANGO_DEBUG=flag)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["debug"] is True


def test_env_example_lists_every_variable_the_settings_read():
    import re

    settings_source = (ROOT / "tracker" / "settings.py").read_text()
    read = set(
        re.findall(
            r'(?:environ\.get|environ\[|env_bool|env_list)\(?\s*"([A-Z_]+)"', settings_source
        )
    )
    listed = set(
        re.findall(r"^#? ?(?:Production: )?([A-Z_]+)=", (ROOT / ".env.example").read_text(), re.M)
    )
    assert read and read <= listed, sorted(read - listed)


@pytest.mark.parametrize(
    ("flag", "storage"),
    [
        (None, "django.contrib.staticfiles.storage.StaticFilesStorage"),
        ("false", "django.contrib.staticfiles.storage.StaticFilesStorage"),
        ("true", "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"),
    ],
)
def test_hashed_static_names_only_when_production_asks(tmp_path, flag, storage):
    read = "import tracker.settings as s; print(s.STORAGES['staticfiles']['BACKEND'])"
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    env |= {"TRACKER_VAR_DIR": str(tmp_path), "DJANGO_SECRET_KEY": "k"}
    if flag is not None:
        env["DJANGO_STATIC_MANIFEST"] = flag
    result = subprocess.run(
        [sys.executable, "-c", read], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == storage
