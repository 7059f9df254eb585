"""The confirm and unsubscribe links of a subscription (its token is their only credential)."""

from django.urls import reverse

from notifications.links import absolute


def confirm_url(token: str) -> str:
    return absolute(reverse("alerts:confirm", kwargs={"token": token}))


def unsubscribe_url(token: str) -> str:
    return absolute(reverse("alerts:unsubscribe", kwargs={"token": token}))
