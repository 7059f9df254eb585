import pytest
from django.core.cache import cache
from django.test import override_settings
from django.utils import translation

from tests.factories import AgencyFactory, BodyFactory, DprdFactory, MeetingFactory

FAST_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True, scope="session")
def _fast_password_hasher():
    # The suite creates and logs in many accounts; the production hasher is the settings' own.
    # Session-wide, so data loaded once for a module (tests/test_admin.py) hashes fast too.
    with override_settings(PASSWORD_HASHERS=FAST_HASHERS):
        yield


@pytest.fixture(autouse=True)
def _uploads_in_a_throwaway_folder(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def _empty_cache():
    # Every test starts with empty rate-limit counters, lock-outs and cached feeds.
    cache.clear()


@pytest.fixture(autouse=True)
def _indonesian_by_default():
    # Messages are checked in the site's default language unless a test switches.
    with translation.override("id"):
        yield


@pytest.fixture
def superuser_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("admin", "admin@example.org", "x")
    client.force_login(user)
    return client


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
