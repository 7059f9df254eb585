"""iCalendar (RFC 5545) feeds of meetings and commitment due dates, built with icalendar."""
