"""The attendance sheet: one row per participant (invited agencies are seated by themselves),
walk-ins added at the bottom, quick to fill on a phone."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from meetings.models import Attendance, InvitationReply, Meeting, Organization, Person
from meetings.models.invitation import Answer as ReplyAnswer
from meetings.selectors_invitation import invitation_replies
from meetings.services import (
    AttendanceInput,
    directory_person_typed,
    meeting_record_attendance,
)
from workspace.access import secretariat_required
from workspace.secretariat import choices
from workspace.secretariat.forms_proceedings import AttendanceFormSet, WalkInFormSet
from workspace.secretariat.saving import participant_inputs

TEMPLATE = "workspace/secretariat/attendance.html"


def _initial(participants, replies) -> list[dict]:
    rows = []
    for p in participants:
        row = {
            "participant": p.pk,
            "attendance": p.attendance,
            "represented_by": p.represented_by_id,
            "representative_title": p.representative_title,
            "assignment_letter": p.assignment_letter,
            "reason": p.reason,
        }
        reply = replies.get(p.organization_id) if p.attendance == "invited" else None
        if reply is not None:
            row.update(reply)
        rows.append(row)
    return rows


def invitation_answers(meeting) -> dict[int, dict]:
    """What each invited agency answered to the invitation, as initial values of its row."""
    return {org: reply_initial(reply) for org, reply in invitation_replies(meeting).items()}


def reply_initial(reply: InvitationReply) -> dict:
    if reply.answer == ReplyAnswer.ATTENDING:
        return {"attendance": Attendance.PRESENT}
    if reply.answer == ReplyAnswer.UNABLE:
        return {"attendance": Attendance.EXCUSED, "reason": reply.reason}
    return {
        "attendance": Attendance.REPRESENTED,
        "represented_by": reply.representative_id,
        "representative_name": "" if reply.representative_id else reply.representative_name,
        "representative_title": reply.representative_title,
        "assignment_letter": reply.assignment_letter,
    }


@secretariat_required
def attendance_sheet(request, pk: int):
    meeting = get_object_or_404(Meeting.objects.select_related("venue", "lead_body"), pk=pk)
    participants = list(
        meeting.participants.select_related("person", "organization", "represented_by").order_by(
            "pk"
        )
    )
    replies = invitation_answers(meeting)
    data = request.POST if request.method == "POST" else None
    formset = AttendanceFormSet(
        data,
        initial=_initial(participants, replies),
        prefix="attendance",
        row_people=choices.people_of_organizations(
            [p.organization_id for p in participants], on=meeting.local_start.date()
        ),
    )
    organizations = [
        ("", "---------"),
        *Organization.objects.order_by("name").values_list("pk", "name"),
    ]
    walk_ins = WalkInFormSet(
        data,
        prefix="walkin",
        people=choices.people_by_office(),
        organizations=organizations,
    )
    if data is not None and formset.is_valid() and walk_ins.is_valid():
        try:
            _save(meeting, formset, walk_ins)
        except ValidationError as error:
            _show(formset, walk_ins, error)
        else:
            messages.success(request, _("Attendance saved."))
            return redirect("workspace:meeting", pk=meeting.pk)
    rows = list(zip(participants, formset.forms, strict=False))
    return render(
        request,
        TEMPLATE,
        {
            "meeting": meeting,
            "formset": formset,
            "walk_ins": walk_ins,
            "rows": rows,
            "answered": {p.pk for p in participants if p.organization_id in replies},
        },
        status=400 if data is not None else 200,
    )


@transaction.atomic
def _save(meeting, formset, walk_ins) -> None:
    picked = Person.objects.in_bulk(
        [f.cleaned_data["represented_by"] for f in formset if f.cleaned_data.get("represented_by")]
    )
    entries = []
    for form in formset:
        data = form.cleaned_data
        representative = picked.get(data.get("represented_by"))
        if representative is None and data.get("representative_name"):
            representative = directory_person_typed(name=data["representative_name"])
        entries.append(
            AttendanceInput(
                participant_id=data["participant"],
                attendance=data["attendance"],
                represented_by=representative,
                representative_title=data.get("representative_title", ""),
                assignment_letter=data.get("assignment_letter", ""),
                reason=data.get("reason", ""),
            )
        )
    added, walk_ins.positions = participant_inputs(walk_ins, attendance=Attendance.PRESENT)
    meeting_record_attendance(meeting=meeting, entries=entries, walk_ins=added)


def _show(formset, walk_ins, error: ValidationError) -> None:
    for name, texts in error.message_dict.items():
        # attendance[3].represented_by → the fourth row's field; walk_ins[0] → the first
        # filled walk-in row
        head, _sep, field = name.partition(".")
        index = int(head[head.index("[") + 1 : head.index("]")]) if "[" in head else 0
        if head.startswith("walk_ins"):
            positions = getattr(walk_ins, "positions", [])
            form = walk_ins.forms[positions[index]] if index < len(positions) else walk_ins.forms[0]
        else:
            form = formset.forms[index]
        for text in texts:
            form.add_error(field if field in form.fields else None, text)
