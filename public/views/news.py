"""RSS and Atom: newly published meetings, with their outcomes once they are recorded."""

from django.contrib.syndication.views import Feed
from django.db.models import Prefetch
from django.template.defaultfilters import linebreaksbr
from django.urls import reverse, reverse_lazy
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from core.text import strip_controls
from meetings.access import PUBLIC
from meetings.models import Meeting, Outcome
from meetings.selectors import meetings_for
from opendata.catalog import publisher
from public.cards import meeting_card

ITEMS = 30


class MeetingsRssFeed(Feed):
    link = reverse_lazy("public:home")

    def title(self):
        return _("DPRD meetings and outcomes")

    def description(self):
        return _("Newly published meetings of the DPRD with the government agencies (OPD).")

    def items(self):
        outcomes = Outcome.objects.select_related("agenda_item").order_by("order", "pk")
        return (
            meetings_for(PUBLIC)
            .prefetch_related(Prefetch("outcomes", queryset=outcomes))
            .order_by("-shown_updated_at", "-pk")[:ITEMS]
        )

    def item_title(self, meeting: Meeting) -> str:
        card = meeting_card(meeting)
        return strip_controls(f"{card.title} – {card.kind_label}, {card.lead_body}")

    def item_description(self, meeting: Meeting) -> str:
        card = meeting_card(meeting)
        if card.is_redacted:
            closed = _("Closed meeting: only its kind, date, time and body are public.")
            return strip_controls(f"{card.when}. {closed}")
        lines = [card.when, card.status_label]
        if card.place:
            lines.append(card.place)
        lines += [
            f"{outcome.get_kind_display()}: {outcome.text}"
            for outcome in meeting.outcomes.all()
            if outcome.agenda_item_id is None or outcome.agenda_item.is_public
        ]
        return strip_controls("\n".join(lines))

    def item_link(self, meeting: Meeting) -> str:
        return reverse("public:meeting", kwargs={"pk": meeting.pk})

    def item_pubdate(self, meeting: Meeting):
        return meeting.created_at

    def item_updateddate(self, meeting: Meeting):
        # A closed meeting's hidden edits do not move it: see meetings_for.
        return meeting.shown_updated_at


class MeetingsAtomFeed(MeetingsRssFeed):
    feed_type = Atom1Feed

    def subtitle(self):
        return self.description()

    def author_name(self):
        # RFC 4287: an author on the feed, or on every entry; the secretariat publishes them all.
        return publisher()["name"]

    def item_description(self, meeting: Meeting) -> str:
        # Atom's summary is type="html": the lines become <br>s, the text is escaped.
        return linebreaksbr(super().item_description(meeting), autoescape=True)
