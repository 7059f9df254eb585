"""A real SMTP server on 127.0.0.1 for the delivery tests, run as its own process.

    python -I smtp_sink.py LOG_FILE [--delay SECONDS] [--refuse ADDRESS]...

It prints its port on the first line of stdout, then appends one JSON line per event to LOG_FILE:
{"event": "begin"} when a message's data arrives, {"event": "accept", ...message...} when it
is accepted (its 250 reply), {"event": "connect"} for each client's greeting (EHLO).
`--refuse ADDRESS` answers 550 to that recipient. `--delay` holds each message before accepting
it, like a busy server: a client killed while waiting has delivered nothing.

It runs isolated (`-I`) because aiosmtpd imports a top-level module named `public`, which the
project's own `public` app would shadow.
"""

import argparse
import asyncio
import email
import json
import os
import socket
import sys
import time

from aiosmtpd.controller import Controller


class Handler:
    def __init__(self, log_path: str, delay: float, refuse: list[str]):
        self.log = open(log_path, "a", buffering=1)  # noqa: SIM115 (open for the process's life)
        self.delay = delay
        self.refuse = set(refuse)

    async def handle_EHLO(self, server, session, envelope, hostname, responses):  # noqa: N802
        # One greeting per connection: the tests count connections by these.
        session.host_name = hostname
        self.write(event="connect", peer=list(session.peer))
        return responses

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: N802
        if address in self.refuse:
            return "550 5.1.1 No such mailbox here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    def write(self, **event) -> None:
        self.log.write(json.dumps({"at": time.time(), **event}) + "\n")
        self.log.flush()
        os.fsync(self.log.fileno())

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd's hook)
        self.write(event="begin")
        if self.delay:
            await asyncio.sleep(self.delay)
        message = email.message_from_bytes(envelope.content)
        parts = [message] if not message.is_multipart() else message.get_payload()
        self.write(
            event="accept",
            peer=list(session.peer),
            message_id=message["Message-ID"],
            to=envelope.rcpt_tos,
            subject=str(email.header.make_header(email.header.decode_header(message["Subject"]))),
            unsubscribe=" ".join(str(message["List-Unsubscribe"]).split()),
            content_types=[part.get_content_type() for part in parts],
            text=parts[0].get_payload(decode=True).decode(),
        )
        return "250 Message accepted for delivery"


def free_port() -> int:
    # aiosmtpd's controller needs a concrete port (it connects to itself to check it is up).
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("log")
    parser.add_argument("--delay", type=float, default=0.0)
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--refuse", action="append", default=[], help="a recipient to refuse")
    args = parser.parse_args()
    port = args.port or free_port()
    controller = Controller(
        Handler(args.log, args.delay, args.refuse), hostname="127.0.0.1", port=port
    )
    controller.start()
    print(port, flush=True)
    try:
        while True:
            time.sleep(3600)
    finally:
        controller.stop()


if __name__ == "__main__":
    sys.exit(main())
