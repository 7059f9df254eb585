"""django-ical's feed over exactly the rows /calendar.ics serves (same selector, same window):
what a Django project usually reaches for, to compare our feed with."""

from django_ical.views import ICalFeed

from meetings.access import PUBLIC
from public.calendar.selection import feed_meetings
from public.calendar.window import window_from_query


class DjangoIcalFeed(ICalFeed):
    product_id = "-//bench//django-ical//ID"
    timezone = "Asia/Jakarta"
    file_name = "django-ical.ics"

    def get_object(self, request, *args, **kwargs):
        return window_from_query(request.GET)

    def items(self, window):
        return feed_meetings(actor=PUBLIC, window=window)

    def item_guid(self, meeting):
        return f"meeting-{meeting.pk}@bench"

    def item_title(self, meeting):
        return meeting.title if meeting.details_visible else meeting.get_kind_display()

    def item_description(self, meeting):
        if not meeting.details_visible:
            return ""
        return "\n".join(item.title for item in meeting.agenda_items.all() if item.is_public)

    def item_link(self, meeting):
        return f"/meetings/{meeting.pk}/"

    def item_start_datetime(self, meeting):
        return meeting.start

    def item_end_datetime(self, meeting):
        return meeting.end

    def item_location(self, meeting):
        return str(meeting.venue) if meeting.venue_id else ""

    def item_updateddate(self, meeting):
        return meeting.updated_at
