"""A request id on every log line and response: taken from the proxy's X-Request-ID when it looks
like one (nginx's $request_id, a UUID), made here otherwise. One id ties the proxy's access log,
the application's lines and what a user reports ("the error page said ...") together."""

import logging
import re
import uuid
from contextvars import ContextVar

from django.core.signals import request_finished
from django.dispatch import receiver

HEADER = "X-Request-ID"
# Letters, digits and a few separators, at most 128: anything else (a log-injection attempt, a
# megabyte of text) is replaced by our own id.
WELL_FORMED = re.compile(r"[A-Za-z0-9._:@-]{1,128}")

_current: ContextVar[str] = ContextVar("request_id", default="-")


def current_request_id() -> str:
    return _current.get()


class RequestIdMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        given = request.META.get("HTTP_X_REQUEST_ID", "")
        request_id = given if WELL_FORMED.fullmatch(given) else uuid.uuid4().hex
        request.request_id = request_id
        # Kept until the response is finished, not only until this middleware returns: Django
        # logs 4xx and 5xx responses after the middleware chain ("Not Found: /x").
        _current.set(request_id)
        response = self.get_response(request)
        response[HEADER] = request_id
        return response


@receiver(request_finished)
def _request_done(sender, **kwargs):
    _current.set("-")


class RequestIdFilter(logging.Filter):
    """Puts the current request's id on the record ("-" outside a request: workers, commands)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if not hasattr(record, "request_id"):
            record.request_id = _current.get()
        return True
