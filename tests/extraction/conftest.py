import datetime

import pytest

from extraction.evaluation import CORPUS_DIR, demo_directory_snapshot
from extraction.extractor import extract


@pytest.fixture(scope="session")
def demo_directory(django_db_setup, django_db_blocker):
    """The Kabupaten Probolinggo demo directory as plain data (the database is left as it was)."""
    with django_db_blocker.unblock():
        return demo_directory_snapshot()


@pytest.fixture(scope="session")
def example_text():
    return (CORPUS_DIR / "01-wartabromo-2025-02-28-komisi1-diskominfo.txt").read_text()


@pytest.fixture
def draft_of(demo_directory):
    def run(text: str, published: datetime.date | None = None) -> dict:
        return extract(text=text, published=published, directory=demo_directory)

    return run
