"""Fixtures that start the whole delivery path as real processes (see stack.py)."""

import os
import shutil

import pytest

from tests.delivery.stack import RedisServer, Stack, postgres_database
from tests.notifications.receivers import SmtpSink, WebhookReceiver

WEBHOOK_SECRET = "delivery-webhook-secret"
# The server to make a throwaway database on (its database part is not used).
POSTGRES_URL = os.environ.get("POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/postgres")


@pytest.fixture(
    params=[
        # The embedded default: SQLite and the filesystem transport, no server at all.
        pytest.param("filesystem"),
        # Production: PostgreSQL and Redis.
        pytest.param("redis", marks=pytest.mark.redis),
    ]
)
def broker(request) -> str:
    return request.param


@pytest.fixture
def webhook():
    receiver = WebhookReceiver(secret=WEBHOOK_SECRET).start()
    yield receiver
    receiver.stop()


@pytest.fixture
def make_stack(broker, webhook, tmp_path, request):
    """make_stack(smtp_delay=...) → a migrated database, a running worker and beat."""
    started = []

    def make(smtp_delay: float = 0.0) -> Stack:
        folder = tmp_path / "stack"
        folder.mkdir()
        sink = SmtpSink(folder / "smtp.jsonl", delay=smtp_delay).start()
        if broker == "redis":
            redis = RedisServer(folder).start()
            database_url, drop = postgres_database(POSTGRES_URL)
            broker_url = redis.url
        else:
            redis, drop = None, None
            database_url = f"sqlite:///{folder / 'tracker.sqlite3'}"
            broker_url = "filesystem://"
        stack = Stack(
            folder,
            database_url=database_url,
            broker_url=broker_url,
            extra_env={
                "EMAIL_PORT": str(sink.port),
                "NOTIFICATION_WEBHOOK_URL": webhook.url,
                "NOTIFICATION_WEBHOOK_SECRET": WEBHOOK_SECRET,
            },
        )
        stack.sink, stack.redis, stack.drop_database = sink, redis, drop
        started.append(stack)
        stack.manage("migrate", "--noinput", "-v", "0")
        stack.start_worker()
        stack.start_beat()
        return stack

    yield make
    for stack in started:
        stack.stop()
        stack.sink.stop()
        if stack.redis and stack.redis.process.poll() is None:
            stack.redis.kill()
        if stack.drop_database:
            stack.drop_database()
        if request.node.rep_call.failed if hasattr(request.node, "rep_call") else False:
            print(stack.logs())
        shutil.rmtree(stack.folder / "var", ignore_errors=True)


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    report = yield
    setattr(item, f"rep_{report.when}", report)
    return report


def exactly_once(ids: list[str]) -> bool:
    return len(ids) == len(set(ids))
