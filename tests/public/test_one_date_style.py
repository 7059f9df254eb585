"""One date style everywhere (issue 18): no page shows a number-only date such as 9/12/2026,
which many English readers take for 12 September, and no template or code writes one."""

import pathlib
import re

import pytest
from django.conf import settings

NUMERIC_DATE = re.compile(r"\b\d{1,2}/\d{1,2}/\d{2,4}\b")
# A `|date:"..."` whose pattern has a slash writes a number-only date; machine forms such as
# "Y-m-d" in attributes and links are fine.
SLASHED_DATE_FILTER = re.compile(r"""\|date:\s*["'][^"']*/[^"']*["']""")
SLASHED_STRFTIME = re.compile(r"""strftime\(\s*f?["'][^"']*%[dmy]/""")
ROOT = pathlib.Path(settings.BASE_DIR)


def shown_text(html: str) -> str:
    """What a reader sees: no tags (so no input values, links or attributes), no scripts."""
    html = re.sub(r"<(script|style)\b.*?</\1>", "", html, flags=re.S)
    return re.sub(r"<[^>]+>", " ", html)


def test_no_template_writes_a_number_only_date():
    offenders = [
        f"{path.relative_to(ROOT)}: {match.group(0)}"
        for path in (ROOT / "templates").rglob("*")
        if path.suffix in {".html", ".txt", ".xml"}
        for match in SLASHED_DATE_FILTER.finditer(path.read_text())
    ]
    assert offenders == []


def test_no_code_formats_a_number_only_date():
    folders = [
        p
        for p in ROOT.iterdir()
        if p.is_dir() and (p / "__init__.py").exists() and p.name != "tests"
    ]
    offenders = [
        f"{path.relative_to(ROOT)}: {match.group(0)}"
        for folder in folders
        for path in folder.rglob("*.py")
        for match in SLASHED_STRFTIME.finditer(path.read_text())
    ]
    assert offenders == []


def test_the_scan_finds_what_it_looks_for():
    assert SLASHED_DATE_FILTER.search('{{ day|date:"j/n/Y" }}')
    assert not SLASHED_DATE_FILTER.search("{{ day|date:'Y-m-d' }}")
    assert SLASHED_STRFTIME.search('moment.strftime("%d/%m/%Y")')
    assert NUMERIC_DATE.search(shown_text("<p>Rabu (26/2/2025)</p>"))
    assert not NUMERIC_DATE.search(shown_text('<input value="26/02/2025"> 26 Feb 2025'))


@pytest.mark.parametrize("language", ["id", "en"])
def test_pages_show_dates_with_the_month_as_a_word(client, world, language):
    client.post("/i18n/setlang/", {"language": language, "next": "/"})
    month = world.open_meeting.local_start.strftime("%Y-%m")
    paths = [
        "/",
        f"/calendar/?month={month}",
        f"/calendar/list/?month={month}",
        f"/meetings/{world.open_meeting.pk}/",
        f"/meetings/{world.closed_meeting.pk}/",
        f"/meetings/{world.wita_meeting.pk}/",
        "/commitments/",
        f"/commitments/{world.commitment.pk}/",
        f"/bodies/{world.komisi.slug}/",
        f"/agencies/{world.agency.slug}/",
        "/search/?q=rapat",
    ]
    for path in paths:
        response = client.get(path)
        assert response.status_code == 200, path
        text = shown_text(response.content.decode())
        assert NUMERIC_DATE.findall(text) == [], path
    meeting_page = shown_text(client.get(f"/meetings/{world.open_meeting.pk}/").content.decode())
    word = {"id": "sampai", "en": "until"}[language]
    assert word not in meeting_page
