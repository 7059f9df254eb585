"""Writes for meeting drafts: store a report's draft for review, import a folder of reports."""

import datetime
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from extraction.extractor import Directory
from extraction.models import MeetingDraft, ReviewStatus
from extraction.selectors import directory_snapshot, draft_for_text
from meetings.models import Meeting

MAX_TEXT_LENGTH = 100_000
_DATE_IN_NAME = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def text_digest(text: str) -> str:
    # Whitespace differences between two copies of a report do not make it a new report.
    return hashlib.sha256(" ".join(text.split()).encode()).hexdigest()


def published_from_name(name: str) -> datetime.date | None:
    """The publication date a file name carries ("wartabromo-2025-02-28-...txt"), if any."""
    m = _DATE_IN_NAME.search(name)
    if not m:
        return None
    try:
        return datetime.date(*map(int, m.groups()))
    except ValueError:
        return None


def require_report_text(text: str) -> str:
    text = text.strip()
    if not text:
        raise ValidationError({"text": _("Paste the text of a press release or news report.")})
    if len(text) > MAX_TEXT_LENGTH:
        raise ValidationError(
            {"text": _("The text is too long: at most %(n)d characters.") % {"n": MAX_TEXT_LENGTH}}
        )
    return text


def meeting_draft_create(
    *,
    text: str,
    published: datetime.date | None = None,
    source_name: str = "",
    directory: Directory | None = None,
) -> tuple[MeetingDraft, bool]:
    """Store the draft of a report for review; the same text again returns the stored draft."""
    text = require_report_text(text)
    existing = MeetingDraft.objects.filter(source_digest=text_digest(text)).first()
    if existing is not None:
        return existing, False
    draft = draft_for_text(text=text, published=published, directory=directory)
    stored = MeetingDraft.objects.create(
        source_name=source_name[:500],
        source_text=text,
        source_digest=text_digest(text),
        published_on=published,
        draft=draft,
        is_meeting=draft["is_meeting"],
    )
    return stored, True


@dataclass
class ImportResult:
    created: list[MeetingDraft] = field(default_factory=list)
    unchanged: list[MeetingDraft] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)


def meeting_drafts_import(*, folder: Path) -> ImportResult:
    """Draft every `*.txt` report in a folder (publication date from the file name, if any).

    One file's failure does not stop the others; importing the folder again adds nothing.
    """
    if not folder.is_dir():
        raise ValidationError({"folder": _("No folder at %(path)s.") % {"path": folder}})
    directory = directory_snapshot()
    result = ImportResult()
    for path in sorted(folder.glob("*.txt")):
        try:
            with transaction.atomic():
                draft, created = meeting_draft_create(
                    text=path.read_text(encoding="utf-8"),
                    published=published_from_name(path.name),
                    source_name=path.name,
                    directory=directory,
                )
        except (ValidationError, UnicodeDecodeError) as error:
            result.failed[path.name] = "; ".join(getattr(error, "messages", [str(error)]))
            continue
        (result.created if created else result.unchanged).append(draft)
    return result


def meeting_draft_review(
    *, draft: MeetingDraft, status: str, meeting: Meeting | None = None
) -> MeetingDraft:
    """Accept (optionally linking the meeting recorded from it) or reject a draft."""
    if status not in ReviewStatus.values:
        raise ValidationError({"review_status": _("Unknown review status.")})
    if meeting is not None and status != ReviewStatus.ACCEPTED:
        raise ValidationError({"meeting": _("Only an accepted draft links to a meeting.")})
    draft.review_status = status
    draft.meeting = meeting
    draft.save(update_fields=["review_status", "meeting", "updated_at"])
    return draft
