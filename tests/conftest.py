import pytest
from django.core.cache import cache
from django.utils import translation

from tests.factories import AgencyFactory, BodyFactory, DprdFactory, MeetingFactory


@pytest.fixture(autouse=True)
def _indonesian_by_default(settings, tmp_path):
    # Uploaded files go to a throwaway folder; messages are checked in the default language.
    settings.MEDIA_ROOT = tmp_path / "media"
    # A fast hasher: the suite creates and logs in many accounts.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    # Every test starts with empty rate-limit counters, lock-outs and cached feeds.
    cache.clear()
    with translation.override("id"):
        yield


@pytest.fixture
def dprd():
    return DprdFactory()


@pytest.fixture
def komisi(dprd):
    return BodyFactory(parent=dprd, name="Komisi I", slug="komisi-i")


@pytest.fixture
def agency():
    return AgencyFactory(name="Dinas Komunikasi dan Informatika", abbreviation="Diskominfo")


@pytest.fixture
def meeting(komisi, agency):
    return MeetingFactory(lead_body=komisi, invited_organizations=[agency])
