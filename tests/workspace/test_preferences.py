"""Each staff member chooses the language and channels of their reminders."""

import pytest
from django.test import Client
from django.urls import reverse

from meetings.roles import AGENCY
from notifications.models import ContactPreference
from tests.factories import account
from tests.workspace.fixtures_roles import build_world

URL = reverse("workspace:preferences")


@pytest.fixture
def world(db):
    return build_world()


def test_anonymous_is_sent_to_log_in(client, world):
    response = client.get(URL)
    assert response.status_code == 302 and "login" in response["Location"]


def test_an_account_without_a_role_is_refused(client, world):
    client.force_login(account("warga", "Publik"))
    assert client.get(URL).status_code == 403


def test_defaults_are_shown_and_a_choice_is_saved_once(client, world):
    client.force_login(world.agency_user)
    form = client.get(URL).context["form"]
    assert (form["language"].value(), form["by_email"].value()) == ("id", True)
    response = client.post(URL, {"language": "en", "by_email": "on"})
    assert response.status_code == 302
    person = world.agency_user.person
    saved = ContactPreference.objects.get(person=person)
    assert (saved.language, saved.by_email, saved.by_webhook) == ("en", True, False)
    client.post(URL, {"language": "id", "by_webhook": "on"})
    saved = ContactPreference.objects.get(person=person)
    assert (saved.language, saved.by_email, saved.by_webhook) == ("id", False, True)
    assert client.get(URL).context["form"]["language"].value() == "id"


def test_bad_input_is_shown_next_to_the_field_and_nothing_is_saved(client, world):
    client.force_login(world.body_user)
    response = client.post(URL, {"language": "fr", "by_email": "on"})
    assert response.status_code == 400
    assert response.context["form"].errors["language"]
    assert 'class="errorlist' in response.content.decode()
    assert not ContactPreference.objects.exists()


def test_an_account_without_a_person_has_nothing_to_set(client, world):
    client.force_login(world.clerk)
    response = client.get(URL)
    assert response.status_code == 200 and response.context["person"] is None
    client.post(URL, {"language": "en"})
    assert not ContactPreference.objects.exists()


def test_an_agency_account_changes_only_its_own_preference(client, world):
    other = account("dinkes2", AGENCY, world.other_agency)
    client.force_login(other)
    client.post(URL, {"language": "en", "person": world.agency_user.person.pk})
    assert list(ContactPreference.objects.values_list("person", flat=True)) == [other.person.pk]


def test_csrf_is_enforced(world):
    client = Client(enforce_csrf_checks=True)
    client.force_login(world.agency_user)
    assert client.post(URL, {"language": "en"}).status_code == 403
    assert not ContactPreference.objects.exists()


def test_preferences_page_queries(client, world, django_assert_max_num_queries):
    client.force_login(world.agency_user)
    with django_assert_max_num_queries(7):
        assert client.get(URL).status_code == 200
