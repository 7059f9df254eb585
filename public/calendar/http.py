"""Serving a feed: content type, strong ETag, Last-Modified, 304s and cache headers."""

import datetime
import hashlib

from django.http import HttpResponse
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date

from public.calendar.build import REFRESH

CONTENT_TYPE = "text/calendar; charset=utf-8"


def body_etag(body: bytes) -> str:
    """For a feed small enough to build on every request (one meeting)."""
    return f'"{hashlib.sha256(body).hexdigest()[:40]}"'


def not_modified(
    request, *, etag: str, last_modified: datetime.datetime | None, private: bool = False
) -> HttpResponse | None:
    """The 304 answer when the client's copy is current, else None."""
    response = get_conditional_response(request, etag=etag, last_modified=_timestamp(last_modified))
    return _finish(response, etag, last_modified, private) if response is not None else None


def calendar_response(
    *,
    body: bytes,
    etag: str,
    last_modified: datetime.datetime | None,
    filename: str,
    private: bool = False,
) -> HttpResponse:
    response = HttpResponse(body, content_type=CONTENT_TYPE)
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return _finish(response, etag, last_modified, private)


def _timestamp(moment: datetime.datetime | None) -> int | None:
    return int(moment.timestamp()) if moment else None


def _finish(response, etag, last_modified, private) -> HttpResponse:
    response["ETag"] = etag
    if last_modified is not None:
        response["Last-Modified"] = http_date(_timestamp(last_modified))
    max_age = int(REFRESH.total_seconds())
    if private:
        patch_cache_control(response, private=True, max_age=max_age)
    else:
        patch_cache_control(response, public=True, max_age=max_age)
    return response
