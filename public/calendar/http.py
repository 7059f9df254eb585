"""Serving a feed: content type, strong ETag, Last-Modified, 304s and cache headers."""

import datetime
import hashlib
from collections.abc import Iterable

from django.http import HttpResponse
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date

from public.calendar.build import REFRESH

CONTENT_TYPE = "text/calendar; charset=utf-8"


def calendar_response(
    request,
    *,
    body: bytes,
    last_modified: datetime.datetime | None,
    filename: str,
    private: bool = False,
) -> HttpResponse:
    # Derived from the bytes themselves, so it changes exactly when the feed does.
    etag = f'"{hashlib.sha256(body).hexdigest()[:40]}"'
    timestamp = int(last_modified.timestamp()) if last_modified else None
    response = get_conditional_response(request, etag=etag, last_modified=timestamp)
    if response is None:
        response = HttpResponse(body, content_type=CONTENT_TYPE)
        response["Content-Disposition"] = f'inline; filename="{filename}"'
    response["ETag"] = etag
    if timestamp is not None:
        response["Last-Modified"] = http_date(timestamp)
    max_age = int(REFRESH.total_seconds())
    if private:
        patch_cache_control(response, private=True, max_age=max_age)
    else:
        patch_cache_control(response, public=True, max_age=max_age)
    return response


def latest_change(records: Iterable) -> datetime.datetime | None:
    return max((record.updated_at for record in records), default=None)
