"""Public alerts at scale: one event matched against many subscriptions, written to the outbox.

    .venv/bin/python bench/alerts.py [--subscriptions 20000] [--database-url URL]

Builds a throwaway database (SQLite in a temporary folder unless --database-url names an empty
PostgreSQL database) with confirmed subscriptions: a quarter follow the meeting's body, a quarter
other bodies, a quarter searches (half of them matching), a quarter a daily digest of the body.
Then measures, in a separate process as in production: the request that cancels a meeting (the
event recorded, its fan-out enqueued), the fan-out task (matching and outbox rows), and writing
the next day's digests.
"""

import argparse
import datetime
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def measure(count: int) -> dict:
    import time_machine
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from django.utils import timezone

    from alerts.models import AlertEvent, EventKind, Frequency, Subscription, Target
    from alerts.services import alert_event_fan_out, alerts_daily
    from meetings.models import Meeting, MeetingKind, Organization, OrganizationKind
    from meetings.services import meeting_cancel
    from notifications.models import Kind, Notification

    dprd = Organization.objects.create(kind=OrganizationKind.DPRD, name="DPRD Uji", slug="dprd")
    bodies = [
        Organization.objects.create(
            kind=OrganizationKind.KOMISI, name=f"Komisi {n}", slug=f"komisi-{n}", parent=dprd
        )
        for n in range(4)
    ]
    now = timezone.now()
    rows = []
    for n in range(count):
        share = n % 4
        choice = [
            {"target": Target.BODY, "organization": bodies[0]},
            {"target": Target.BODY, "organization": bodies[1 + n % 3]},
            {"target": Target.SEARCH, "words": "jalan" if n % 8 == 2 else "sekolah"},
            {"target": Target.BODY, "organization": bodies[0], "frequency": Frequency.DAILY},
        ][share]
        rows.append(
            Subscription(address=f"warga{n}@example.org", token=f"t{n}", confirmed_at=now, **choice)
        )
    Subscription.objects.bulk_create(rows, batch_size=2000)
    meeting = Meeting.objects.create(
        title="Rapat kerja jalan rusak",
        kind=MeetingKind.RDP,
        lead_body=bodies[0],
        start=now + datetime.timedelta(days=3),
    )
    with CaptureQueriesContext(connection) as queries:
        started = time.perf_counter()
        meeting_cancel(meeting=meeting, reason="Uji")  # autocommit: recorded and enqueued on return
        event_seconds = time.perf_counter() - started
    # The task a worker runs (here in this process, timed on its own).
    event = AlertEvent.objects.get(meeting=meeting, kind=EventKind.MEETING_CANCELLED)
    with CaptureQueriesContext(connection) as fan_out_queries:
        started = time.perf_counter()
        alert_event_fan_out(event_id=event.pk)
        fan_out_seconds = time.perf_counter() - started
    alerts = Notification.objects.filter(kind=Kind.ALERT, occasion=f"alert:{event.pk}").count()
    # The scheduling's fan-out task went to the broker and never ran here: marked done, so the
    # hourly run below measures the digests only.
    AlertEvent.objects.filter(fanned_out_at__isnull=True).update(fanned_out_at=now)
    with time_machine.travel(now + datetime.timedelta(days=1)):
        started = time.perf_counter()
        digests = alerts_daily()["digests"]
        digest_seconds = time.perf_counter() - started
    return {
        "subscriptions": count,
        "event_seconds": round(event_seconds, 3),
        "event_queries": len(queries),
        "fan_out_seconds": round(fan_out_seconds, 3),
        "fan_out_queries": len(fan_out_queries),
        "alert_rows": alerts,
        "digest_rows": digests,
        "digest_seconds": round(digest_seconds, 3),
    }


def child(count: int) -> None:
    import django

    django.setup()
    print(json.dumps(measure(count)))


def main() -> None:
    from tests.delivery.stack import Stack

    parser = argparse.ArgumentParser()
    parser.add_argument("--subscriptions", type=int, default=20_000)
    parser.add_argument("--database-url", default="")
    options = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="alerts-bench-"))
    stack = Stack(
        folder,
        database_url=options.database_url or f"sqlite:///{folder / 'bench.sqlite3'}",
        broker_url="filesystem://",
        extra_env={},
    )
    stack.manage("migrate", "--noinput", "-v", "0")
    result = subprocess.run(
        [sys.executable, __file__, "--child", str(options.subscriptions)],
        cwd=ROOT,
        env=stack.env,
        capture_output=True,
        text=True,
        timeout=1800,
    )
    if result.returncode != 0:
        raise SystemExit(f"failed:\n{result.stdout}\n{result.stderr}")
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    print(
        f"{figures['subscriptions']:,} subscriptions: the request cancelling a meeting "
        f"{figures['event_seconds']} s with {figures['event_queries']} queries; its fan-out task "
        f"matched and wrote {figures['alert_rows']:,} alert rows in "
        f"{figures['fan_out_seconds']} s with {figures['fan_out_queries']} queries; "
        f"{figures['digest_rows']:,} digests in {figures['digest_seconds']} s"
    )


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        child(int(sys.argv[2]))
    else:
        main()
