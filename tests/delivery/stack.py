"""The tracker as separate processes: a Celery worker and beat on a real broker, a real database,
an SMTP server and a webhook receiver on 127.0.0.1. Used by the delivery tests."""

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CELERY = str(Path(sys.executable).with_name("celery"))


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until(condition, timeout: float, interval: float = 0.2):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = condition()
        if result:
            return result
        time.sleep(interval)
    return condition()


class RedisServer:
    """A private redis-server (nothing kept on disk), so a test may kill it and bring it back."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.port = free_port()
        self.process = None

    def start(self) -> "RedisServer":
        binary = shutil.which("redis-server")
        if binary is None:
            raise RuntimeError("redis-server is missing: apt-get install redis-server")
        self.process = subprocess.Popen(
            [
                binary,
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(self.folder),
            ],
            stdout=(self.folder / "redis.log").open("ab"),
            stderr=subprocess.STDOUT,
        )
        if not wait_until(self._answers, timeout=10):
            raise RuntimeError("redis-server did not start")
        return self

    def _answers(self) -> bool:
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=0.5) as conn:
                conn.sendall(b"PING\r\n")
                return conn.recv(16).startswith(b"+PONG")
        except OSError:
            return False

    def kill(self) -> None:
        # SIGKILL: whatever was queued is gone, as when a broker host dies.
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(10)

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"


class Stack:
    def __init__(self, folder: Path, *, database_url: str, broker_url: str, extra_env: dict):
        self.folder = folder
        self.env = {
            **os.environ,
            "PYTHONPATH": str(ROOT),
            "DJANGO_SETTINGS_MODULE": "tracker.settings",
            "DJANGO_SECRET_KEY": "delivery-tests-only",
            "TRACKER_VAR_DIR": str(folder / "var"),
            "DATABASE_URL": database_url,
            "CELERY_BROKER_URL": broker_url,
            "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "EMAIL_HOST": "127.0.0.1",
            "SITE_URL": "http://127.0.0.1:8000",
            # Fast clocks, so that recovery shows within seconds.
            "NOTIFICATION_SWEEP_SECONDS": "1",
            "NOTIFICATION_CLAIM_TIMEOUT_SECONDS": "6",
            "NOTIFICATION_LEASE_SECONDS": "6",
            "DJANGO_LOG_LEVEL": "WARNING",
            **extra_env,
        }
        self.env.pop("DJANGO_DEBUG", None)
        self.worker = None
        self.beat = None
        self.generation = 0
        self.worker_restarts = 0

    # --- the application's own commands ---------------------------------------------------

    def manage(self, *args: str) -> str:
        return self._run([sys.executable, str(ROOT / "manage.py"), *args])

    def app(self, *args: str) -> str:
        return self._run([sys.executable, "-m", "tests.delivery.app", *args])

    def _run(self, command: list[str]) -> str:
        result = subprocess.run(
            command, cwd=ROOT, env=self.env, capture_output=True, text=True, timeout=120
        )
        if result.returncode != 0:
            raise RuntimeError(f"{command} failed:\n{result.stdout}\n{result.stderr}")
        return result.stdout

    def outbox(self) -> list[dict]:
        return json.loads(self.app("outbox"))

    # --- Celery ----------------------------------------------------------------------------

    def start_worker(self) -> None:
        self.generation += 1
        log = (self.folder / f"worker-{self.generation}.log").open("ab")
        self.worker = subprocess.Popen(
            [
                CELERY,
                "-A",
                "tracker",
                "worker",
                "--loglevel=INFO",
                "--concurrency=2",
                f"--hostname=delivery{self.generation}@%h",
                "--without-gossip",
                "--without-mingle",
            ],
            cwd=ROOT,
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group: SIGKILL reaches the pool too
        )

    def supervise_worker(self) -> bool:
        """What systemd's Restart=always does in production: start the worker again if it
        exited. With a Redis broker, a worker can exit when the broker vanishes under it (an
        upstream kombu race in its connection-loss path); the outbox keeps every row for the
        next one. Returns True while the worker runs."""
        if self.worker.poll() is None:
            return True
        self.worker_restarts += 1
        self.start_worker()
        return False

    def kill_worker(self) -> None:
        os.killpg(self.worker.pid, signal.SIGKILL)
        self.worker.wait(10)

    def start_beat(self) -> None:
        log = (self.folder / "beat.log").open("ab")
        self.beat = subprocess.Popen(
            [
                CELERY,
                "-A",
                "tracker",
                "beat",
                "--loglevel=INFO",
                f"--schedule={self.folder / 'beat-schedule'}",
            ],
            cwd=ROOT,
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    def stop(self) -> None:
        for process in (self.worker, self.beat):
            if process and process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
                try:
                    process.wait(15)
                except subprocess.TimeoutExpired:
                    os.killpg(process.pid, signal.SIGKILL)

    def logs(self) -> str:
        return "\n".join(
            f"--- {path.name}\n{path.read_text(errors='replace')[-4000:]}"
            for path in sorted(self.folder.glob("*.log"))
        )


def postgres_database(base_url: str) -> tuple[str, callable]:
    """A fresh database on the PostgreSQL server of `base_url`; returns its URL and a dropper."""
    import psycopg

    name = f"tracker_delivery_{uuid.uuid4().hex[:10]}"
    server = base_url.rsplit("/", 1)[0]
    # Databases are created from the server's maintenance database, whatever base_url names.
    with psycopg.connect(f"{server}/postgres", autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')

    def drop() -> None:
        with psycopg.connect(f"{server}/postgres", autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    return f"{server}/{name}", drop
