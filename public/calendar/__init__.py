"""iCalendar (RFC 5545) feeds of meetings and follow-up due dates. The events are written as
text (events.py, ics.py); icalendar writes the calendar's head and the VTIMEZONEs, and
tests/public/test_feed_equals_icalendar.py holds the written feed to an icalendar-built one."""
