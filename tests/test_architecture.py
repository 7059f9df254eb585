"""The import directions of docs/architecture.md, checked on every module's imports (ast).

An app may import the apps of lower layers; imports inside one layer, or upwards, only where
listed below with their reason. `tracker/` is configuration: it may import core, no app imports
it. Imports inside functions count the same as those at the top of a module.
"""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

CONFIG = "tracker"
LAYERS = {
    # Used by every app, knows none of them.
    "core": 0,
    # The directory and meetings; the audit log of who did what.
    "meetings": 1,
    "audit": 1,
    # What was promised in meetings, and its timeline.
    "commitments": 2,
    # Work built on the domain: reminders, alerts, the scoreboard, files, drafts, data, accounts.
    "notifications": 3,
    "alerts": 3,
    "accountability": 3,
    "files": 3,
    "extraction": 3,
    "opendata": 3,
    "accounts": 3,
    # Delivery: the API, the public site, the staff workspace, operations.
    "api": 4,
    "public": 4,
    "workspace": 4,
    "ops": 4,
    # Demo data: loads through everyone's services, imported by no one.
    "demo": 5,
}
# Imports inside one layer, or upwards, that are allowed, each with its reason.
EXCEPTIONS = {
    ("notifications", "alerts"): "the one outbox renders and checks alert messages",
    ("alerts", "notifications"): "alert messages are sent through the outbox",
    ("accountability", "notifications"): "recaps are mailed through the outbox",
    ("files", "accountability"): "recap files are served to those who may read recaps",
    ("accountability", "files"): "recap pages link to their files",
    ("opendata", "files"): "datasets link to public documents",
    ("accounts", "public"): "deactivating an account revokes its private calendar addresses",
    ("workspace", "public"): "the staff design page draws the public site's cards and filters",
}
# Folders that are not apps and may import anything: the tests, benchmarks, scripts.
NOT_CHECKED = {"tests", "bench", "scripts", "deploy", "docs", "static", "templates", "locale"}


def refusal(app: str, imported: str) -> str | None:
    """Why `app` may not import the module `imported`; None when it may."""
    target = imported.split(".")[0]
    if target == app or (target not in LAYERS and target != CONFIG):
        return None
    if target == CONFIG:
        return (
            None
            if imported.startswith(f"{CONFIG}.") and app == CONFIG
            else (f"{app} imports {imported}: {CONFIG}/ is configuration, no app imports it")
        )
    if app == CONFIG:
        return None if target == "core" else f"{CONFIG}/ imports {imported}: only core"
    if (app, target) in EXCEPTIONS or LAYERS[target] < LAYERS[app]:
        return None
    return f"{app} (layer {LAYERS[app]}) imports {imported} (layer {LAYERS[target]})"


def imports_of(source: str) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.append((node.lineno, node.module))
    return found


def violations_in(app: str, source: str) -> list[str]:
    return [
        f"line {line}: {reason}"
        for line, imported in imports_of(source)
        if (reason := refusal(app, imported))
    ]


def project_modules():
    for path in sorted(ROOT.rglob("*.py")):
        parts = path.relative_to(ROOT).parts
        if len(parts) > 1 and parts[0] in LAYERS.keys() | {CONFIG}:
            yield parts[0], path


def test_every_app_is_placed_in_a_layer():
    apps = {
        path.parent.name for path in ROOT.glob("*/apps.py") if path.parent.name not in NOT_CHECKED
    }
    assert apps and apps <= LAYERS.keys(), sorted(apps - LAYERS.keys())


def test_every_import_follows_the_directions():
    found = []
    for app, path in project_modules():
        for problem in violations_in(app, path.read_text(encoding="utf-8")):
            found.append(f"{path.relative_to(ROOT)} {problem}")
    assert not found, "\n".join(found)


def test_the_404_page_is_not_the_apis():
    from tracker import urls

    assert urls.handler404.startswith("core.")


@pytest.mark.parametrize(
    ("app", "source"),
    [
        # The imports that made tracker/ more than configuration.
        ("api", "from tracker.fastpath import address_per_pk"),
        ("public", "from tracker.security import client_ip"),
        ("audit", "from tracker.security import client_ip"),
        ("audit", "import tracker.middleware"),
        # The evaluation of the extractor loading the demo's directory.
        ("extraction", "from demo.directory import load_directory"),
        # Inside a function counts too.
        ("extraction", "def f():\n    from demo.venues import load_venues\n"),
        # A domain app reaching up: to delivery, or to a layer above it.
        ("meetings", "from commitments.models import Commitment"),
        ("commitments", "from accountability.localdate import LocalDate"),
        ("notifications", "from api.serializers import MeetingSerializer"),
        ("core", "from meetings.access import actor_for"),
        ("public", "from workspace.access import secretariat_required"),
        ("api", "from demo.services import load_demo"),
        ("tracker", "from api.errors import exception_handler"),
    ],
)
def test_the_imports_against_the_directions_are_refused(app, source):
    assert violations_in(app, source)


@pytest.mark.parametrize(
    ("app", "source"),
    [
        ("api", "from core.fastpath import address_per_pk"),
        ("extraction", "from meetings.models import Organization"),
        ("demo", "from accounts.roles import ROLE_GROUPS"),
        ("tracker", "from core.security import redact"),
        ("notifications", "from alerts.rendering import render_alert"),
        ("workspace", "from django.conf import settings"),
    ],
)
def test_the_imports_along_the_directions_pass(app, source):
    assert not violations_in(app, source)
