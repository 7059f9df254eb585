"""A signed JSON POST for a messaging gateway (WhatsApp, Telegram) to deliver.

Headers: `X-Tracker-Signature: sha256=<HMAC-SHA256 of the body with the shared secret>` and
`Idempotency-Key: <outbox key digest>`, the same on every retry, so the gateway can drop repeats.
"""

import hashlib
import hmac
import json
import urllib.error
import urllib.request

from django.conf import settings
from django.utils import timezone

from notifications.channels import Message, PermanentError, TransientError

TIMEOUT_SECONDS = 10


def signature(body: bytes, secret: str) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def idempotency_key(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def payload(notification, message: Message) -> dict:
    return {
        "id": idempotency_key(notification.key),
        "kind": notification.kind,
        "to": {"name": notification.recipient_name, "phone": notification.address},
        "language": notification.language,
        "subject": message.subject,
        "text": message.text,
        "url": message.url,
        "unsubscribe_url": message.unsubscribe_url,
        "created_at": notification.created_at.isoformat(),
        "sent_at": timezone.now().isoformat(),
    }


def send(notification, message: Message, *, on_accepted=lambda: None) -> None:
    """POST to the gateway; `on_accepted` runs as soon as it answers 2xx, before the rest of
    its answer is read, so the outbox records the delivery with the least delay."""
    url = settings.NOTIFICATION_WEBHOOK_URL
    if not url:
        raise PermanentError("NOTIFICATION_WEBHOOK_URL is not set")
    body = json.dumps(payload(notification, message), ensure_ascii=False).encode()
    request = urllib.request.Request(
        url,
        data=body,
        method="POST",
        headers={
            "Content-Type": "application/json; charset=utf-8",
            "X-Tracker-Signature": signature(body, settings.NOTIFICATION_WEBHOOK_SECRET),
            "Idempotency-Key": idempotency_key(notification.key),
            "User-Agent": "dprd-opd-tracker",
        },
    )
    accepted = False
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:
            accepted = True
            on_accepted()
            response.read(1024)
    except urllib.error.HTTPError as error:
        # 408, 429 and 5xx may pass on a retry; any other refusal will not.
        if error.code in (408, 429) or error.code >= 500:
            raise TransientError(f"HTTP {error.code}") from error
        raise PermanentError(f"HTTP {error.code}") from error
    except (urllib.error.URLError, OSError) as error:
        if accepted:
            return  # the gateway took it; only the rest of its answer was lost
        raise TransientError(f"{type(error).__name__}: {error}") from error
