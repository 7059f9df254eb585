"""iCalendar (RFC 5545) feeds of meetings and follow-up due dates.

Events are written as text lines by ics.py and events.py (much faster than building icalendar
objects for thousands of events); icalendar writes only what is built once per feed or process:
the calendar's own properties, the VTIMEZONEs and durations. The tests read every feed back with
icalendar, and tests/public/test_feed_equals_icalendar.py holds the written feed to one built
with icalendar from the same records."""
