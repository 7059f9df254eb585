"""The invitation letter (surat undangan) as a PDF, in the secretariats' usual layout.

The letter is an official document addressed to Indonesian agencies: it is always written in
Bahasa Indonesia, whatever language the reader's pages use.
"""

from django.utils import translation
from django.utils.formats import date_format, time_format
from django.utils.translation import gettext as _

from audit.services import audit_export
from meetings.formatting import format_long_date
from meetings.models import Invitation, OrganizationKind
from meetings.selectors_invitation import heads_on
from workspace.printables.pdf import pdf_response

LETTER_LANGUAGE = "id"


def _region(dprd) -> str:
    """ "Kabupaten Probolinggo" from "DPRD Kabupaten Probolinggo"."""
    name = dprd.name.strip()
    for prefix in ("DPRD ", "Dewan Perwakilan Rakyat Daerah "):
        if name.lower().startswith(prefix.lower()):
            return name[len(prefix) :]
    return name


def _place(region: str) -> str:
    """The town the letter is dated at: "Probolinggo" from "Kabupaten Probolinggo"."""
    for prefix in ("Kabupaten ", "Kota ", "Provinsi "):
        if region.startswith(prefix):
            return region[len(prefix) :]
    return region


def _addressee(organization, head) -> str:
    label = head.label.strip() if head else ""
    if label and (organization.name in label or (organization.abbreviation or "-") in label):
        return label
    office = label or _("Head")
    return f"{office} {organization.name}"


def letter_context(invitation: Invitation) -> dict:
    meeting = invitation.meeting
    lead = meeting.lead_body
    dprd = lead if lead.kind == OrganizationKind.DPRD or lead.parent is None else lead.parent
    region = _region(dprd)
    organizations = list(meeting.invited_organizations.order_by("name"))
    heads = heads_on(organization_ids=[o.pk for o in organizations], day=meeting.local_start.date())
    start = meeting.local_start
    return {
        "invitation": invitation,
        "meeting": meeting,
        "region": region,
        "place": _place(region),
        # A letter is dated without the weekday: "Probolinggo, 19 Februari 2025".
        "letter_date": date_format(invitation.letter_date, "j F Y"),
        "addressees": [_addressee(o, heads.get(o.pk)) for o in organizations],
        "day": format_long_date(start.date()),
        "start_time": f"{time_format(start)} {meeting.zone_label}",
        "agenda": [item.title for item in meeting.agenda_items.all()],
    }


def invitation_pdf_response(request, invitation: Invitation, **audit_detail):
    """The letter as a PDF; the download is recorded like every other non-public printable."""
    audit_export(
        request, dataset="invitation", format="pdf", meeting=invitation.meeting_id, **audit_detail
    )
    with translation.override(LETTER_LANGUAGE):
        return pdf_response(
            request,
            "workspace/printables/invitation.html",
            letter_context(invitation),
            filename=f"undangan-{invitation.meeting_id}.pdf",
        )
