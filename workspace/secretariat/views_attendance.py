"""The attendance sheet: one row per invited participant, quick to fill on a phone."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from meetings.models import Meeting, Person
from meetings.services import AttendanceInput, meeting_record_attendance
from workspace.access import secretariat_required
from workspace.secretariat import choices
from workspace.secretariat.forms_after import AttendanceFormSet


@secretariat_required
def attendance_sheet(request, pk: int):
    meeting = get_object_or_404(Meeting, pk=pk)
    participants = list(
        meeting.participants.select_related("person", "organization", "represented_by")
    )
    people = choices.people_by_office()
    initial = [
        {
            "participant": p.pk,
            "attendance": p.attendance,
            "represented_by": p.represented_by_id,
            "assignment_letter": p.assignment_letter,
            "reason": p.reason,
        }
        for p in participants
    ]
    data = request.POST if request.method == "POST" else None
    formset = AttendanceFormSet(data, initial=initial, prefix="attendance", people=people)
    status = 200
    if request.method == "POST":
        if formset.is_valid():
            by_pk = Person.objects.in_bulk(
                [
                    f.cleaned_data["represented_by"]
                    for f in formset
                    if f.cleaned_data.get("represented_by")
                ]
            )
            entries = [
                AttendanceInput(
                    participant_id=f.cleaned_data["participant"],
                    attendance=f.cleaned_data["attendance"],
                    represented_by=by_pk.get(f.cleaned_data.get("represented_by")),
                    assignment_letter=f.cleaned_data.get("assignment_letter", ""),
                    reason=f.cleaned_data.get("reason", ""),
                )
                for f in formset
            ]
            try:
                meeting_record_attendance(meeting=meeting, entries=entries)
            except ValidationError as error:
                _show(formset, error)
            else:
                messages.success(request, _("Attendance saved."))
                return redirect("workspace:meeting", pk=meeting.pk)
        status = 400
    rows = list(zip(participants, formset.forms, strict=False))
    return render(
        request,
        "workspace/secretariat/attendance.html",
        {"meeting": meeting, "formset": formset, "rows": rows},
        status=status,
    )


def _show(formset, error: ValidationError) -> None:
    for name, texts in error.message_dict.items():
        # attendance[3].represented_by → the fourth row's field
        head, _, field = name.partition(".")
        index = int(head[head.index("[") + 1 : head.index("]")]) if "[" in head else 0
        form = formset.forms[index]
        for text in texts:
            form.add_error(field if field in form.fields else None, text)
