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
    elif step == "outbox":
        outbox()
    else:
        sys.exit(f"unknown step {step}")
