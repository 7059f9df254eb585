"""The scoreboard's charts, with their series named in the reader's language."""

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from accountability.charts import Chart, Series, column_groups, stacked_bars
from accountability.periods import Quarter
from accountability.selectors.figures import Figures
from accountability.selectors.scoreboard import Row

# Colours tell the parts apart for common colour-vision deficiencies, and every bar has its
# number in its tooltip and in the table.
ON_TIME, LATE, AWAITING, OPEN, OVERDUE, CANNOT = (
    "#1b7f3b",
    "#74c476",
    "#e69f00",
    "#9db4cc",
    "#c0392b",
    "#6b6b6b",
)
CHART_ROWS = 15


def status_series() -> list[Series]:
    return [
        Series(_("Verified, on time"), ON_TIME),
        Series(_("Verified, late or undated"), LATE),
        Series(_("Awaiting verification"), AWAITING),
        Series(_("Open"), OPEN),
        Series(_("Overdue"), OVERDUE),
        Series(_("Cannot be followed up"), CANNOT),
    ]


def status_parts(figures: Figures) -> list[int]:
    return [
        figures.on_time,
        figures.verified_late,
        figures.awaiting,
        figures.open,
        figures.overdue,
        figures.cannot,
    ]


def _status_summary(rows: list[Row]) -> str:
    if not rows:
        return _("No follow-ups in this period.")
    worst = max(rows, key=lambda row: (row.figures.overdue, row.figures.made))
    if not worst.figures.overdue:
        return _("No follow-up is overdue now.")
    return ngettext(
        "Most overdue now: %(name)s, with %(count)s follow-up.",
        "Most overdue now: %(name)s, with %(count)s follow-ups.",
        worst.figures.overdue,
    ) % {"name": worst.organization, "count": worst.figures.overdue}


def status_chart(*, name: str, title: str, rows: list[Row]) -> Chart:
    """The status mix of the organizations with the most follow-ups."""
    made = [row for row in rows if row.figures.made]
    busiest = sorted(made, key=lambda row: -row.figures.made)[:CHART_ROWS]
    return stacked_bars(
        name=name,
        title=title,
        summary=_status_summary(busiest),
        row_heading=_("Organization"),
        description=_("Follow-ups of each organization by how far they were kept."),
        rows=[(str(row.organization), status_parts(row.figures)) for row in busiest],
        series=status_series(),
    )


def _trend_summary(quarters: list[tuple[Quarter, Figures]]) -> str:
    if not quarters:
        return _("No follow-ups in this period.")
    busiest, figures = max(quarters, key=lambda item: item[1].made)
    return ngettext(
        "Most made in %(quarter)s: %(count)s follow-up.",
        "Most made in %(quarter)s: %(count)s follow-ups.",
        figures.made,
    ) % {"quarter": busiest.label, "count": figures.made}


def trend_chart(quarters: list[tuple[Quarter, Figures]]) -> Chart:
    series = [
        Series(_("Made"), "#0b5394"),
        Series(_("Done and verified"), LATE),
        Series(_("Done on time"), ON_TIME),
        Series(_("Overdue now"), OVERDUE),
    ]
    return column_groups(
        name="trend",
        title=_("Follow-ups per quarter"),
        summary=_trend_summary(quarters),
        row_heading=_("Quarter"),
        description=_(
            "For the follow-ups made in each quarter: how many, how many were done and "
            "verified, done on time, and how many are overdue now."
        ),
        groups=[
            (quarter.label, [f.made, f.verified, f.on_time, f.overdue]) for quarter, f in quarters
        ],
        series=series,
    )


def _attendance_summary(rows: list[Row]) -> str:
    total = sum(row.attendance.total for row in rows)
    if not total:
        return _("No agency head was expected at a meeting in this period.")
    present = sum(row.attendance.present for row in rows)
    return ngettext(
        "Agency heads came in person %(present)s times out of %(total)s invitation.",
        "Agency heads came in person %(present)s times out of %(total)s invitations.",
        total,
    ) % {"present": present, "total": total}


def attendance_chart(rows: list[Row]) -> Chart:
    attended = sorted(
        (row for row in rows if row.attendance.total), key=lambda row: -row.attendance.total
    )[:CHART_ROWS]
    return stacked_bars(
        name="attendance",
        title=_("Attendance of agency heads"),
        summary=_attendance_summary(attended),
        row_heading=_("Agency"),
        description=_(
            "Meetings each agency head attended in person, through a representative, or missed."
        ),
        rows=[
            (
                str(row.organization),
                [row.attendance.present, row.attendance.represented, row.attendance.absent],
            )
            for row in attended
        ],
        series=[
            Series(_("Present"), ON_TIME),
            Series(_("Represented"), AWAITING),
            Series(_("Absent"), OVERDUE),
        ],
    )
