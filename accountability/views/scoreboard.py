"""The scoreboard page: figures per agency and per body, charts, sortable tables."""

import datetime

from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from accountability.forms import ScoreboardFilterForm
from accountability.periods import Period, previous_semester, semester_label, semester_of
from accountability.selectors.scoreboard import scoreboard, sorted_rows
from accountability.visuals import attendance_chart, status_chart, trend_chart
from meetings.access import actor_of

COLUMNS = [
    ("name", gettext_lazy("Name")),
    ("made", gettext_lazy("Made")),
    ("verified", gettext_lazy("Done and verified")),
    ("on_time", gettext_lazy("Done on time")),
    ("on_time_rate", gettext_lazy("On time (% of dated)")),
    ("overdue", gettext_lazy("Overdue now")),
    ("cannot", gettext_lazy("Cannot be followed up")),
    ("reopened", gettext_lazy("Reopened")),
    ("median_days", gettext_lazy("Median days to verified completion")),
]
ATTENDANCE_COLUMNS = [
    ("present", gettext_lazy("Head present")),
    ("represented", gettext_lazy("Head represented")),
    ("absent", gettext_lazy("Head absent")),
]
COLUMNS += ATTENDANCE_COLUMNS


def _headers(request, sort: str, descending: bool) -> list[dict]:
    query = request.GET.copy()
    headers = []
    for key, label in COLUMNS:
        # A first click sorts names A–Z and figures from the highest; a second click reverses.
        first_descending = key != "name"
        next_descending = not descending if key == sort else first_descending
        query["sort"], query["order"] = key, "desc" if next_descending else "asc"
        headers.append(
            {
                "key": key,
                "label": label,
                "href": "?" + query.urlencode(),
                "aria_sort": (
                    ("descending" if descending else "ascending") if key == sort else "none"
                ),
            }
        )
    return headers


def _presets(today: datetime.date) -> list[tuple[str, Period]]:
    current, previous = semester_of(today), previous_semester(today)
    year = Period(datetime.date(today.year, 1, 1), datetime.date(today.year, 12, 31))
    return [
        (semester_label(current), current),
        (semester_label(previous), previous),
        (_("Year %(year)s") % {"year": today.year}, year),
    ]


def _scope_note(actor) -> str:
    if actor.is_secretariat:
        return _("Complete figures: every follow-up, closed meetings included.")
    if actor.agency_ids or actor.body_ids:
        return _("Public follow-ups of open meetings, plus all of those of your agency or bodies.")
    return _("Public follow-ups of open meetings only.")


def scoreboard_page(request):
    actor = actor_of(request)
    form = ScoreboardFilterForm(request.GET)
    period, body = form.period(), form.selected_body()
    board = scoreboard(actor=actor, period=period, body=body)
    sort = request.GET.get("sort", "name")
    descending = request.GET.get("order") == "desc"
    headers = _headers(request, sort, descending)
    context = {
        "form": form,
        "board": board,
        "body": body,
        "agencies": sorted_rows(board.agencies, key=sort, descending=descending),
        "bodies": sorted_rows(board.bodies, key=sort, descending=descending),
        "dprd": sorted_rows(board.dprd, key=sort, descending=descending),
        "outside": sorted_rows(board.outside, key=sort, descending=descending),
        "headers": headers,
        # The DPRD's bodies and outside parties have no head invited to meetings.
        "figure_headers": headers[: -len(ATTENDANCE_COLUMNS)],
        "presets": _presets(timezone.localdate()),
        "scope_note": _scope_note(actor),
        "status_chart": status_chart(
            name="agencies", title=_("Follow-ups of each agency"), rows=board.agencies
        ),
        "trend_chart": trend_chart(board.quarters),
        "attendance_chart": attendance_chart(board.agencies),
        "can_read_recaps": actor.is_secretariat or bool(actor.body_ids or actor.agency_ids),
    }
    return render(request, "accountability/scoreboard.html", context)
