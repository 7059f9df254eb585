"""Delivery rate: real Celery workers sending outbox e-mails to an SMTP server on 127.0.0.1.

    .venv/bin/python bench/delivery.py [--messages 2000] [--workers 1 2] [--postgres URL]

A throwaway database (SQLite in a temporary folder with the filesystem broker; with --postgres,
a fresh database on that server and a private redis-server, as in production), an SMTP sink
(tests/notifications/smtp_sink.py) and N worker processes (`celery worker --concurrency=1`
each). For each worker count, in the same run:
  - "per message" (the baseline): one `notifications.send` task per row, a connection each;
  - "batched": the sweep's path, `notifications.send_batch` tasks of DELIVERY_BATCH ids, each
    batch over one SMTP connection.
The rows are written and claimed before the workers start; the clock runs from the first task
handed to the broker to the last message the sink accepted. Prints JSON lines.
"""

import argparse
import contextlib
import io
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.delivery.stack import CELERY, RedisServer, postgres_database, wait_until  # noqa: E402
from tests.notifications.receivers import SmtpSink  # noqa: E402


def start_workers(count: int, env: dict, folder: Path, label: str) -> list[subprocess.Popen]:
    workers = []
    for number in range(count):
        log = folder / f"worker-{label}-{number}.log"
        workers.append(
            subprocess.Popen(
                [
                    CELERY,
                    "-A",
                    "tracker",
                    "worker",
                    "--loglevel=INFO",
                    "--concurrency=1",
                    f"--hostname=bench-{label}-{number}@%h",
                    "--without-gossip",
                    "--without-mingle",
                    "--without-heartbeat",
                ],
                cwd=ROOT,
                env=env,
                stdout=log.open("ab"),
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        )
    logs = [folder / f"worker-{label}-{number}.log" for number in range(count)]
    ready = wait_until(lambda: all("ready." in p.read_text() for p in logs), timeout=120)
    if not ready:
        raise RuntimeError("the workers did not start:\n" + "\n".join(p.read_text() for p in logs))
    return workers


def stop_workers(workers: list[subprocess.Popen]) -> None:
    for worker in workers:
        os.killpg(worker.pid, signal.SIGTERM)
    for worker in workers:
        try:
            worker.wait(30)
        except subprocess.TimeoutExpired:
            os.killpg(worker.pid, signal.SIGKILL)


def claimed_rows(messages: int) -> list[int]:
    """A meeting 90 minutes ahead with `messages` participants; the sweep writes and claims its
    reminders without handing them to the broker (the bench does)."""
    from notifications.services import sweep
    from tests.delivery.app import meeting_soon

    with contextlib.redirect_stdout(io.StringIO()):  # it prints the meeting's id
        meeting_soon(messages)
    report = sweep(enqueue=lambda ids: None)
    return list(report.claimed)


def run(mode: str, workers: int, messages: int, env: dict, folder: Path, sink: SmtpSink) -> dict:
    from notifications.services.sweep import enqueue_delivery
    from notifications.tasks import send_notification

    ids = claimed_rows(messages)
    assert len(ids) == messages, (len(ids), messages)
    before = len(sink.messages)
    processes = start_workers(workers, env, folder, f"{mode}-{workers}")
    try:
        connections_before = sink.connections()
        started = time.monotonic()
        if mode == "per message":
            for notification_id in ids:
                send_notification.delay(notification_id)
        else:
            enqueue_delivery(ids)
        done = wait_until(lambda: len(sink.messages) - before >= messages, 1800, interval=0.05)
        elapsed = time.monotonic() - started
    finally:
        stop_workers(processes)
    if not done:
        raise RuntimeError(f"{mode}, {workers} workers: {len(sink.messages) - before} arrived")
    return {
        "mode": mode,
        "workers": workers,
        "messages": messages,
        "seconds": round(elapsed, 2),
        "per_second": round(messages / elapsed, 1),
        "connections": sink.connections() - connections_before,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=2000)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--postgres", help="a PostgreSQL server URL; with it, Redis as broker")
    parser.add_argument("--modes", nargs="+", default=["per message", "batched"])
    args = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="bench-delivery-"))
    sink = SmtpSink(folder / "smtp.jsonl").start()
    redis, drop = None, None
    if args.postgres:
        redis = RedisServer(folder).start()
        database_url, drop = postgres_database(args.postgres)
        broker_url = redis.url
    else:
        database_url, broker_url = f"sqlite:///{folder / 'tracker.sqlite3'}", "filesystem://"
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "DJANGO_SETTINGS_MODULE": "tracker.settings",
        "DJANGO_SECRET_KEY": os.environ.get("DJANGO_SECRET_KEY", "bench-only"),
        "TRACKER_VAR_DIR": str(folder / "var"),
        "DATABASE_URL": database_url,
        "CELERY_BROKER_URL": broker_url,
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": str(sink.port),
        "SITE_URL": "http://127.0.0.1:8920",
        # Rows stay claimed for the bench: a worker's start-up sweep must not hand them over.
        "NOTIFICATION_CLAIM_TIMEOUT_SECONDS": "3600",
        "NOTIFICATION_SWEEP_SECONDS": "3600",
        "DJANGO_LOG_LEVEL": "WARNING",
    }
    env.pop("DJANGO_DEBUG", None)
    os.environ.update(env)
    try:
        subprocess.run(
            [sys.executable, str(ROOT / "manage.py"), "migrate", "--noinput", "-v", "0"],
            cwd=ROOT,
            env=env,
            check=True,
        )
        import django

        django.setup()
        for workers in args.workers:
            for mode in args.modes:
                print(json.dumps(run(mode, workers, args.messages, env, folder, sink)), flush=True)
    finally:
        sink.stop()
        if redis:
            redis.kill()
        if drop:
            from django.db import connections

            connections.close_all()
            drop()
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
