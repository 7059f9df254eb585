"""The design system's page (staff only): the tokens and every component, rendered through the
templates' own includes with sample records that are never saved."""

import datetime
from dataclasses import dataclass

from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from accountability.charts import stacked_bars
from accountability.visuals import status_series
from commitments.models import Commitment, CommitmentStatus, DisplayStatus, Verification
from meetings.models import Meeting, MeetingKind, MeetingStatus, Organization, OrganizationKind
from notifications.models import Status as OutboxStatus
from public.cards import meeting_card
from public.forms import MeetingFilterForm
from workspace.access import secretariat_required
from workspace.design_tokens import site_tokens

SAMPLE_PK = 1  # links need an id; the sample records are never saved


@dataclass(frozen=True)
class SampleMessage:
    """Shaped like a message of django.contrib.messages, for workspace/_messages.html."""

    text: str
    tags: str

    def __str__(self) -> str:
        return self.text


def _organizations() -> tuple[Organization, Organization]:
    body = Organization(
        pk=SAMPLE_PK, kind=OrganizationKind.KOMISI, name="Komisi I (contoh)", slug="komisi-i"
    )
    agency = Organization(
        pk=SAMPLE_PK,
        kind=OrganizationKind.OPD,
        name="Dinas Komunikasi dan Informatika (contoh)",
        slug="diskominfo",
    )
    return body, agency


def _meeting(body: Organization, *, days: int, **fields) -> Meeting:
    start = timezone.now().replace(hour=2, minute=0, second=0, microsecond=0)
    start += datetime.timedelta(days=days)
    defaults = {
        "title": "Rapat kerja Komisi I dengan Diskominfo tentang kanal pengaduan (contoh)",
        "kind": MeetingKind.RAPAT_KERJA,
        "status": MeetingStatus.SCHEDULED,
    }
    meeting = Meeting(
        pk=SAMPLE_PK,
        lead_body=body,
        start=start,
        end=start + datetime.timedelta(hours=3),
        **(defaults | fields),
    )
    meeting.details_visible = True
    return meeting


def _commitment(meeting, body, agency, *, status, verification="", days=14) -> Commitment:
    return Commitment(
        pk=SAMPLE_PK,
        meeting=meeting,
        owner=agency,
        answers_to=body,
        text="Menyusun jadwal sosialisasi SPBE bersama seluruh OPD (contoh).",
        status=status,
        verification=verification,
        progress={CommitmentStatus.DONE: 100, CommitmentStatus.IN_PROGRESS: 40}.get(status, 0),
        due_date=timezone.localdate() + datetime.timedelta(days=days),
    )


def _samples() -> dict:
    body, agency = _organizations()
    meetings = [
        _meeting(body, days=7),
        _meeting(body, days=-30, status=MeetingStatus.HELD),
        _meeting(body, days=3, status=MeetingStatus.POSTPONED),
        _meeting(body, days=5, status=MeetingStatus.CANCELLED),
    ]
    closed = _meeting(body, days=2, kind=MeetingKind.BANGGAR)
    closed.details_visible = False
    held = meetings[1]
    commitments = [
        _commitment(held, body, agency, status=CommitmentStatus.NOT_STARTED, days=-3),
        _commitment(held, body, agency, status=CommitmentStatus.IN_PROGRESS),
        _commitment(
            held, body, agency, status=CommitmentStatus.DONE, verification=Verification.PENDING
        ),
        _commitment(
            held, body, agency, status=CommitmentStatus.DONE, verification=Verification.VERIFIED
        ),
        _commitment(held, body, agency, status=CommitmentStatus.CANNOT_FOLLOW_UP),
        _commitment(
            held,
            body,
            agency,
            status=CommitmentStatus.IN_PROGRESS,
            verification=Verification.SENT_BACK,
        ),
    ]
    chart = stacked_bars(
        name="design-sample",
        title=_("Follow-ups by status (sample numbers)"),
        summary=ngettext(
            "Most overdue now: %(name)s, with %(count)s follow-up.",
            "Most overdue now: %(name)s, with %(count)s follow-ups.",
            3,
        )
        % {"name": agency.name, "count": 3},
        description=_("Follow-ups of each organization by how far they were kept."),
        row_heading=_("Organization"),
        rows=[(agency.name, [4, 2, 1, 5, 3, 1]), (body.name, [2, 0, 2, 3, 0, 0])],
        series=status_series(),
    )
    return {
        "cards": [meeting_card(meeting) for meeting in [*meetings, closed]],
        "commitments": commitments,
        "no_commitments": [],
        "display_statuses": DisplayStatus.choices,
        "meeting_statuses": MeetingStatus.choices,
        "verifications": [choice for choice in Verification.choices if choice[0]],
        "outbox_statuses": [
            (OutboxStatus.SENT, OutboxStatus.SENT.label),
            (OutboxStatus.FAILED, OutboxStatus.FAILED.label),
        ],
        "chart": chart,
        "filter_form": MeetingFilterForm(),
        "month": timezone.localdate(),
        "page": Paginator(range(60), 20).get_page(2),
        "sample_messages": [
            SampleMessage(_("The meeting was saved."), "success"),
            SampleMessage(_("The invitation was sent to 3 agencies."), "info"),
        ],
    }


@secretariat_required
def design_page(request):
    tokens = site_tokens()
    context = {
        "tokens": tokens,
        "type_scale": tokens.starting("text-"),
        "spacing": tokens.starting("space-"),
        **_samples(),
    }
    return render(request, "workspace/design.html", context)
