"""The outbox as the secretariat reads it: what waits, what was sent, what failed (and a retry)."""

from django import forms
from django.contrib import messages
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from notifications.selectors import outbox_rows
from notifications.services import notification_retry_failed
from workspace.access import secretariat_required

PER_PAGE = 50


class OutboxFilter(forms.Form):
    state = forms.ChoiceField(
        label=gettext_lazy("State"),
        required=False,
        choices=[
            ("", gettext_lazy("All")),
            ("waiting", gettext_lazy("Waiting")),
            ("sent", gettext_lazy("Sent")),
            ("failed", gettext_lazy("Failed")),
            ("skipped", gettext_lazy("Skipped")),
        ],
    )
    meeting = forms.IntegerField(label=gettext_lazy("Meeting no."), required=False, min_value=1)
    commitment = forms.IntegerField(
        label=gettext_lazy("Follow-up no."), required=False, min_value=1
    )


@secretariat_required
def outbox(request):
    form = OutboxFilter(request.GET or None)
    filters = form.cleaned_data if form.is_bound and form.is_valid() else {}
    rows = outbox_rows(
        state=filters.get("state", ""),
        meeting_id=filters.get("meeting"),
        commitment_id=filters.get("commitment"),
    )
    page = Paginator(rows, PER_PAGE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    context = {"form": form, "page": page, "query": query.urlencode()}
    return render(request, "workspace/secretariat/outbox.html", context)


@require_POST
@secretariat_required
def outbox_retry(request, pk: int):
    if notification_retry_failed(notification_id=pk):
        messages.success(request, _("The notification will be sent again at the next sweep."))
    else:
        messages.info(request, _("This notification is no longer failed; nothing to retry."))
    back = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(back, {request.get_host()}, request.is_secure()):
        return redirect(back)
    return redirect("workspace:outbox")
