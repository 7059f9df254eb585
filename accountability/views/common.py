"""Helpers the scoreboard and recap views share."""

from accountability.access import can_read_recaps
from core.decorators import login_or_403
from meetings.access import actor_of

# Logged-in staff only: anonymous readers go to the login page, others get 403.
recaps_allowed = login_or_403(lambda request: can_read_recaps(actor_of(request)))
