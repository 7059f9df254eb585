"""Hostile query strings: API list filters, as (name, role, method, path, payload, field,
model) like tests.security.cases, and calendar feed parameters, as (path, parameter)."""

import datetime

from tests.security.cases import COMMITMENTS, MEETINGS

FAR = (datetime.date.today() + datetime.timedelta(days=3000)).isoformat()

FILTER_CASES = [
    (
        "filter start_after 31/02",
        "anonymous",
        "get",
        MEETINGS + "?start_after=31/02/2025",
        None,
        "start_after",
        "",
    ),
    ("filter unknown kind", "anonymous", "get", MEETINGS + "?kind=bogus", None, "kind", ""),
    (
        "filter unknown status",
        "anonymous",
        "get",
        COMMITMENTS + "?status=bogus",
        None,
        "status",
        "",
    ),
    (
        "filter due_before 2025-02-31",
        "anonymous",
        "get",
        COMMITMENTS + "?due_before=2025-02-31",
        None,
        "due_before",
        "",
    ),
    (
        "filter SQL-like id",
        "anonymous",
        "get",
        COMMITMENTS + "?meeting=1%20OR%201=1",
        None,
        "meeting",
        "",
    ),
    ("filter fractional id", "anonymous", "get", COMMITMENTS + "?meeting=1.5", None, "meeting", ""),
    (
        "filter id beyond 64 bits",
        "anonymous",
        "get",
        MEETINGS + f"?legislation={2**63}",
        None,
        "legislation",
        "",
    ),
    (
        "filter overdue=maybe",
        "anonymous",
        "get",
        COMMITMENTS + "?overdue=maybe",
        None,
        "overdue",
        "",
    ),
    (
        "filter due_after month 13",
        "anonymous",
        "get",
        COMMITMENTS + "?due_after=2025-13-01",
        None,
        "due_after",
        "",
    ),
]


# The public site's calendar feeds answer 400 in plain text naming the parameter.
FEED_CASES = [
    ("/calendar.ics?from=2025-02-31", "from"),
    ("/calendar.ics?from=31/02/2025", "from"),
    ("/calendar.ics?to=2025-13-01", "to"),
    ("/calendar.ics?from=2025-12-31&to=2025-01-01", "to"),
    (f"/calendar.ics?from=2020-01-01&to={FAR}", "to"),
    ("/calendar.ics?from=%3Cscript%3E", "from"),
    ("/calendar.ics?alarm=-5", "alarm"),
    ("/calendar.ics?alarm=1%27%20OR%201=1", "alarm"),
    ("/calendar.ics?alarm=99999999", "alarm"),
    ("/calendar.ics?to=2025-01-01%E2%80%8B", "to"),
]
