"""Uploaded files: a size limit and a type read from the file's first bytes, not from its name.

Executable or script content (HTML, SVG, JavaScript, programs) is refused outright, so nothing
uploaded can run in a reader's browser when it is served back.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

# (magic prefix, type, allowed extensions)
SIGNATURES = [
    (b"%PDF-", "PDF", {".pdf"}),
    (b"\x89PNG\r\n\x1a\n", "PNG", {".png"}),
    (b"\xff\xd8\xff", "JPEG", {".jpg", ".jpeg"}),
    (b"GIF87a", "GIF", {".gif"}),
    (b"GIF89a", "GIF", {".gif"}),
    # Office Open XML (docx, xlsx, pptx) and OpenDocument files are ZIP archives.
    (b"PK\x03\x04", "Office", {".docx", ".xlsx", ".pptx", ".odt", ".ods", ".odp"}),
    # Older Office formats (doc, xls, ppt).
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "Office", {".doc", ".xls", ".ppt"}),
]
ALLOWED_NAMES = ", ".join(sorted({ext for _, _, exts in SIGNATURES for ext in exts}))


def upload_limit() -> int:
    return settings.UPLOAD_MAX_BYTES


def check_upload(file: UploadedFile, *, field: str) -> None:
    if file.size > upload_limit():
        raise ValidationError(
            {
                field: _("The file is %(size)s; the limit is %(limit)s.")
                % {"size": filesizeformat(file.size), "limit": filesizeformat(upload_limit())}
            }
        )
    head = file.read(16)
    file.seek(0)
    extension = "." + file.name.rsplit(".", 1)[-1].lower() if "." in file.name else ""
    for magic, _kind, extensions in SIGNATURES:
        if head.startswith(magic) and extension in extensions:
            return
    raise ValidationError(
        {
            field: _(
                "Only PDF, images and office documents can be uploaded (%(types)s), "
                "and the file's content must match its name."
            )
            % {"types": ALLOWED_NAMES}
        }
    )
