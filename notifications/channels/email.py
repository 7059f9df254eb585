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


class Session:
    """One SMTP connection for a batch of messages: opened at the first message, kept for the
    next ones, opened again when the server has dropped it. Opening a connection (TCP, EHLO,
    STARTTLS, AUTH) costs more than sending a message, so a worker reuses it for its batch."""

    def __init__(self):
        self._connection = None

    def __enter__(self) -> "Session":
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def send(self, email: EmailMultiAlternatives) -> int:
        if self._connection is None:
            return self._open().send_messages([email])
        try:
            return self._connection.send_messages([email])
        except smtplib.SMTPServerDisconnected:
            # The kept connection was closed by the server (idle timeout, restart): the message
            # was not taken; once more on a fresh connection.
            self.drop()
            return self._open().send_messages([email])

    def _open(self):
        self._connection = get_connection(fail_silently=False)
        self._connection.open()
        return self._connection

    def drop(self) -> None:
        """Forget a connection in an unknown state; the next message opens a new one."""
        connection, self._connection = self._connection, None
        # The SMTP backend's socket only: no QUIT on a broken session. (Other mail backends,
        # such as the console one in development, hold no socket.)
        socket = getattr(connection, "connection", None)
        if socket is not None:
            try:
                socket.close()
            except OSError:
                pass
            connection.connection = None

    def close(self) -> None:
        # Saying goodbye (QUIT) comes after the records: a failure here changes nothing sent.
        connection, self._connection = self._connection, None
        if connection is not None:
            try:
                connection.close()
            except (smtplib.SMTPException, OSError):
                pass


def send(notification, message: Message, *, on_accepted=lambda: None, session=None) -> None:
    """Hand the message to the mail server; `on_accepted` runs the moment the server has taken
    it, before anything else, so the outbox records it with the least delay. With a `session`
    the message goes over its connection (kept open for the next message); without, over a
    connection of its own."""
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
    if session is not None:
        _send_over(session, email, on_accepted)
        return
    with Session() as own:
        _send_over(own, email, on_accepted)


def _send_over(session: Session, email: EmailMultiAlternatives, on_accepted) -> None:
    try:
        sent = session.send(email)
    except smtplib.SMTPRecipientsRefused as error:
        # smtplib resets the transaction (RSET): the connection serves the next message.
        raise PermanentError(f"recipient refused: {error.recipients!r}") from error
    except smtplib.SMTPServerDisconnected as error:
        session.drop()
        raise TransientError(f"{type(error).__name__}: {error}") from error
    except smtplib.SMTPResponseException as error:
        # 5xx: the server refuses for good (unknown mailbox, policy); 4xx: try again later.
        # Either way smtplib has reset the transaction, so the connection stays.
        if 500 <= error.smtp_code < 600:
            raise PermanentError(f"SMTP {error.smtp_code}: {error.smtp_error!r}") from error
        raise TransientError(f"SMTP {error.smtp_code}: {error.smtp_error!r}") from error
    except (smtplib.SMTPException, OSError) as error:
        session.drop()
        raise TransientError(f"{type(error).__name__}: {error}") from error
    if sent != 1:
        session.drop()
        raise TransientError("the mail backend reported nothing sent")
    on_accepted()
