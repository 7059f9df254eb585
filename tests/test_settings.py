"""Settings come from the environment only; each case loads them in a fresh interpreter."""

import json
import os
import re
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
    # Reading the settings writes nothing: the folders are made at start-up.
    assert not (tmp_path / "broker").exists()
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


def test_start_up_makes_the_folders_of_the_embedded_default(tmp_path):
    var = tmp_path / "var"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE"))}
    env |= {"TRACKER_VAR_DIR": str(var), "DJANGO_SECRET_KEY": "k"}
    env.pop("CELERY_BROKER_URL", None)
    read = "import tracker.settings, os; print(os.path.exists(tracker.settings.VAR_DIR))"
    result = subprocess.run(
        [sys.executable, "-c", read], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert result.stdout.strip() == "False", result.stderr
    env["DJANGO_SETTINGS_MODULE"] = "tracker.settings"
    start = "import django; django.setup()"
    result = subprocess.run(
        [sys.executable, "-c", start], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    for folder in ("broker/queue", "broker/processed", "broker/control"):
        assert (var / folder).is_dir(), folder
    assert var.is_dir()  # the SQLite file and beat's schedule live here


def test_every_setting_the_code_reads_is_declared():
    """Read as settings.NAME, never through getattr with a default: settings.py (or Django's own
    defaults) declares each one, so the environment test above sees what they are made of."""
    from django.conf import global_settings

    import tracker.settings as declared

    apps = [p for p in ROOT.glob("*/apps.py")] + [ROOT / "tracker" / "settings.py"]
    sources = [
        path for app in apps for path in app.parent.rglob("*.py") if "migrations" not in path.parts
    ]
    read, hidden = set(), []
    for path in sources:
        text = path.read_text(encoding="utf-8")
        read |= set(re.findall(r"\bsettings\.([A-Z][A-Z0-9_]+)\b", text))
        hidden += [
            f"{path.relative_to(ROOT)}: {name}"
            for name in re.findall(r"getattr\(\s*settings\s*,\s*[\"']([A-Z0-9_]+)", text)
        ]
    assert not hidden, hidden
    undeclared = {
        name for name in read if not hasattr(declared, name) and not hasattr(global_settings, name)
    }
    assert read and not undeclared, sorted(undeclared)


def test_env_example_lists_every_variable_the_settings_read():
    settings_source = (ROOT / "tracker" / "settings.py").read_text()
    read = set(
        re.findall(
            r'(?:environ\.get|environ\[|env_bool|env_list|_rate)\(?\s*"([A-Z_]+)"',
            settings_source,
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
