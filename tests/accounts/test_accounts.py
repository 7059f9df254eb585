import re

import pytest
from django.contrib.auth.models import Group, User
from django.core import mail
from django.core.management import CommandError, call_command
from django.urls import reverse
from knox.models import AuthToken

from accounts.services import account_create, account_update
from commitments.services import commitment_create
from meetings.roles import AGENCY, BODY_MEMBER, SECRETARIAT
from public.models import CalendarFeedToken
from tests.factories import AgencyFactory, MeetingFactory


def calendar_address(user):
    return CalendarFeedToken.objects.create(
        user=user, organization=AgencyFactory(), digest=f"d{user.pk}"
    )


pytestmark = pytest.mark.django_db

LINK = re.compile(r"https?://\S+/accounts/password/set/\S+/")


def test_role_groups_exist_after_migrate_without_the_demo():
    assert set(Group.objects.values_list("name", flat=True)) >= {SECRETARIAT, AGENCY, BODY_MEMBER}
    secretariat = Group.objects.get(name=SECRETARIAT)
    codenames = set(secretariat.permissions.values_list("codename", flat=True))
    assert {"change_meeting", "add_commitment", "view_user"} <= codenames
    assert "delete_user" not in codenames
    assert not User.objects.exists()


def _set_password_via(client, link: str, password: str):
    path = link.split("://", 1)[1].split("/", 1)[1]
    response = client.get("/" + path, follow=True)
    assert response.status_code == 200
    form_url = response.redirect_chain[-1][0] if response.redirect_chain else "/" + path
    return client.post(
        form_url, {"new_password1": password, "new_password2": password}, follow=True
    )


def test_create_account_emails_a_link_that_sets_the_password_and_the_account_works(
    client, settings, komisi
):
    settings.SITE_URL = "https://tracker.example.org"
    agency = AgencyFactory(slug="diskominfo", name="Diskominfo")
    meeting = MeetingFactory(lead_body=komisi, invited_organizations=[agency])
    commitment = commitment_create(
        meeting=meeting, text="Menyusun peta jalan", owner=agency, answers_to=komisi
    )
    out = __import__("io").StringIO()
    call_command(
        "create_account",
        "kominfo",
        "kominfo@example.org",
        "--role",
        "opd",
        "--organization",
        "diskominfo",
        stdout=out,
    )
    user = User.objects.get(username="kominfo")
    assert not user.has_usable_password()
    assert [m.to for m in mail.outbox] == [["kominfo@example.org"]]
    link = LINK.search(mail.outbox[0].body).group(0)
    assert link.startswith("https://tracker.example.org/")
    assert link in out.getvalue()  # the locmem backend counts as a local one: printed too

    response = _set_password_via(client, link, "kuat-dan-panjang-2025")
    assert response.status_code == 200
    user.refresh_from_db()
    assert user.check_password("kuat-dan-panjang-2025")
    # The link works once.
    assert "kuat" not in _set_password_via(client, link, "lain-lagi-2025-xx").content.decode()
    user.refresh_from_db()
    assert user.check_password("kuat-dan-panjang-2025")

    assert client.login(username="kominfo", password="kuat-dan-panjang-2025")
    page = client.get(reverse("workspace:agency-home"))
    assert page.status_code == 200
    assert "Menyusun peta jalan" in page.content.decode()
    assert client.get(reverse("workspace:commitment", args=[commitment.pk])).status_code == 200


def test_create_account_refuses_a_role_without_its_organization(komisi):
    with pytest.raises(CommandError):
        call_command("create_account", "x", "x@example.org", "--role", "opd")
    with pytest.raises(CommandError):  # a body account on an agency
        AgencyFactory(slug="dinas")
        call_command(
            "create_account", "y", "y@example.org", "--role", "body", "--organization", "dinas"
        )
    assert not User.objects.exists()
    assert mail.outbox == []


def test_password_reset_flow_and_it_revokes_tokens_and_calendar_addresses(client):
    user = account_create(username="setwan2", email="setwan2@example.org", role="secretariat")
    user.set_password("lama-sekali-2024")
    user.save()
    AuthToken.objects.create(user)
    calendar_address(user)
    assert CalendarFeedToken.objects.filter(user=user, revoked_at__isnull=True).count() == 1

    response = client.post(reverse("accounts:reset"), {"email": "SETWAN2@example.org"})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    link = re.search(r"https?://\S+/accounts/password/set/\S+/", mail.outbox[0].body).group(0)
    _set_password_via(client, link, "baru-dan-kuat-2025")
    user.refresh_from_db()
    assert user.check_password("baru-dan-kuat-2025")
    assert not AuthToken.objects.filter(user=user).exists()
    assert not CalendarFeedToken.objects.filter(user=user, revoked_at__isnull=True).exists()


def test_password_reset_of_an_unknown_address_sends_nothing_but_answers_the_same(client):
    response = client.post(reverse("accounts:reset"), {"email": "nobody@example.org"})
    assert response.status_code == 302
    assert mail.outbox == []


def test_password_reset_is_throttled_per_address_and_per_ip(client, settings):
    settings.PASSWORD_RESET_PER_EMAIL = 2
    settings.PASSWORD_RESET_PER_IP = 4
    account_create(username="a1", email="a1@example.org", role="secretariat")
    statuses = [
        client.post(reverse("accounts:reset"), {"email": "a1@example.org"}).status_code
        for _ in range(3)
    ]
    assert statuses == [302, 302, 429]
    assert len(mail.outbox) == 2
    # Other addresses from the same client: two more, then the client is over its limit.
    statuses = [
        client.post(reverse("accounts:reset"), {"email": f"b{n}@example.org"}).status_code
        for n in range(3)
    ]
    assert statuses == [302, 429, 429]
    # Another client may still ask for a fresh address.
    assert (
        client.post(
            reverse("accounts:reset"), {"email": "c@example.org"}, REMOTE_ADDR="10.0.0.9"
        ).status_code
        == 302
    )


def test_password_change_page_revokes_tokens_and_calendar_addresses(client):
    user = account_create(username="s3", email="s3@example.org", role="secretariat")
    user.set_password("lama-sekali-2024")
    user.save()
    AuthToken.objects.create(user)
    calendar_address(user)
    client.force_login(user)
    response = client.post(
        reverse("accounts:password_change"),
        {
            "old_password": "lama-sekali-2024",
            "new_password1": "baru-dan-kuat-2025",
            "new_password2": "baru-dan-kuat-2025",
        },
    )
    assert response.status_code == 302
    assert not AuthToken.objects.filter(user=user).exists()
    assert not CalendarFeedToken.objects.filter(user=user, revoked_at__isnull=True).exists()


def test_deactivating_an_account_revokes_its_access(komisi):
    clerk = account_create(username="boss", email="boss@example.org", role="secretariat")
    user = account_create(username="k1", email="k1@example.org", role="body", organization=komisi)
    AuthToken.objects.create(user)
    account_update(
        account=user, role="body", organization=komisi, is_active=False, changed_by=clerk
    )
    user.refresh_from_db()
    assert not user.is_active
    assert not AuthToken.objects.filter(user=user).exists()


def test_load_demo_refuses_with_debug_off_unless_forced(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="--force"):
        call_command("load_demo", stdout=__import__("io").StringIO())
    assert not User.objects.filter(username="setwan").exists()
