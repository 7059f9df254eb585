import datetime

import pytest

from extraction.corpus_directory import corpus_directory
from extraction.evaluation import CORPUS_DIR
from extraction.extractor import extract


@pytest.fixture(scope="session")
def demo_directory():
    """The Kabupaten Probolinggo demo directory as plain data (the corpus's directory.json)."""
    return corpus_directory()


@pytest.fixture(scope="session")
def example_text():
    return (CORPUS_DIR / "01-wartabromo-2025-02-28-komisi1-diskominfo.txt").read_text()


@pytest.fixture
def draft_of(demo_directory):
    def run(text: str, published: datetime.date | None = None) -> dict:
        return extract(text=text, published=published, directory=demo_directory)

    return run
