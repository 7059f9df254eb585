"""The four published datasets, in the order the catalogue lists them."""

from django.utils.translation import gettext_lazy as _

from commitments.models import OwnerGroup
from opendata import sources
from opendata.datasets import (
    Dataset,
    Field,
    agenda_rows,
    attendance_rows,
    commitment_rows,
    meeting_rows,
)

MEETING_ID = Field(
    "meeting_id", "integer", _("The meeting's identifier (see the meetings dataset).")
)

DATASETS = (
    Dataset(
        slug="meetings",
        title=_("DPRD meetings with government agencies"),
        description=_(
            "Every open meeting of the DPRD and its bodies with the government agencies (OPD): "
            "kind, status, time in the meeting's own zone, bodies, invited organizations and "
            "place. Closed meetings are not included."
        ),
        keywords=("DPRD", "OPD", "rapat", "meetings"),
        fields=(
            Field("id", "integer", _("The meeting's identifier.")),
            Field("url", "string", _("The meeting's page.")),
            Field("title", "string", _("Title.")),
            Field("kind", "string", _("Meeting kind (code), e.g. rdp, rapat_kerja.")),
            Field("kind_label", "string", _("Meeting kind, in words.")),
            Field("status", "string", _("scheduled, held, postponed or cancelled.")),
            Field("status_label", "string", _("Status, in words.")),
            Field("start", "datetime", _("Start, ISO 8601 with the offset of its zone.")),
            Field("end", "datetime", _("End, ISO 8601 with the offset of its zone.")),
            Field(
                "time_zone",
                "string",
                _(
                    "The meeting's zone: Asia/Jakarta (WIB), Asia/Makassar (WITA) or "
                    "Asia/Jayapura (WIT)."
                ),
            ),
            Field("lead_body", "string", _("The DPRD body that leads the meeting.")),
            Field("lead_body_slug", "string", _("The lead body's short name in addresses.")),
            Field("other_bodies", "array", _("Other bodies of a joint meeting.")),
            Field("invited_organizations", "array", _("Invited agencies and organizations.")),
            Field("venue", "string", _("Place and address.")),
            Field("online_url", "string", _("Link of an online meeting.")),
            Field("summary", "string", _("Summary.")),
            Field("minutes_state", "string", _("Minutes: none, draft or approved.")),
            Field(
                "rescheduled_to",
                "integer",
                _("For a postponed meeting: the new meeting's identifier."),
            ),
            Field("source_url", "string", _("The report or press release it was recorded from.")),
        ),
        rows=meeting_rows,
        source=sources.open_meetings,
        meetings_path="",
        modified_field="updated_at",
        has_ocd=True,
    ),
    Dataset(
        slug="agenda-items",
        title=_("Agenda items of DPRD meetings"),
        description=_(
            "The public agenda items of open meetings, with the legislation (Raperda, RPJMD) "
            "each one concerns and the meeting's role for it."
        ),
        keywords=("DPRD", "agenda", "Raperda", "legislasi"),
        fields=(
            Field("id", "integer", _("The agenda item's identifier.")),
            MEETING_ID,
            Field("meeting_url", "string", _("The meeting's page.")),
            Field("order", "integer", _("Position on the agenda.")),
            Field("number", "string", _("Number as written, e.g. 2.a.")),
            Field("title", "string", _("Title.")),
            Field("description", "string", _("Description.")),
            Field("legislation", "string", _("Title of the legislation concerned.")),
            Field("legislation_kind", "string", _("raperda, propemperda, rpjmd or other.")),
            Field("legislation_role", "string", _("hearing, discussion, decision or information.")),
        ),
        rows=agenda_rows,
        source=sources.public_agenda_items,
        meetings_path="meeting__",
        modified_field="meeting__updated_at",
    ),
    Dataset(
        slug="attendance",
        title=_("Attendance at DPRD meetings"),
        description=_(
            "Who was invited to each open meeting and whether they came: present, represented "
            "(with the letter of assignment), absent or excused."
        ),
        keywords=("DPRD", "OPD", "kehadiran", "attendance"),
        fields=(
            Field("id", "integer", _("The attendance row's identifier.")),
            MEETING_ID,
            Field("meeting_start", "datetime", _("The meeting's start, with its offset.")),
            Field(
                "person", "string", _("The person invited, with titles; empty for an organization.")
            ),
            Field("organization", "string", _("The organization the person attends for.")),
            Field("organization_slug", "string", _("The organization's short name in addresses.")),
            Field(
                "role",
                "string",
                _("chair, speaker, resource_person, member, guest or minute_taker."),
            ),
            Field("attendance", "string", _("invited, present, represented, absent or excused.")),
            Field("attendance_label", "string", _("Attendance, in words.")),
            Field("represented_by", "string", _("Who came in their place.")),
            Field(
                "assignment_letter",
                "string",
                _("The letter of assignment (surat tugas) of the representative."),
            ),
            Field("reason", "string", _("Reason for absence.")),
        ),
        rows=attendance_rows,
        source=sources.public_attendance,
        meetings_path="meeting__",
        modified_field="meeting__updated_at",
    ),
    Dataset(
        slug="commitments",
        title=_("Follow-ups of DPRD meetings"),
        description=_(
            "The public follow-ups (tindak lanjut) made in open meetings: what each agency, "
            "DPRD body or outside party promised or was asked, by when, its status in the "
            "audit office's vocabulary and whether the DPRD verified it."
        ),
        keywords=("DPRD", "OPD", "tindak lanjut", "akuntabilitas"),
        fields=(
            Field("id", "integer", _("The follow-up's identifier.")),
            Field("url", "string", _("The follow-up's page.")),
            MEETING_ID,
            Field("meeting_date", "date", _("The day of the meeting.")),
            Field("agenda_item_id", "integer", _("The public agenda item it belongs to, if any.")),
            Field("kind", "string", _("commitment (made by its owner) or request (made to it).")),
            Field("text", "string", _("The follow-up.")),
            Field("owner", "string", _("Who owes it: an agency, a DPRD body or an outside party.")),
            Field("owner_slug", "string", _("The owner's short name in addresses.")),
            Field(
                "owner_kind",
                "string",
                _(
                    "opd (a government agency), body (the DPRD or one of its bodies: the "
                    "DPRD's own promise) or external (an outside party such as the police, a "
                    "BUMD or a contractor)."
                ),
                enum=tuple(OwnerGroup.values),
            ),
            Field("answers_to", "string", _("The DPRD body it answers to.")),
            Field("answers_to_slug", "string", _("The body's short name in addresses.")),
            Field("due_date", "date", _("Due date.")),
            Field("status", "string", _("not_started, in_progress, done or cannot_follow_up.")),
            Field(
                "status_label",
                "string",
                _("Status, in words, as the pages show it: done only once verified."),
            ),
            Field("progress", "integer", _("Progress in percent.")),
            Field("verification", "string", _("Empty, pending, verified or sent_back.")),
            Field("verified_on", "date", _("The day the DPRD gave its verdict.")),
            Field("overdue", "boolean", _("Past its due date and not closed, today.")),
        ),
        rows=commitment_rows,
        source=sources.public_commitments,
        meetings_path="meeting__",
        modified_field="updated_at",
    ),
)

BY_SLUG = {dataset.slug: dataset for dataset in DATASETS}
