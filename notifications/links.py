"""Absolute links in messages: the page a notification is about, and its unsubscribe link."""

from django.conf import settings
from django.core import signing
from django.urls import reverse

UNSUBSCRIBE_SALT = "notifications.unsubscribe"


def absolute(path: str) -> str:
    return settings.SITE_URL.rstrip("/") + path


def meeting_url(meeting_id: int) -> str:
    return absolute(reverse("public:meeting", kwargs={"pk": meeting_id}))


def commitment_url(commitment_id: int) -> str:
    return absolute(reverse("public:commitment", kwargs={"pk": commitment_id}))


def organization_url(organization, *, is_body: bool) -> str:
    """The page of a DPRD body (or the DPRD) or of an agency."""
    name = "public:body" if is_body else "public:agency"
    return absolute(reverse(name, kwargs={"slug": organization.slug}))


def recap_url(recap_id: int) -> str:
    """The recap's staff page (login needed), with its PDF and spreadsheet."""
    return absolute(reverse("accountability:recap", kwargs={"pk": recap_id}))


def unsubscribe_token(address: str, kind: str) -> str:
    return signing.dumps({"a": address, "k": kind}, salt=UNSUBSCRIBE_SALT, compress=True)


def read_unsubscribe_token(token: str) -> tuple[str, str]:
    """(address, kind) from a token; raises signing.BadSignature when tampered with."""
    data = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    return data["a"], data["k"]


def unsubscribe_url(address: str, kind: str) -> str:
    token = unsubscribe_token(address, kind)
    return absolute(reverse("notifications:unsubscribe", kwargs={"token": token}))


INVITATION_SALT = "meetings.invitation.answer"


def invitation_token(invitation_id: int, organization_id: int) -> str:
    """The credential of an e-mailed answer link: this letter, this agency, nothing else.

    It carries no expiry of its own: the answer closes when the meeting starts, read from the
    database when the link is used, so a rescheduled meeting keeps its links working.
    """
    return signing.dumps({"i": invitation_id, "o": organization_id}, salt=INVITATION_SALT)


def read_invitation_token(token: str) -> tuple[int, int]:
    """(invitation id, organization id); raises signing.BadSignature when tampered with."""
    data = signing.loads(token, salt=INVITATION_SALT)
    try:
        return int(data["i"]), int(data["o"])
    except (KeyError, TypeError, ValueError):
        raise signing.BadSignature("malformed invitation token") from None


def invitation_answer_url(invitation_id: int, organization_id: int) -> str:
    token = invitation_token(invitation_id, organization_id)
    return absolute(reverse("workspace:invitation-link", kwargs={"token": token}))


def invitation_letter_url(invitation_id: int, organization_id: int) -> str:
    token = invitation_token(invitation_id, organization_id)
    return absolute(reverse("workspace:invitation-link-pdf", kwargs={"token": token}))
