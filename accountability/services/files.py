"""A recap as files: a CSV spreadsheet (one row per follow-up) and a printable PDF."""

import io

from django.template.loader import render_to_string
from django.utils.translation import gettext as _

from accountability.services.content import RecapContent
from accountability.visuals import attendance_chart, status_chart, trend_chart
from commitments.models import CLOSED_STATUSES
from core.pdf import html_to_pdf
from core.spreadsheet import CellWriter
from meetings.formatting import format_long_date


def _yes_no(value: bool) -> str:
    return _("yes") if value else _("no")


def recap_csv(content: RecapContent) -> bytes:
    """One row per follow-up, with the per-row facts the figures count, for pivot tables.

    UTF-8 with a byte-order mark: spreadsheet programs then read Indonesian text correctly.
    """
    buffer = io.StringIO()
    writer = CellWriter(buffer)
    writer.writerow(
        [
            _("No."),
            _("Meeting date"),
            _("Meeting"),
            _("Agency (OPD)"),
            _("Answers to"),
            _("Follow-up"),
            _("Due date"),
            _("Follow-up status"),
            _("Verification"),
            _("Submitted as done on"),
            _("Done on time"),
            _("Overdue now"),
            _("Reopened"),
            _("Days to verified completion"),
            _("Reason it cannot be followed up"),
        ]
    )
    today = content.board.today
    for number, commitment in enumerate(content.commitments, start=1):
        overdue = bool(
            commitment.due_date
            and commitment.due_date < today
            and commitment.status not in CLOSED_STATUSES
        )
        writer.writerow(
            [
                number,
                commitment.held_on.isoformat(),
                commitment.meeting.title,
                commitment.owner.name,
                commitment.answers_to.name,
                commitment.text,
                commitment.due_date.isoformat() if commitment.due_date else "",
                str(commitment.display_status.label),
                commitment.get_verification_display(),
                commitment.last_submitted_on.isoformat() if commitment.last_submitted_on else "",
                _yes_no(commitment.kept_on_time),
                _yes_no(overdue),
                _yes_no(commitment.was_reopened),
                "" if commitment.days_to_verified is None else commitment.days_to_verified,
                commitment.status_reason,
            ]
        )
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def recap_html(content: RecapContent) -> str:
    board = content.board
    return render_to_string(
        "accountability/recap_pdf.html",
        {
            "content": content,
            "board": board,
            "start": format_long_date(content.period.start),
            "end": format_long_date(content.period.end),
            "status_chart": status_chart(
                name="recap-status",
                title=_("Follow-ups by how far they were kept"),
                rows=content.breakdown,
            ),
            "trend_chart": trend_chart(board.quarters),
            "attendance_chart": attendance_chart(board.agencies),
        },
    )


def recap_pdf(content: RecapContent) -> bytes:
    # The same network-less WeasyPrint set-up as the printables: only data: addresses load.
    return html_to_pdf(recap_html(content))
