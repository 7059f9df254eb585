"""Paste a press release or news report: the "log a meeting" page comes back pre-filled."""

from django import forms
from django.core.exceptions import ValidationError
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.dates import plausible_date
from extraction.selectors import draft_for_text
from extraction.services import require_report_text
from workspace.access import secretariat_required
from workspace.secretariat import prefill
from workspace.secretariat.views.meeting_form import TEMPLATE, page_context, page_forms


class ReportForm(forms.Form):
    text = forms.CharField(
        label=gettext_lazy("Text of the press release or news report"),
        widget=forms.Textarea(attrs={"rows": 14}),
    )
    published = forms.DateField(
        label=gettext_lazy("Publication date"),
        required=False,
        help_text=gettext_lazy("Dates written without a year take it from here."),
        validators=[plausible_date],
    )


@secretariat_required
def meeting_from_report(request):
    form = ReportForm(request.POST or None)
    if request.method != "POST" or not form.is_valid():
        status = 400 if request.method == "POST" else 200
        return render(
            request, "workspace/secretariat/from_report.html", {"form": form}, status=status
        )
    text = form.cleaned_data["text"]
    try:
        require_report_text(text)
    except ValidationError as error:
        form.add_error("text", error.message_dict["text"])
        return render(request, "workspace/secretariat/from_report.html", {"form": form}, status=400)
    draft = draft_for_text(text=text, published=form.cleaned_data.get("published"))
    if not draft.get("is_meeting"):
        form.add_error("text", _("This text does not report a meeting; nothing was drafted."))
        return render(request, "workspace/secretariat/from_report.html", {"form": form}, status=400)
    return render(request, TEMPLATE, _prefilled(request, draft, text))


def _prefilled(request, draft: dict, text: str) -> dict:
    meeting_initial, sources = prefill.meeting_initial(draft, text)
    agenda = prefill.agenda_initial(draft)
    participants = prefill.participants_initial(draft, text)
    commitments = prefill.commitments_initial(draft, text)
    forms = page_forms(
        initial={
            "meeting_form": meeting_initial,
            "agenda": agenda,
            "participants": participants,
            "commitments": commitments,
        }
    )
    labels = {name: field.label for name, field in forms["meeting_form"].fields.items()}
    groups = prefill.source_groups(sources, labels)
    shown = {sentence for section in groups.values() for sentence, _labels in section}
    rows = {
        "participants": prefill.dedupe_row_sources([r["source"] for r in participants], shown),
        "commitments": prefill.dedupe_row_sources([r["source"] for r in commitments], shown),
        # Owners the directory does not know, shown on their rows for the clerk to settle.
        "commitment_owners": [r["owner_name"] for r in commitments],
    }
    unknown = prefill.unknown_entries(draft)
    state = {
        "groups": groups,
        "rows": rows,
        "new_people": unknown["people"],
        "unknown_organizations": unknown["organizations"],
    }
    context = page_context(forms, request)
    context.update(
        action=reverse("workspace:meeting-new"),
        source_groups=groups,
        row_sources=rows,
        new_people=unknown["people"],
        unknown_organizations=unknown["organizations"],
        from_report=True,
        report_state=prefill.report_state_token(state),
    )
    return context
