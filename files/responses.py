"""One answer for every uploaded file, after its view has checked who may have it.

In production nginx sends the bytes: the view answers with `X-Accel-Redirect` to an internal
location mapped to MEDIA_ROOT (PROTECTED_FILES_X_ACCEL_PREFIX), so a worker is not tied up
streaming. In the embedded mode (no prefix) Django streams the file itself."""

import mimetypes
import posixpath
from urllib.parse import quote

from django.conf import settings
from django.db.models.fields.files import FieldFile
from django.http import FileResponse, Http404, HttpResponse
from django.utils.http import content_disposition_header

# Shown in the browser; everything else is downloaded, so an uploaded page never runs here.
INLINE_TYPES = {"application/pdf", "image/png", "image/jpeg"}


def file_basename(stored: FieldFile) -> str:
    return posixpath.basename(stored.name)


def protected_file_response(
    stored: FieldFile, *, content_type: str | None = None, public: bool = False
) -> HttpResponse:
    name = file_basename(stored)
    content_type = content_type or mimetypes.guess_type(name)[0] or "application/octet-stream"
    as_attachment = content_type.split(";")[0] not in INLINE_TYPES
    prefix = settings.PROTECTED_FILES_X_ACCEL_PREFIX
    if prefix:
        response = HttpResponse(content_type=content_type)
        # The stored name is relative to MEDIA_ROOT; nginx maps the prefix onto that folder.
        response["X-Accel-Redirect"] = prefix + quote(stored.name)
        response["Content-Disposition"] = content_disposition_header(as_attachment, name)
    else:
        try:
            handle = stored.open("rb")
        except FileNotFoundError:
            raise Http404 from None
        response = FileResponse(
            handle, as_attachment=as_attachment, filename=name, content_type=content_type
        )
    # A non-public file is never kept by a shared cache (or a proxy) for the next reader.
    response["Cache-Control"] = "public, max-age=3600" if public else "private, no-store"
    return response
