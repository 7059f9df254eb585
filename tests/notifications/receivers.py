"""Real receivers on 127.0.0.1 for delivery tests: an SMTP server and a webhook endpoint."""

import hashlib
import hmac
import json
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path


class SmtpSink:
    """The SMTP server of smtp_sink.py in its own process, and what it accepted."""

    def __init__(
        self, log_path: Path, delay: float = 0.0, port: int = 0, refuse: tuple[str, ...] = ()
    ):
        self.log_path = Path(log_path)
        self.delay = delay
        self.port = port
        self.refuse = refuse
        self._process = None

    def start(self) -> "SmtpSink":
        self.log_path.touch()
        script = Path(__file__).with_name("smtp_sink.py")
        command = [
            sys.executable,
            "-I",
            str(script),
            str(self.log_path),
            "--delay",
            str(self.delay),
            *(argument for address in self.refuse for argument in ("--refuse", address)),
        ]
        self._process = subprocess.Popen(
            [*command, "--port", str(self.port)], stdout=subprocess.PIPE, text=True
        )
        self.port = int(self._process.stdout.readline())
        return self

    def stop(self) -> None:
        if self._process:
            self._process.terminate()
            self._process.wait(10)

    def events(self) -> list[dict]:
        with self.log_path.open() as log:
            return [json.loads(line) for line in log if line.endswith("\n")]

    @property
    def messages(self) -> list[dict]:
        return [event for event in self.events() if event["event"] == "accept"]

    def connections(self) -> int:
        return sum(1 for event in self.events() if event["event"] == "connect")

    def message_ids(self) -> list[str]:
        return [message["message_id"] for message in self.messages]

    def in_flight(self) -> int:
        events = self.events()
        return sum(1 for e in events if e["event"] == "begin") - len(
            [e for e in events if e["event"] == "accept"]
        )

    def wait_for(self, count: int, timeout: float) -> list[dict]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            messages = self.messages
            if len(messages) >= count:
                return messages
            time.sleep(0.1)
        return self.messages


class WebhookReceiver:
    """An HTTP endpoint that checks the signature and keeps every request it accepted."""

    def __init__(self, secret: str, fail_with: list[int] | None = None):
        self.secret = secret
        self.fail_with = list(fail_with or [])
        self.received: list[dict] = []
        self.refused: list[str] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802 (http.server's hook name)
                body = self.rfile.read(int(self.headers["Content-Length"]))
                expected = (
                    "sha256=" + hmac.new(receiver.secret.encode(), body, hashlib.sha256).hexdigest()
                )
                if not hmac.compare_digest(expected, self.headers.get("X-Tracker-Signature", "")):
                    receiver.refused.append("bad signature")
                    self.send_response(401)
                elif receiver.fail_with:
                    self.send_response(receiver.fail_with.pop(0))
                else:
                    receiver.received.append(
                        {
                            "key": self.headers["Idempotency-Key"],
                            "content_type": self.headers["Content-Type"],
                            "payload": json.loads(body),
                        }
                    )
                    self.send_response(202)
                self.end_headers()

            def log_message(self, *args):
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def start(self) -> "WebhookReceiver":
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/hook"
