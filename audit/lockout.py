"""Login lock-out: after LOGIN_LOCKOUT_ATTEMPTS failures for one username from one address,
that pair may not log in for LOGIN_LOCKOUT_MINUTES, even with the right password. Counted in
the cache (shared by every web process when CACHE_URL points at Redis).

Enforced in the authentication backend, so the admin, the site's login page and the API's
token login are all covered. The answer stays the usual "wrong username or password": a
locked account is not revealed to whoever is guessing.

The key is the username as the account store compares it (Unicode NFKC, case kept: "SETWAN" is
not "setwan"'s name, so guesses at it do not lock "setwan") and the address. A lock lasts
LOGIN_LOCKOUT_MINUTES from the failure that set it: attempts during the lock, the owner's
right password included, are refused but do not extend it, so nobody can keep an account
locked by knocking on it.
"""

import hashlib

from django.conf import settings
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.base_user import AbstractBaseUser
from django.core.cache import cache
from django.core.exceptions import PermissionDenied

from core.security import client_ip


def normalised(username: str) -> str:
    return AbstractBaseUser.normalize_username(str(username))


def _key(username: str, request) -> str:
    address = client_ip(request) if request is not None else ""
    # Hashed: usernames are free text and cache keys are not.
    digest = hashlib.sha256(f"{normalised(username)}\0{address}".encode()).hexdigest()
    return f"login-failures:{digest}"


def _window() -> int:
    return settings.LOGIN_LOCKOUT_MINUTES * 60


def failures(username: str, request) -> int:
    return cache.get(_key(username, request), 0)


def is_locked(username: str, request) -> bool:
    return failures(username, request) >= settings.LOGIN_LOCKOUT_ATTEMPTS


def failure_record(username: str, request) -> int:
    key = _key(username, request)
    current = cache.get(key, 0)
    if current >= settings.LOGIN_LOCKOUT_ATTEMPTS:
        # Already locked: the lock runs out when it was set to, whatever is tried meanwhile.
        return current
    cache.add(key, 0, _window())
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, _window())
        count = 1
    # A failure before the lock restarts the count's window; the one that locks starts the lock.
    cache.touch(key, _window())
    return count


def failures_clear(username: str, request) -> None:
    cache.delete(_key(username, request))


class LockoutModelBackend(ModelBackend):
    def authenticate(self, request, username=None, password=None, **kwargs):
        if username is None:
            username = kwargs.get(self._username_field(), "")
        if username and is_locked(str(username), request):
            # Stops every backend and sends user_login_failed: counted and logged as a failure.
            raise PermissionDenied
        return super().authenticate(request, username=username, password=password, **kwargs)

    @staticmethod
    def _username_field() -> str:
        from django.contrib.auth import get_user_model

        return get_user_model().USERNAME_FIELD
