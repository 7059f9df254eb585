"""The ways a notification leaves the tracker.

Each sender raises `TransientError` for what a retry may fix (a server down, a timeout, a 4xx
SMTP reply) and `PermanentError` for what it won't."""

from dataclasses import dataclass


class TransientError(Exception):
    pass


class PermanentError(Exception):
    pass


@dataclass(frozen=True)
class Message:
    subject: str
    text: str
    html: str
    url: str
    unsubscribe_url: str


def sender_for(channel: str):
    from notifications.channels import email, webhook
    from notifications.models import Channel

    return {Channel.EMAIL: email.send, Channel.WEBHOOK: webhook.send}[channel]
