"""E-mail through Django's mail framework: plain text with an HTML alternative."""

import hashlib
import smtplib

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection

from notifications.channels import Message, PermanentError, TransientError


def message_id(key: str) -> str:
    # Derived from the outbox key: a receiver that sees it twice knows it is the same message.
    digest = hashlib.sha256(key.encode()).hexdigest()[:32]
    domain = settings.DEFAULT_FROM_EMAIL.rpartition("@")[2] or "localhost"
    return f"<{digest}@{domain}>"


def send(notification, message: Message, *, on_accepted=lambda: None) -> None:
    """Hand the message to the mail server; `on_accepted` runs the moment the server has taken
    it, before the connection is closed, so the outbox records it with the least delay."""
    email = EmailMultiAlternatives(
        subject=message.subject,
        body=message.text,
        to=[notification.address],
        headers={
            "Message-ID": message_id(notification.key),
            "List-Unsubscribe": f"<{message.unsubscribe_url}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "Auto-Submitted": "auto-generated",
        },
    )
    email.attach_alternative(message.html, "text/html")
    connection = get_connection(fail_silently=False)
    try:
        try:
            connection.open()
            sent = connection.send_messages([email])
        except smtplib.SMTPResponseException as error:
            # 5xx: the server refuses for good (unknown mailbox, policy); 4xx: try again later.
            if 500 <= error.smtp_code < 600:
                raise PermanentError(f"SMTP {error.smtp_code}: {error.smtp_error!r}") from error
            raise TransientError(f"SMTP {error.smtp_code}: {error.smtp_error!r}") from error
        except smtplib.SMTPRecipientsRefused as error:
            raise PermanentError(f"recipient refused: {error.recipients!r}") from error
        except (smtplib.SMTPException, OSError) as error:
            raise TransientError(f"{type(error).__name__}: {error}") from error
        if sent != 1:
            raise TransientError("the mail backend reported nothing sent")
        on_accepted()
    finally:
        # Saying goodbye (QUIT) comes after the record: a failure here changes nothing sent.
        try:
            connection.close()
        except (smtplib.SMTPException, OSError):
            pass
