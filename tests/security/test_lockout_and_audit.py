"""Login lock-out per username and address, and the audit log of logins and permissions."""

import pytest
from django.contrib.auth import authenticate
from django.contrib.auth.models import Group, Permission
from django.test import RequestFactory

from audit.models import AuditEvent, EventKind
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db
PASSWORD = "benar-sekali-42"


@pytest.fixture
def user():
    account = UserFactory(username="setwan")
    account.set_password(PASSWORD)
    account.save()
    return account


def attempt(password, address="192.0.2.1", username="setwan"):
    request = RequestFactory().post("/login/", REMOTE_ADDR=address)
    return authenticate(request, username=username, password=password)


def test_five_failures_lock_the_username_from_that_address(user, settings):
    assert settings.LOGIN_LOCKOUT_ATTEMPTS == 5
    for _ in range(5):
        assert attempt("salah") is None
    assert attempt(PASSWORD) is None  # locked, even with the right password
    assert attempt(PASSWORD, address="192.0.2.2") == user  # another address is not
    kinds = list(AuditEvent.objects.order_by("pk").values_list("kind", flat=True))
    assert kinds.count(EventKind.LOCKED_OUT) == 1
    assert kinds.count(EventKind.LOGIN_FAILED) == 5  # four before the lock, one while locked


def test_a_success_clears_the_count(user, client):
    for _ in range(4):
        attempt("salah", address="127.0.0.1")
    client.post("/login/", {"username": "setwan", "password": PASSWORD})
    assert "_auth_user_id" in client.session
    for _ in range(4):
        attempt("salah", address="127.0.0.1")
    assert attempt(PASSWORD, address="127.0.0.1") == user


def test_the_lock_covers_the_site_login_page_and_the_api(user, client):
    for _ in range(5):
        client.post("/login/", {"username": "setwan", "password": "salah"})
    page = client.post("/login/", {"username": "setwan", "password": PASSWORD})
    assert page.status_code == 200 and "_auth_user_id" not in client.session
    api = client.post("/api/auth/login/", {"username": "setwan", "password": PASSWORD})
    assert api.status_code in (400, 429)


def test_logins_are_audited_without_the_password(user, client):
    client.post("/login/", {"username": "setwan", "password": "rahasia-salah"})
    client.login(username="setwan", password=PASSWORD)
    failed = AuditEvent.objects.get(kind=EventKind.LOGIN_FAILED)
    assert failed.username == "setwan" and failed.user == user
    assert failed.ip_address == "127.0.0.1"
    assert "rahasia-salah" not in str(failed.detail)
    assert AuditEvent.objects.filter(kind=EventKind.LOGIN, user=user).exists()


def test_permission_changes_are_audited(user):
    # A group of its own: the role groups exist already (a migration makes them).
    group = Group.objects.create(name="Tim Pansus (uji)")
    user.groups.add(group)
    group.permissions.add(Permission.objects.get(codename="change_meeting"))
    user.is_superuser = True
    user.save()
    group.user_set.remove(user)
    details = list(
        AuditEvent.objects.filter(kind=EventKind.PERMISSIONS)
        .order_by("pk")
        .values_list("detail", flat=True)
    )
    assert details == [
        {"groups": {"action": "add", "items": ["Tim Pansus (uji)"]}},
        {
            "group": "Tim Pansus (uji)",
            "permissions": {"action": "add", "items": ["meetings.change_meeting"]},
        },
        {"flags": {"is_superuser": True}},
        {"groups": {"action": "remove", "items": ["Tim Pansus (uji)"]}},
    ]


def test_the_admin_shows_the_log_read_only(user, admin_client):
    response = admin_client.get("/admin/audit/auditevent/")
    assert response.status_code == 200
    assert admin_client.get("/admin/audit/auditevent/add/").status_code == 403


# --- Finding: anyone could lock a named account out and keep it locked -------------------------


def test_guesses_at_another_spelling_do_not_lock_the_account(user):
    for _ in range(10):
        assert attempt("salah", username="SETWAN") is None
    assert attempt(PASSWORD) == user


def test_a_lock_is_not_extended_by_attempts_during_it(user, settings, monkeypatch):
    import time

    now = [1_000_000.0]
    monkeypatch.setattr(time, "time", lambda: now[0])
    for _ in range(5):
        attempt("salah")
    assert attempt(PASSWORD) is None  # locked
    for _ in range(settings.LOGIN_LOCKOUT_MINUTES):
        now[0] += 55  # someone keeps knocking, the owner too
        assert attempt("salah") is None
        assert attempt(PASSWORD) is None
    now[0] = 1_000_000.0 + settings.LOGIN_LOCKOUT_MINUTES * 60 + 1
    assert attempt(PASSWORD) == user
