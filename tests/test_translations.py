"""Bahasa Indonesia first, English second: both catalogues hold every string, translated, and
the compiled catalogues the app loads match their sources."""

import ast
import re
from pathlib import Path

import polib
import pytest
from django.utils import translation

ROOT = Path(__file__).resolve().parent.parent
APPS = [
    "tracker",
    "meetings",
    "commitments",
    "notifications",
    "api",
    "demo",
    "public",
    "extraction",
    "accountability",
    "opendata",
    "workspace",
    "ops",
    "audit",
    "accounts",
    "files",
]
GETTEXT_NAMES = {"_", "gettext", "gettext_lazy", "pgettext", "pgettext_lazy"}


def source_msgids() -> set[str]:
    """Every literal string passed to gettext in the project's code and templates."""
    found = set()
    for app in APPS:
        for path in (ROOT / app).rglob("*.py"):
            if "migrations" in path.parts:
                continue
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if not isinstance(node, ast.Call) or not node.args:
                    continue
                name = getattr(node.func, "id", getattr(node.func, "attr", None))
                text = node.args[-1] if name and name.startswith("pgettext") else node.args[0]
                if name in GETTEXT_NAMES and isinstance(text, ast.Constant):
                    found.add(text.value)
    template_tag = re.compile(r"""{% (?:translate|trans) "([^"]+)" %}""")
    for path in (ROOT / "templates").rglob("*.html"):
        found.update(template_tag.findall(path.read_text(encoding="utf-8")))
    return found


@pytest.fixture(scope="module", params=["id", "en"])
def catalogue(request):
    path = ROOT / "locale" / request.param / "LC_MESSAGES" / "django.po"
    return request.param, polib.pofile(str(path))


def test_every_source_string_is_in_the_catalogue(catalogue):
    language, po = catalogue
    missing = source_msgids() - {entry.msgid for entry in po}
    assert not missing, f"run `make messages`; missing in {language}: {sorted(missing)[:10]}"


def test_catalogue_is_complete(catalogue):
    language, po = catalogue
    assert not po.untranslated_entries(), [e.msgid for e in po.untranslated_entries()][:10]
    assert not po.fuzzy_entries(), [e.msgid for e in po.fuzzy_entries()][:10]


def test_compiled_catalogue_matches_its_source(catalogue):
    language, po = catalogue
    mo = polib.mofile(str(ROOT / "locale" / language / "LC_MESSAGES" / "django.mo"))
    compiled = {(e.msgctxt, e.msgid): e.msgstr for e in mo}
    expected = {
        (e.msgctxt, e.msgid): e.msgstr for e in po.translated_entries() if not e.msgid_plural
    }
    assert {k: compiled.get(k) for k in expected} == expected, "run `make messages` to compile"


def test_indonesian_is_the_default_and_english_is_available():
    from meetings.models import MeetingStatus

    with translation.override("id"):
        assert str(MeetingStatus.POSTPONED.label) != "Postponed (ditunda)"
    with translation.override("en"):
        assert str(MeetingStatus.POSTPONED.label) == "Postponed (ditunda)"
