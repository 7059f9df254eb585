"""iCalendar (RFC 5545) feeds of meetings and commitment due dates.

Events are written as text lines by ics.py and events.py (much faster than building icalendar
objects for thousands of events); icalendar writes only what is built once per feed or process:
the calendar's own properties, the VTIMEZONEs and durations. The tests read every feed back with
icalendar."""
