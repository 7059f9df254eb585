"""Public alerts end to end: a real worker and beat send the confirmation and the alert through
the outbox to an SMTP server on 127.0.0.1; after unsubscribing nothing more arrives."""

import re
import time

import pytest

from tests.delivery.stack import wait_until

pytestmark = [pytest.mark.delivery, pytest.mark.slow]

ADDRESS = "warga@example.org"


def test_subscribe_confirm_receive_one_alert_unsubscribe_receive_nothing(make_stack):
    stack = make_stack()
    assert stack.app("alert-follow", ADDRESS, "komisi-uji").strip() == "302"
    assert wait_until(lambda: len(stack.sink.messages) >= 1, timeout=60), stack.logs()
    [confirmation] = stack.sink.messages
    assert confirmation["to"] == [ADDRESS]
    confirm_url = re.search(r"http://\S+/follow/confirm/\S+/", confirmation["text"])[0]

    # Before confirming, a matching change sends nothing.
    first = stack.app("meeting-soon", "0").strip()
    time.sleep(4)  # several sweeps
    assert len(stack.sink.messages) == 1

    assert stack.app("alert-open", confirm_url, "confirm").strip() == "200"
    stack.app("cancel-meeting", first)
    assert wait_until(lambda: len(stack.sink.messages) >= 2, timeout=60), stack.logs()
    time.sleep(4)
    messages = stack.sink.messages
    assert len(messages) == 2, [m["subject"] for m in messages]
    alert = messages[1]
    assert alert["to"] == [ADDRESS]
    assert "Rapat uji 0" in alert["subject"]
    unsubscribe_url = re.fullmatch(r"<(http://\S+/follow/unsubscribe/\S+/)>", alert["unsubscribe"])
    assert unsubscribe_url, alert["unsubscribe"]

    assert stack.app("alert-open", unsubscribe_url[1], "one-click").strip() == "200"
    second = stack.app("meeting-soon", "0").strip()
    stack.app("cancel-meeting", second)
    time.sleep(5)  # several sweeps
    assert len(stack.sink.messages) == 2
    ids = stack.sink.message_ids()
    assert len(ids) == len(set(ids))
    outbox = stack.outbox()
    alerts = [row for row in outbox if row["kind"].startswith("alert")]
    assert sorted((row["kind"], row["status"]) for row in alerts) == [
        ("alert", "sent"),
        ("alert_confirm", "sent"),
    ]
