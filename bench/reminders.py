"""Reminders at scale: one sweep over 100,000 open follow-ups, and the worker's delivery rate.

    .venv/bin/python bench/reminders.py [--commitments 100000] [--database-url URL]

Builds a throwaway database (SQLite in a temporary folder unless --database-url names an empty
PostgreSQL database), with open follow-ups whose due dates spread over 800 days around today,
then measures in separate processes, as in production:
  1. the first sweep (it writes every reminder, escalation and digest that is due) and a second
     one (steady state: everything is already in the outbox);
  2. a real Celery worker (2 processes, filesystem broker) sending every outbox row to an SMTP
     server on 127.0.0.1: messages accepted per second.
"""

import argparse
import datetime
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def seed(count: int) -> None:
    import datetime

    from django.utils import timezone

    from commitments.models import Commitment, CommitmentStatus
    from meetings.models import (
        Meeting,
        MeetingKind,
        Membership,
        OfficeRole,
        Organization,
        OrganizationKind,
        Person,
    )

    rng = random.Random(4)  # the same data on every run
    dprd = Organization.objects.create(kind=OrganizationKind.DPRD, name="DPRD Uji", slug="dprd")
    bodies = [
        Organization.objects.create(
            kind=OrganizationKind.KOMISI, name=f"Komisi {n}", slug=f"komisi-{n}", parent=dprd
        )
        for n in range(4)
    ]
    agencies = Organization.objects.bulk_create(
        Organization(kind=OrganizationKind.OPD, name=f"Dinas {n}", slug=f"dinas-{n}")
        for n in range(60)
    )
    people = Person.objects.bulk_create(
        Person(name=f"Orang {n}", slug=f"orang-{n}", email=f"orang{n}@example.org")
        for n in range(2000)
    )
    # Every agency has a head and every body a chair: escalations and digests reach someone.
    Membership.objects.bulk_create(
        Membership(person=people[n], organization=organization, role=role)
        for n, (organization, role) in enumerate(
            [(agency, OfficeRole.HEAD) for agency in agencies]
            + [(body, OfficeRole.CHAIR) for body in bodies]
        )
    )
    now = timezone.now()
    meetings = Meeting.objects.bulk_create(
        Meeting(
            title=f"Rapat {n}",
            kind=MeetingKind.RDP,
            lead_body=bodies[n % 4],
            start=now - datetime.timedelta(days=rng.randint(1, 800)),
        )
        for n in range(2000)
    )
    today = timezone.localdate()
    batch = []
    for n in range(count):
        meeting = meetings[n % len(meetings)]
        batch.append(
            Commitment(
                meeting=meeting,
                owner=agencies[n % 60],
                answers_to_id=meeting.lead_body_id,
                person_in_charge=people[n % 2000],
                text=f"Tindak lanjut {n}",
                due_date=today + datetime.timedelta(days=rng.randint(-400, 400)),
                status=rng.choice([CommitmentStatus.NOT_STARTED, CommitmentStatus.IN_PROGRESS]),
            )
        )
        if len(batch) == 5000:
            Commitment.objects.bulk_create(batch)
            batch = []
    Commitment.objects.bulk_create(batch)
    # bulk_create bypasses save(): every follow-up is looked at by the first sweep, as after
    # the migration that brought notice moments in.
    from notifications.notices import notices_replan

    notices_replan()
    print(json.dumps({"open_commitments": Commitment.objects.unresolved().count()}))


def previous_overdue_digests(*, moment, book, policies):
    """notifications.rules.commitments.overdue_digests before it skipped the organizations that
    have this week's digest (the baseline of the "nothing new" sweep)."""
    from collections import Counter

    from django.db.models import Count

    from commitments.models import Commitment
    from notifications.models import Kind
    from notifications.rules import each

    if moment.today.weekday() < policies.default.digest_weekday:
        return
    year, week, _ = moment.today.isocalendar()
    occasion = f"digest@{year}-W{week:02d}"
    pairs = (
        Commitment.objects.overdue(moment.today)
        .values_list("answers_to", "owner")
        .annotate(count=Count("pk"))
        .order_by()
    )
    totals = {"answers_to": Counter(), "owner": Counter()}
    for body_id, owner_id, count in pairs:
        totals["answers_to"][body_id] += count
        totals["owner"][owner_id] += count
    for field, side, reader in (
        ("answers_to", "body", book.chair_of),
        ("owner", "agency", book.head_of),
    ):
        for organization_id, count in sorted(totals[field].items()):
            yield from each(
                [reader(organization_id)],
                kind=Kind.OVERDUE_DIGEST,
                subject=f"{side}:{organization_id}",
                occasion=occasion,
                organization_id=organization_id,
                context={"side": side, "count": count},
            )


def sweep_twice() -> None:
    from django.utils import timezone

    from notifications.models import Notification
    from notifications.services import sweep

    # Working hours, so the dated rules run too.
    now = timezone.localtime().replace(hour=9, minute=0)
    tomorrow = now + datetime.timedelta(days=1)

    def timed(moment) -> dict:
        started = time.perf_counter()
        report = sweep(now=moment, enqueue=lambda ids: None)
        return {"seconds": time.perf_counter() - started, "due": len(report.due)}

    def previous_code(moment) -> dict:
        """The rules as they were: every open follow-up in their windows, nothing advanced."""
        import importlib

        from commitments.models import Commitment
        from notifications.rules import commitments as rules

        sweep_module = importlib.import_module("notifications.services.sweep")

        kept = rules.notices_due, sweep_module.notices_advance
        rules.notices_due = lambda now: Commitment.objects.unresolved().order_by()
        sweep_module.notices_advance = lambda **kwargs: 0
        try:
            return timed(moment)
        finally:
            rules.notices_due, sweep_module.notices_advance = kept

    def digest_as_before(moment) -> dict:
        """The weekly digest as it was: every overdue follow-up grouped on every sweep from the
        digest day on, whether or not this week's digests are already written."""
        from notifications.rules import commitments as rules

        kept = rules.overdue_digests
        rules.overdue_digests = previous_overdue_digests
        try:
            return timed(moment)
        finally:
            rules.overdue_digests = kept

    def window_rules_as_before(moment) -> dict:
        """The dated rules as they were before they read by the notice moment alone: with the
        due-date window in SQL (SQLite then walks the due-date index over the window)."""
        from notifications.rules import commitments as rules

        kept = rules._in_window

        def in_window(moment, *, first, last):
            rows = rules.notices_due(moment.now).filter(due_date__gte=first, due_date__lte=last)
            return list(rows.select_related("person_in_charge", "owner").order_by("due_date", "pk"))

        rules._in_window = in_window
        try:
            return timed(moment)
        finally:
            rules._in_window = kept

    def delivered() -> None:
        """What a worker would have done by the next sweep: every pending row sent."""
        from notifications.models import Status

        Notification.objects.filter(status=Status.PENDING).update(
            status=Status.SENT, sent_at=timezone.now(), claimed_at=None
        )

    minute = datetime.timedelta(minutes=1)
    timings = {
        "first": timed(now),
        "again": timed(now + minute),
        "again, digest as before": digest_as_before(now + 2 * minute),
        "again, previous code": previous_code(now + 3 * minute),
        "next day": timed(tomorrow),
        "next day, again": timed(tomorrow + minute),
        "next day again, digest as before": digest_as_before(tomorrow + 2 * minute),
        "next day again, previous code": previous_code(tomorrow + 3 * minute),
    }
    # Nothing due and nothing to hand over (the outbox delivered): the quiet minute.
    delivered()
    for repetition in range(5):
        at = tomorrow + (10 + 2 * repetition) * minute
        timings[f"quiet #{repetition + 1}"] = timed(at)
        timings[f"quiet #{repetition + 1}, window rules as before"] = window_rules_as_before(
            at + minute
        )
    print(json.dumps({"sweeps": timings, "outbox_rows": Notification.objects.count()}))


def enqueue_all(limit: int) -> None:
    from notifications.models import Notification, Status
    from notifications.tasks import send_notification

    pending = Notification.objects.filter(status=Status.PENDING).order_by("pk")
    ids = list(pending.values_list("pk", flat=True)[:limit])
    for notification_id in ids:
        send_notification.delay(notification_id)
    print(json.dumps({"enqueued": len(ids)}))


def child(step: str, *args: str) -> None:
    import django

    django.setup()
    {
        "seed": lambda: seed(int(args[0])),
        "sweep": sweep_twice,
        "enqueue": lambda: enqueue_all(int(args[0])),
    }[step]()


def main() -> None:
    from tests.delivery.stack import Stack, wait_until
    from tests.notifications.receivers import SmtpSink

    parser = argparse.ArgumentParser()
    parser.add_argument("--commitments", type=int, default=100_000)
    parser.add_argument("--database-url", default="")
    parser.add_argument("--broker-url", default="filesystem://")
    parser.add_argument("--sweep-only", action="store_true", help="skip the delivery part")
    parser.add_argument(
        "--deliver", type=int, default=2000, help="how many of the due rows the worker sends"
    )
    options = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="reminders-bench-"))
    sink = SmtpSink(folder / "smtp.jsonl").start()
    stack = Stack(
        folder,
        database_url=options.database_url or f"sqlite:///{folder / 'bench.sqlite3'}",
        broker_url=options.broker_url,
        extra_env={"EMAIL_PORT": str(sink.port), "NOTIFICATION_SWEEP_SECONDS": "3600"},
    )

    def step(*args: str) -> dict:
        # Seeding and the first sweep of 300,000 rows take minutes: a longer leash than the
        # stack's own 120 s.
        result = subprocess.run(
            [sys.executable, __file__, "--child", *args],
            cwd=ROOT,
            env=stack.env,
            capture_output=True,
            text=True,
            timeout=1800,
        )
        if result.returncode != 0:
            raise RuntimeError(f"{args} failed:\n{result.stdout}\n{result.stderr}")
        return json.loads(result.stdout.strip().splitlines()[-1])

    try:
        stack.manage("migrate", "--noinput", "-v", "0")
        started = time.perf_counter()
        seeded = step("seed", str(options.commitments))
        print(
            f"seeded {seeded['open_commitments']:,} open follow-ups in "
            f"{time.perf_counter() - started:.1f} s"
        )
        swept = step("sweep")
        for name, timing in swept["sweeps"].items():
            print(f"sweep {name:22} {timing['seconds']:6.2f} s, {timing['due']:,} rows due")
        print(f"outbox: {swept['outbox_rows']:,} rows")
        if options.sweep_only:
            return
        stack.start_worker()
        log = folder / f"worker-{stack.generation}.log"
        wait_until(lambda: b" ready." in log.read_bytes(), timeout=60)
        started = time.monotonic()
        total = step("enqueue", str(options.deliver))["enqueued"]
        wait_until(lambda: len(sink.message_ids()) >= total, timeout=3600, interval=0.5)
        elapsed = time.monotonic() - started
        delivered = len(sink.message_ids())
        print(
            f"delivery: {delivered:,} of {total:,} e-mails in {elapsed:.1f} s = "
            f"{delivered / elapsed:.0f} per second (1 worker, 2 processes, SMTP on 127.0.0.1)"
        )
    finally:
        stack.stop()
        sink.stop()


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        child(*sys.argv[2:])
    else:
        main()
