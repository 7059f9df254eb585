"""What a shared link shows: Open Graph and Twitter card text for a meeting or a follow-up.

A link pasted into WhatsApp is fetched by a crawler with no session, so a preview says no
more than the page says to anyone: a closed meeting's preview holds only its kind, date and
body (its card, already redacted), and a follow-up names a closed meeting only by its kind.
"""

from dataclasses import dataclass

from django.conf import settings
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from commitments.models import Commitment
from meetings.formatting import format_long_date
from meetings.models import Meeting, Openness
from public.cards import MeetingCard

TITLE_LENGTH = 90
DESCRIPTION_LENGTH = 200


@dataclass(frozen=True)
class LinkPreview:
    title: str
    description: str
    url: str
    kind: str = "article"


def absolute(path: str) -> str:
    """The address as the public reaches it (SITE_URL), whatever host the request came by."""
    return settings.SITE_URL.rstrip("/") + path


def _short(text: str, length: int) -> str:
    return Truncator(" ".join(text.split())).chars(length)


def _meeting_line(card: MeetingCard) -> str:
    return _("%(kind)s on %(when)s, led by %(body)s.") % {
        "kind": card.kind_label,
        "when": card.when,
        "body": card.lead_body.name,
    }


def meeting_preview(card: MeetingCard, *, path: str) -> LinkPreview:
    if card.is_redacted:
        description = f"{_meeting_line(card)} {_('Closed meeting')}."
        return LinkPreview(title=card.kind_label, description=description, url=absolute(path))
    parts = [_meeting_line(card)]
    if card.status_label:
        parts.append(f"{card.status_label}.")
    if card.place:
        parts.append(_("At %(place)s.") % {"place": card.place})
    return LinkPreview(
        title=_short(card.title, TITLE_LENGTH),
        description=_short(" ".join(parts), DESCRIPTION_LENGTH),
        url=absolute(path),
    )


def commitment_preview(commitment: Commitment, *, path: str) -> LinkPreview:
    values = {"agency": commitment.owner.name, "status": commitment.display_status.label}
    if commitment.due_date:
        values["date"] = format_long_date(commitment.due_date)
        line = _("Follow-up for %(agency)s, due %(date)s: %(status)s.") % values
    else:
        line = _("Follow-up for %(agency)s, without a due date: %(status)s.") % values
    meeting: Meeting = commitment.meeting
    # Members may see a closed meeting's follow-ups; its title still stays out of a preview
    # that travels beyond them.
    name = meeting.get_kind_display() if meeting.openness == Openness.CLOSED else meeting.title
    made = _("Made in %(meeting)s on %(date)s.") % {
        "meeting": name,
        "date": format_long_date(meeting.local_start.date()),
    }
    return LinkPreview(
        title=_short(commitment.text, TITLE_LENGTH),
        description=_short(f"{line} {made}", DESCRIPTION_LENGTH),
        url=absolute(path),
    )
