"""End to end: real Celery worker and beat, real broker, real SMTP server and webhook receiver.

Each test runs twice: on the embedded default (SQLite, filesystem transport) and on production's
PostgreSQL and Redis (`-m redis`).
"""

import time
from collections import Counter

import pytest

from tests.delivery.stack import RedisServer, wait_until

pytestmark = [pytest.mark.delivery, pytest.mark.slow]


def assert_each_once(
    stack, webhook, emails: int, webhooks: int = 0, settle: float = 4.0, supervised=False
):
    """Everything arrived, and a few more sweeps later nothing arrived twice. `supervised`: a
    worker that exits is started again meanwhile, as a process supervisor would."""

    def all_arrived():
        if supervised:
            stack.supervise_worker()
        return len(stack.sink.message_ids()) >= emails

    arrived = wait_until(all_arrived, timeout=120)
    assert arrived, f"{len(stack.sink.message_ids())} of {emails} e-mails\n{stack.logs()}"
    assert wait_until(lambda: len(webhook.received) >= webhooks, timeout=60)
    time.sleep(settle)
    ids = stack.sink.message_ids()
    repeated = {key: n for key, n in Counter(ids).items() if n > 1}
    assert not repeated, f"sent twice: {repeated}"
    assert len(ids) == emails
    keys = [request["key"] for request in webhook.received]
    assert len(keys) == len(set(keys)) == webhooks
    outbox = stack.outbox()
    assert {row["status"] for row in outbox} == {"sent"}, outbox


def test_each_due_notification_arrives_exactly_once(make_stack, webhook):
    stack = make_stack()
    stack.app("meeting-soon", "12", "4")  # 12 e-mails, 4 of the people also by the gateway
    assert_each_once(stack, webhook, emails=12, webhooks=4)
    subjects = {message["subject"] for message in stack.sink.messages}
    assert all(subject.startswith("Pengingat: Rapat uji") for subject in subjects)


def test_a_worker_killed_mid_batch_loses_and_repeats_nothing(make_stack, webhook):
    stack = make_stack(smtp_delay=0.4)
    stack.app("meeting-soon", "40")

    def both_children_waiting_on_the_server():
        # Kill while messages are in flight (sent, not yet accepted), not at an accept.
        events = stack.sink.events()
        accepted = sum(1 for e in events if e["event"] == "accept")
        in_flight = sum(1 for e in events if e["event"] == "begin") - accepted
        quiet = events and time.time() - events[-1]["at"] > 0.1
        return accepted >= 8 and in_flight >= 1 and quiet

    assert wait_until(both_children_waiting_on_the_server, timeout=90, interval=0.02), stack.logs()
    stack.kill_worker()
    accepted_at_kill = len(stack.sink.message_ids())
    assert accepted_at_kill < 40
    assert any(row["status"] == "sending" for row in stack.outbox())  # died mid-send
    stack.start_worker()
    assert_each_once(stack, webhook, emails=40)
    retried = [row for row in stack.outbox() if row["attempts"] > 1]
    assert retried, "the rows the dead worker held were sent by the new one"


# The filesystem transport has no server to stop.
@pytest.mark.parametrize("broker", [pytest.param("redis", marks=pytest.mark.redis)])
def test_a_broker_outage_loses_nothing(broker, make_stack, webhook):
    stack = make_stack(smtp_delay=0.3)
    stack.app("meeting-soon", "30")
    assert wait_until(lambda: len(stack.sink.message_ids()) >= 5, timeout=60), stack.logs()
    stack.redis.kill()  # the queued messages die with it
    down_at = len(stack.sink.message_ids())
    time.sleep(3)
    stack.redis = RedisServer(stack.folder)
    stack.redis.port = int(stack.env["CELERY_BROKER_URL"].rsplit(":", 1)[1].split("/")[0])
    stack.redis.start()
    assert down_at < 30
    # Production runs workers under a supervisor (README, "Production"); so does this test.
    # Whether or not the worker survived the outage, each e-mail arrives exactly once.
    assert_each_once(stack, webhook, emails=30, supervised=True)


def test_a_rolled_back_transaction_sends_nothing(make_stack, webhook):
    stack = make_stack()
    meeting_id = stack.app("meeting-soon", "3").strip()
    assert wait_until(lambda: len(stack.sink.message_ids()) >= 3, timeout=60), stack.logs()
    assert stack.app("cancel-meeting", meeting_id, "--fail").strip() == "rolled back"
    time.sleep(5)  # several sweeps
    assert len(stack.sink.message_ids()) == 3
    stack.app("cancel-meeting", meeting_id)
    assert_each_once(stack, webhook, emails=6)
    changed = [m for m in stack.sink.messages if m["subject"].startswith("Perubahan jadwal")]
    assert len(changed) == 3
