"""The printed attendance list (daftar hadir) and minutes (notulen) of a meeting."""

from django.http import Http404
from django.utils.formats import time_format

from audit.services import audit_export
from meetings.formatting import format_long_date
from meetings.models import Meeting, ParticipantRole
from workspace.access import secretariat_required
from workspace.printables import selectors
from workspace.printables.pdf import pdf_response


def _meeting(pk: int) -> Meeting:
    try:
        return selectors.printable_meeting(pk=pk)
    except Meeting.DoesNotExist:
        raise Http404 from None


def _when(meeting: Meeting) -> dict:
    """Day and times in the meeting's own zone: "Rabu, 26 Februari 2025", "09.00 WIB"."""
    start = meeting.local_start
    end = meeting.end.astimezone(start.tzinfo) if meeting.end else None
    return {
        "day": format_long_date(start.date()),
        "start_time": f"{time_format(start)} {meeting.zone_label}",
        "end_time": f"{time_format(end)} {meeting.zone_label}" if end else "",
    }


@secretariat_required
def attendance_pdf(request, pk: int):
    meeting = _meeting(pk)
    context = {
        "meeting": meeting,
        "rows": selectors.participant_rows(meeting),
        **_when(meeting),
    }
    audit_export(request, dataset="attendance_list", format="pdf", meeting=meeting.pk)
    return pdf_response(
        request,
        "workspace/printables/attendance.html",
        context,
        filename=f"daftar-hadir-{meeting.pk}.pdf",
    )


@secretariat_required
def minutes_pdf(request, pk: int):
    meeting = _meeting(pk)
    rows = selectors.participant_rows(meeting)
    context = {
        "meeting": meeting,
        "chairs": selectors.with_role(rows, ParticipantRole.CHAIR),
        "secretaries": selectors.with_role(rows, ParticipantRole.MINUTE_TAKER),
        "present": selectors.present(rows),
        "commitments": selectors.meeting_commitments(meeting),
        **_when(meeting),
    }
    audit_export(request, dataset="minutes", format="pdf", meeting=meeting.pk)
    return pdf_response(
        request, "workspace/printables/minutes.html", context, filename=f"notulen-{meeting.pk}.pdf"
    )
