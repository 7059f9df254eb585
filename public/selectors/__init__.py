"""Reads for the public pages. Each honours meetings.access: a closed meeting the reader may
not see in full is read for its kind, date, time and body only."""
