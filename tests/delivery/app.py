"""Steps run inside the application, in their own process, against the stack's database.

    python -m tests.delivery.app STEP [ARGS]

The delivery tests drive the tracker only through processes, like an operator would: this
module seeds data and reads the outbox for them.
"""

import datetime
import json
import sys

import django


def meeting_soon(participants: int, phones: int = 0) -> None:
    """A meeting 90 minutes from now: its 2-hour reminder is due at once, to each participant."""
    from meetings.models import (
        Meeting,
        MeetingKind,
        Organization,
        OrganizationKind,
        Participant,
        Person,
    )

    now = django.utils.timezone.now()
    dprd, _ = Organization.objects.get_or_create(
        slug="dprd-uji", defaults={"kind": OrganizationKind.DPRD, "name": "DPRD Kabupaten Uji"}
    )
    body, _ = Organization.objects.get_or_create(
        slug="komisi-uji",
        defaults={"kind": OrganizationKind.KOMISI, "name": "Komisi I", "parent": dprd},
    )
    count = Meeting.objects.count()
    meeting = Meeting.objects.create(
        title=f"Rapat uji {count}",
        kind=MeetingKind.RDP,
        lead_body=body,
        start=now + datetime.timedelta(minutes=90),
        end=now + datetime.timedelta(minutes=150),
    )
    for number in range(participants):
        person = Person.objects.create(
            name=f"Peserta {count}-{number}",
            slug=f"peserta-{count}-{number}",
            email=f"peserta{count}-{number}@example.org",
            phone=f"+62812{count:03d}{number:04d}" if number < phones else "",
        )
        Participant.objects.create(meeting=meeting, person=person)
    print(meeting.pk)


def cancel_meeting(meeting_id: int, fail: bool) -> None:
    """Cancel a meeting in one transaction, which fails at the end when `fail` is set."""
    from django.db import transaction

    from meetings.models import Meeting
    from meetings.services import meeting_cancel

    try:
        with transaction.atomic():
            meeting_cancel(meeting=Meeting.objects.get(pk=meeting_id), reason="Uji pembatalan")
            if fail:
                raise RuntimeError("the surrounding work failed")
    except RuntimeError:
        print("rolled back")


def alert_follow(address: str, body_slug: str) -> None:
    """Sign up through the real form (as a browser would) to follow a DPRD body."""
    from django.test import Client
    from django.test.utils import setup_test_environment

    from meetings.models import Organization, OrganizationKind

    setup_test_environment()  # lets the test client in (ALLOWED_HOSTS)
    dprd, _ = Organization.objects.get_or_create(
        slug="dprd-uji", defaults={"kind": OrganizationKind.DPRD, "name": "DPRD Kabupaten Uji"}
    )
    Organization.objects.get_or_create(
        slug=body_slug,
        defaults={"kind": OrganizationKind.KOMISI, "name": "Komisi I", "parent": dprd},
    )
    data = {"address": address, "body": body_slug, "frequency": "each", "language": "id"}
    print(Client().post("/follow/", data).status_code)


def alert_open(url: str, action: str) -> None:
    """Open a link of an alert message: `confirm` (the page, then its button) or `one-click`
    (RFC 8058: a mail client's POST, without a CSRF token)."""
    from urllib.parse import urlsplit

    from django.test import Client
    from django.test.utils import setup_test_environment

    setup_test_environment()
    path = urlsplit(url).path
    if action == "confirm":
        client = Client()
        client.get(path)
        print(client.post(path).status_code)
    else:
        client = Client(enforce_csrf_checks=True)
        print(client.post(path, {"List-Unsubscribe": "One-Click"}).status_code)


def outbox() -> None:
    """Every outbox row as JSON: kind, address, status, attempts."""
    from notifications.models import Notification

    rows = Notification.objects.values("kind", "channel", "address", "status", "attempts")
    print(json.dumps(list(rows)))


if __name__ == "__main__":
    django.setup()
    import django.utils.timezone  # noqa: E402 (after setup)

    step, *args = sys.argv[1:]
    if step == "meeting-soon":
        meeting_soon(int(args[0]), int(args[1]) if len(args) > 1 else 0)
    elif step == "cancel-meeting":
        cancel_meeting(int(args[0]), fail=args[1:] == ["--fail"])
    elif step == "alert-follow":
        alert_follow(args[0], args[1])
    elif step == "alert-open":
        alert_open(args[0], args[1])
    elif step == "outbox":
        outbox()
    else:
        sys.exit(f"unknown step {step}")
