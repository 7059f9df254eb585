"""The secretariat's accounts page: invite, change, deactivate; nobody else may."""

import pytest
from django.contrib.auth.models import User
from django.core import mail
from django.urls import reverse

from accounts.services import account_create
from meetings.roles import AGENCY, BODY_MEMBER
from tests.factories import AgencyFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def clerk():
    return account_create(username="setwan", email="setwan@example.org", role="secretariat")


def test_only_the_secretariat_reaches_the_accounts_pages(client, clerk, komisi):
    agency = AgencyFactory()
    opd = account_create(username="opd", email="opd@example.org", role="opd", organization=agency)
    urls = [
        reverse("workspace:accounts"),
        reverse("workspace:account-edit", args=[opd.pk]),
    ]
    for url in urls:
        assert client.get(url).status_code == 302  # to the login page
    client.force_login(opd)
    for url in urls:
        assert client.get(url).status_code == 403
    response = client.post(
        reverse("workspace:accounts"),
        {"username": "sneaky", "email": "s@example.org", "role": "secretariat"},
    )
    assert response.status_code == 403
    response = client.post(
        reverse("workspace:account-edit", args=[opd.pk]),
        {"role": "secretariat", "is_active": "on"},
    )
    assert response.status_code == 403
    assert not User.objects.filter(username="sneaky").exists()
    assert not opd.groups.filter(name="Sekretariat DPRD").exists()


def test_the_secretariat_invites_changes_and_deactivates(client, clerk, komisi):
    agency = AgencyFactory(name="Dinas Kesehatan")
    client.force_login(clerk)
    response = client.post(
        reverse("workspace:accounts"),
        {
            "username": "dinkes",
            "email": "dinkes@example.org",
            "full_name": "Siti Aminah",
            "role": "opd",
            "organization": agency.pk,
        },
    )
    assert response.status_code == 302
    user = User.objects.get(username="dinkes")
    assert list(user.groups.values_list("name", flat=True)) == [AGENCY]
    assert user.person.memberships.get().organization == agency
    assert [m.to for m in mail.outbox] == [["dinkes@example.org"]]
    assert "/accounts/password/set/" in mail.outbox[0].body

    page = client.get(reverse("workspace:accounts")).content.decode()
    assert "dinkes" in page and "Dinas Kesehatan" in page

    response = client.post(
        reverse("workspace:account-edit", args=[user.pk]),
        {"role": "body", "organization": komisi.pk, "is_active": "on"},
    )
    assert response.status_code == 302
    assert list(user.groups.values_list("name", flat=True)) == [BODY_MEMBER]
    assert [m.organization for m in user.person.memberships.all()] == [komisi]

    response = client.post(
        reverse("workspace:account-edit", args=[user.pk]),
        {"role": "body", "organization": komisi.pk},
    )
    user.refresh_from_db()
    assert response.status_code == 302 and not user.is_active


def test_invalid_invitations_name_the_field(client, clerk):
    client.force_login(clerk)
    response = client.post(
        reverse("workspace:accounts"),
        {"username": "setwan", "email": "x@example.org", "role": "opd"},
    )
    assert response.status_code == 400
    errors = response.context["form"].errors
    assert "organization" in errors
    response = client.post(
        reverse("workspace:accounts"),
        {"username": "SETWAN", "email": "x@example.org", "role": "secretariat"},
    )
    assert response.status_code == 400
    assert "username" in response.context["form"].errors
    assert mail.outbox == []


def test_accounts_list_query_count_does_not_grow(client, clerk, django_assert_max_num_queries):
    agency = AgencyFactory()
    for n in range(25):
        account_create(
            username=f"opd{n}", email=f"opd{n}@example.org", role="opd", organization=agency
        )
    client.force_login(clerk)
    client.get(reverse("workspace:accounts"))
    with django_assert_max_num_queries(12):
        response = client.get(reverse("workspace:accounts"))
    assert response.content.decode().count("opd2") >= 6  # opd2, opd20..opd24
