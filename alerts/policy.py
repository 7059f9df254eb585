"""Limits of the sign-up form, against someone using it to flood an inbox or probe addresses."""

import datetime

# A confirmation link works this long after it was sent.
CONFIRMATION_VALID = datetime.timedelta(hours=48)
# Unconfirmed sign-ups one address may have at a time; more are dropped silently.
MAX_PENDING_PER_ADDRESS = 3
# Sign-ups counted in the cache over THROTTLE_WINDOW.
THROTTLE_WINDOW = datetime.timedelta(hours=1)
SIGNUPS_PER_IP = 10
SIGNUPS_PER_ADDRESS = 3
# Overdue follow-ups are reported for this many days after their due date (the daily task may
# have missed a day; older ones were overdue before alerts existed and are not news).
OVERDUE_NEWS_DAYS = 3
# An event's fan-out task normally runs within seconds of the commit; one still not run after
# this long was lost (a broker restarted without it) and the hourly run fans it out instead.
FAN_OUT_GRACE = datetime.timedelta(minutes=10)
