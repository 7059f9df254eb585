"""The corpus's directory.json is the demo directory: what load_demo loads is what the extractor
is scored against. When the demo data changes, `python manage.py write_corpus_directory` (on an
empty database) writes the file again."""

import json

import pytest
from django.core.management import CommandError, call_command
from django.utils import translation

from demo.directory import load_directory
from demo.venues import load_legislation, load_venues
from extraction.corpus_directory import (
    DIRECTORY_FILE,
    corpus_directory,
    directory_as_data,
    directory_from_data,
)
from extraction.selectors import directory_snapshot
from meetings.models import Organization, OrganizationKind

pytestmark = pytest.mark.django_db


def test_the_stored_directory_is_the_demo_directory():
    load_directory()
    load_venues()
    load_legislation()
    assert directory_as_data(directory_snapshot()) == directory_as_data(corpus_directory())


def test_the_stored_directory_reads_back_as_written():
    data = json.loads(DIRECTORY_FILE.read_text(encoding="utf-8"))
    assert directory_as_data(directory_from_data(data)) == data
    people_with_dated_offices = [
        person for person in data["people"] if any(o["start"] for o in person["offices"])
    ]
    assert people_with_dated_offices, "the demo gives start dates for some offices"


def test_writing_refuses_a_database_that_holds_other_organizations():
    Organization.objects.create(slug="x", name="X", kind=OrganizationKind.OPD)
    with translation.override("en"), pytest.raises(CommandError, match="already holds"):
        call_command("write_corpus_directory")
