"""A ceiling on password-reset e-mails, per address asked for and per client address, counted in
the cache (Redis in production, shared by every worker): nobody floods an inbox or the mail
server through the form."""

import hashlib

from django.conf import settings
from django.core.cache import cache

from core.security import client_ip


def _key(kind: str, value: str) -> str:
    digest = hashlib.sha256(value.strip().lower().encode()).hexdigest()[:32]
    return f"password-reset:{kind}:{digest}"


def reset_allowed(request, email: str) -> bool:
    """Count this request; False once the address or the client is over its limit this hour."""
    window = settings.PASSWORD_RESET_THROTTLE_SECONDS
    checks = [
        (_key("email", email), settings.PASSWORD_RESET_PER_EMAIL),
        (_key("ip", client_ip(request)), settings.PASSWORD_RESET_PER_IP),
    ]
    allowed = True
    for key, limit in checks:
        cache.add(key, 0, timeout=window)
        try:
            count = cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.set(key, 1, timeout=window)
            count = 1
        if count > limit:
            allowed = False
    return allowed
