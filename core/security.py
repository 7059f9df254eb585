"""Security headers the stock middleware does not send, and redaction of secrets in logs.

Content-Security-Policy: every script, style, font and image is served by the app itself (no
CDN, see the design brief), so the policy can be strict; inline style attributes are allowed
because e-mail-style templates and the admin use them, inline scripts are not.
"""

import logging
import re

from django.conf import settings

DEFAULT_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; "
    "base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
)
DEFAULT_PERMISSIONS = "camera=(), microphone=(), geolocation=(), payment=(), usb=()"


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.policy = settings.CONTENT_SECURITY_POLICY
        self.permissions = settings.PERMISSIONS_POLICY

    def __call__(self, request):
        response = self.get_response(request)
        # A view that needs another policy sets its own header; it is kept.
        if self.policy:
            response.headers.setdefault("Content-Security-Policy", self.policy)
        if self.permissions:
            response.headers.setdefault("Permissions-Policy", self.permissions)
        return response


# Values that must never reach a log: API tokens, passwords and secrets in query strings or
# form bodies, session or CSRF cookies, and private calendar addresses.
SECRET_PATTERNS = [
    # A private calendar's secret is its address: masked in access logs and referrers.
    re.compile(r"(/calendar/private/)[^/\s?#\"']+?(?=\.ics|[/\s?#\"']|$)"),
    re.compile(r"(?i)(authorization:?\s*['\"]?(?:token|bearer|basic)\s+)[^\s'\",]+"),
    re.compile(
        r"(?i)((?:password|passwd|secret|token|api_key|sessionid|csrftoken)['\"]?\s*[=:]\s*['\"]?)"
        r"[^\s&'\",;]+"
    ),
]
REDACTED = "********"


def redact(text: str) -> str:
    for pattern in SECRET_PATTERNS:
        text = pattern.sub(lambda match: match.group(1) + REDACTED, text)
    return text


class RedactSecretsFilter(logging.Filter):
    """Rewrites each record's final message with secrets masked (it never drops a record)."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return True


def client_ip(request) -> str:
    """The caller's address. Behind `API_NUM_PROXIES` reverse proxies the address is the one
    the outermost of our proxies saw, read from X-Forwarded-For; anything a client added in
    front of that is ignored, so it cannot pick its own address."""
    proxies = settings.REST_FRAMEWORK.get("NUM_PROXIES") or 0
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if proxies and forwarded:
        hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
        if hops:
            return hops[-min(proxies, len(hops))]
    return request.META.get("REMOTE_ADDR", "")
