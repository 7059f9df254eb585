"""Komisi I invites Diskominfo and Dinkes to a hearing on Rabu, 26 Februari 2025, 09.00 WIB;
the clock stands a week before it."""

import datetime
from zoneinfo import ZoneInfo

from meetings.models import MeetingKind, OfficeRole
from meetings.services import AgendaItemInput, invitation_issue, meeting_create
from tests.factories import (
    AgencyFactory,
    BodyFactory,
    DprdFactory,
    MembershipFactory,
    PersonFactory,
    VenueFactory,
)

WIB = ZoneInfo("Asia/Jakarta")
START = datetime.datetime(2025, 2, 26, 9, tzinfo=WIB)
NOW = datetime.datetime(2025, 2, 19, 10, tzinfo=WIB)
LETTER = {
    "letter_number": "005/123/426.070/2025",
    "letter_date": datetime.date(2025, 2, 19),
    "signer_office": "Ketua Komisi I",
    "signer_name": "H. Contoh, S.H.",
    "signer_nip": "197001012000031001",
}


def build(**meeting_fields):
    dprd = DprdFactory(name="DPRD Kabupaten Probolinggo", slug="dprd-probolinggo")
    komisi = BodyFactory(parent=dprd, name="Komisi I", slug="komisi-i")
    diskominfo = AgencyFactory(
        name="Dinas Komunikasi dan Informatika",
        abbreviation="Diskominfo",
        slug="diskominfo",
        email="diskominfo@example.org",
    )
    dinkes = AgencyFactory(name="Dinas Kesehatan", abbreviation="Dinkes", slug="dinkes")
    head = PersonFactory(name="Ulfiningtyas", email="kadis@example.org")
    MembershipFactory(
        person=head, organization=diskominfo, role=OfficeRole.HEAD, label="Kepala Diskominfo"
    )
    secretary = PersonFactory(name="Sekdis Kominfo")
    MembershipFactory(
        person=secretary,
        organization=diskominfo,
        role=OfficeRole.SECRETARY,
        label="Sekretaris Dinas",
    )
    venue = VenueFactory(
        name="Ruang Argopuro", building="Kantor Bupati", city="Kraksaan", slug="argopuro"
    )
    fields = {
        "title": "Rapat dengar pendapat Raperda RPJMD",
        "kind": MeetingKind.RDP,
        "lead_body": komisi,
        "start": START,
        "end": START + datetime.timedelta(hours=3),
        "venue": venue,
        "invited_organizations": [diskominfo, dinkes],
        "agenda_items": [AgendaItemInput(title="Pembahasan Raperda RPJMD")],
    } | meeting_fields
    meeting = meeting_create(**fields)
    return {
        "dprd": dprd,
        "komisi": komisi,
        "diskominfo": diskominfo,
        "dinkes": dinkes,
        "head": head,
        "secretary": secretary,
        "meeting": meeting,
    }


def issue(meeting, **overrides):
    return invitation_issue(meeting=meeting, now=NOW, **(LETTER | overrides))
