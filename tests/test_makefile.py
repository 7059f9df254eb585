"""`make run` installs what running needs (requirements.txt); the test targets add the
development tools (requirements-dev.txt). Checked with `make -n` on a copy without a venv."""

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.skipif(shutil.which("make") is None, reason="needs make")


def planned(tmp_path, target: str) -> str:
    for name in ("Makefile", "requirements.txt", "requirements-dev.txt"):
        shutil.copy(ROOT / name, tmp_path / name)
    result = subprocess.run(
        ["make", "-n", target, "PORT=8933"], cwd=tmp_path, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_make_run_installs_the_runtime_requirements_only(tmp_path):
    plan = planned(tmp_path, "run")
    assert "pip install --disable-pip-version-check -r requirements.txt" in plan
    assert "requirements-dev.txt" not in plan
    assert "manage.py load_demo" in plan


@pytest.mark.parametrize("target", ["test", "test-postgres", "lint", "install"])
def test_the_test_and_tool_targets_add_the_development_requirements(tmp_path, target):
    plan = planned(tmp_path, target)
    assert "-r requirements.txt" in plan and "-r requirements-dev.txt" in plan
