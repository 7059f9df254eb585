"""deploy/: the environment file is read as systemd reads it, and render-config fills every
placeholder of the nginx, supervisor and systemd files from it."""

import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
DEPLOY = ROOT / "deploy"


def env_file(tmp_path: Path, **overrides: str) -> Path:
    text = (DEPLOY / "tracker.env.example").read_text(encoding="utf-8")
    values = {
        "TRACKER_APP_DIR": str(ROOT),
        "TRACKER_VAR_DIR": str(tmp_path / "var"),
        "DJANGO_STATIC_ROOT": str(tmp_path / "static"),
        "DJANGO_MEDIA_ROOT": str(tmp_path / "media"),
        "TRACKER_LOG_DIR": str(tmp_path / "log"),
        "TRACKER_RUN_DIR": str(tmp_path / "run"),
        "TRACKER_NGINX_LISTEN": "127.0.0.1:8949",
    } | overrides
    for key, value in values.items():
        line = f"{key}={value}"
        text, count = re.subn(rf"^{key}=.*$", lambda _, line=line: line, text, flags=re.M)
        assert count == 1, key
    path = tmp_path / "tracker.env"
    path.write_text(text, encoding="utf-8")
    return path


def test_with_env_reads_the_file_as_systemd_does(tmp_path):
    path = env_file(tmp_path)
    with path.open("a", encoding="utf-8") as file:
        file.write('QUOTED="a b # c"\n  # an indented comment\nPLAIN=x=y $HOME\n')
    shown = subprocess.run(
        [
            DEPLOY / "with-env",
            path,
            "sh",
            "-c",
            'printf "%s|%s|%s|%s|%s" "$PWD" '
            '"$DEFAULT_FROM_EMAIL" "$QUOTED" "$PLAIN" "$API_NUM_PROXIES"',
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert shown.split("|") == [
        str(ROOT),
        "DPRD Tracker <tracker@example.org>",
        "a b # c",
        "x=y $HOME",
        "1",
    ]


def test_with_env_refuses_a_line_that_is_not_a_setting(tmp_path):
    path = env_file(tmp_path)
    with path.open("a", encoding="utf-8") as file:
        file.write("export DJANGO_DEBUG=true\n")
    result = subprocess.run([DEPLOY / "with-env", path, "true"], capture_output=True, text=True)
    assert result.returncode == 2
    assert "not KEY=value" in result.stderr


def test_render_config_fills_every_placeholder(tmp_path):
    out = tmp_path / "conf"
    subprocess.run(
        [DEPLOY / "render-config", env_file(tmp_path), out], capture_output=True, check=True
    )
    written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert written == [
        "nginx-site.conf",
        "nginx.conf",
        "supervisor-tracker.conf",
        "supervisord.conf",
        "systemd/tracker-beat.service",
        "systemd/tracker-web.service",
        "systemd/tracker-worker@.service",
        "systemd/tracker.target",
    ]
    for name in written:
        assert not re.search(r"@[A-Z_]+@", (out / name).read_text()), name
    site = (out / "nginx-site.conf").read_text()
    assert f"alias {tmp_path / 'media'}/;" in site
    assert "internal;" in site
    assert "listen 127.0.0.1:8949;" in site
    programs = (out / "supervisor-tracker.conf").read_text()
    assert (
        f"{ROOT}/deploy/with-env {tmp_path / 'tracker.env'} {ROOT}/.venv/bin/gunicorn" in programs
    )
    assert "numprocs=2" in programs
    for folder in ("log", "run", "var", "static", "media"):
        assert (tmp_path / folder).is_dir()


def test_render_config_names_a_missing_value(tmp_path):
    path = env_file(tmp_path)
    path.write_text(re.sub(r"^TRACKER_GUNICORN_BIND=.*\n", "", path.read_text(), flags=re.M))
    result = subprocess.run(
        [DEPLOY / "render-config", path, tmp_path / "conf"], capture_output=True, text=True
    )
    assert result.returncode != 0
    assert "TRACKER_GUNICORN_BIND" in result.stderr


@pytest.mark.skipif(shutil.which("nginx") is None, reason="needs nginx")
def test_the_rendered_nginx_configuration_is_valid(tmp_path):
    out = tmp_path / "conf"
    subprocess.run([DEPLOY / "render-config", env_file(tmp_path), out], check=True)
    result = subprocess.run(
        ["nginx", "-t", "-c", out / "nginx.conf", "-e", tmp_path / "log" / "error.log"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
