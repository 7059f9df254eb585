"""Demo meetings: the 26 February 2025 panel discussion from the news report, and around it a
realistic set of past and upcoming meetings placed relative to the day the demo is loaded.

Each meeting has an `external_id` starting with "demo:"; one that exists is left alone, so
loading twice changes nothing.
"""

import datetime

from django.contrib.auth.models import User
from django.utils import timezone

from commitments.models import CommitmentKind
from commitments.services import (
    CommitmentInput,
    commitment_report_progress,
    meeting_create_with_commitments,
)
from demo import past_meetings, upcoming_meetings
from demo.venues import at, load_legislation, load_venues
from meetings.models import (
    Attendance,
    LegislationRole,
    Meeting,
    MeetingKind,
    MeetingStatus,
    MinutesState,
    Organization,
    OutcomeKind,
    ParticipantRole,
    Person,
)
from meetings.services import (
    AgendaItemInput,
    OutcomeInput,
    ParticipantInput,
    meeting_update,
)

REPORT_URL = (
    "https://wartabromo.com/2025/02/28/dprd-probolinggo-dorong-digitalisasi-"
    "diskominfo-diharapkan-jadi-garda-terdepan-informasi"
)


def load_meetings() -> int:
    """Create the demo meetings that do not exist yet; returns how many were created."""
    today = timezone.localdate()
    org = {o.slug: o for o in Organization.objects.all()}
    person = {p.slug: p for p in Person.objects.all()}
    venue = load_venues()
    law = load_legislation()
    clerk = User.objects.filter(username="setwan").first()
    builders = [
        _panel_discussion_26_feb_2025,
        *past_meetings.BUILDERS,
        *upcoming_meetings.BUILDERS,
    ]
    created = 0
    for build in builders:
        key = f"demo:{build.__name__.strip('_')}"
        if Meeting.objects.filter(external_id=key).exists():
            continue
        build(key=key, today=today, org=org, person=person, venue=venue, law=law, clerk=clerk)
        created += 1
    return created


def _panel_discussion_26_feb_2025(*, key, today, org, person, venue, law, clerk):
    meeting = meeting_create_with_commitments(
        external_id=key,
        title="Diskusi Panel Raperda RPJMD bersama Diskominfo",
        kind=MeetingKind.DISKUSI_PANEL,
        lead_body=org["komisi-i"],
        invited_organizations=[org["diskominfo"]],
        start=at(datetime.date(2025, 2, 26), 9),
        end=at(datetime.date(2025, 2, 26), 12),
        venue=venue["argopuro"],
        status=MeetingStatus.HELD,
        source_url=REPORT_URL,
        summary=(
            "Komisi I membahas peran strategis Diskominfo dalam mengelola media sosial dan "
            "kampanye informasi untuk menyosialisasikan RPJMD kepada masyarakat, serta "
            "digitalisasi dan SPBE."
        ),
        agenda_items=[
            AgendaItemInput(
                title="Raperda RPJMD: peran Diskominfo dalam sosialisasi RPJMD dan digitalisasi",
                legislation=law["rpjmd"],
                legislation_role=LegislationRole.DISCUSSION,
                outcomes=[
                    OutcomeInput(
                        kind=OutcomeKind.CONCLUSION,
                        text="Digitalisasi merupakan keharusan yang tidak bisa ditunda lagi.",
                    ),
                    OutcomeInput(
                        kind=OutcomeKind.RECOMMENDATION,
                        text="Diskominfo diharapkan menjadi garda komunikasi utama pemerintah "
                        "daerah agar masyarakat mudah mengakses informasi kebijakan.",
                    ),
                ],
            )
        ],
        participants=[
            ParticipantInput(
                person=person["didik-humaidi"],
                organization=org["dprd-kabupaten-probolinggo"],
                role=ParticipantRole.SPEAKER,
                attendance=Attendance.PRESENT,
            ),
            ParticipantInput(
                person=person["ulfiningtyas"],
                organization=org["diskominfo"],
                role=ParticipantRole.SPEAKER,
                attendance=Attendance.PRESENT,
            ),
        ],
        commitments=[
            CommitmentInput(
                kind=CommitmentKind.REQUEST,
                owner=org["diskominfo"],
                agenda_item=0,
                text="Membangun sinergi komunikasi dengan seluruh OPD sehingga Diskominfo "
                "menjadi pintu utama penyebaran informasi yang akurat.",
                source_quote="“Bangun sinergi komunikasi dengan seluruh OPD. Jika koordinasi "
                "ini terjalin dengan baik, Diskominfo akan menjadi pintu utama dalam "
                "menyebarkan informasi yang akurat dan membangun citra positif Pemkab "
                "Probolinggo,” tegasnya.",
            ),
            CommitmentInput(
                owner=org["diskominfo"],
                agenda_item=0,
                due_date=today + datetime.timedelta(days=7),
                text="Mengundang narasumber yang kompeten dalam digitalisasi dan SPBE, dengan "
                "melibatkan Bupati, OPD dan legislatif.",
                source_quote="“Kami berencana mengundang narasumber yang kompeten dalam "
                "digitalisasi dan SPBE, serta melibatkan Bupati, OPD, dan legislatif.”",
            ),
        ],
        author=clerk,
    )
    meeting_update(meeting=meeting, minutes_state=MinutesState.APPROVED)
    synergy, session = meeting.commitments.order_by("pk")
    commitment_report_progress(
        commitment=synergy,
        author=clerk,
        progress=40,
        text="Rapat koordinasi kehumasan dengan seluruh OPD digelar; jaringan admin media "
        "sosial OPD dibentuk.",
        date=today - datetime.timedelta(days=30),
    )
    commitment_report_progress(
        commitment=session,
        author=clerk,
        progress=25,
        text="Daftar calon narasumber SPBE disusun; jadwal menunggu agenda Bupati.",
        date=today - datetime.timedelta(days=10),
    )
