"""Demo meetings around the day the demo is loaded: upcoming ones of several kinds, one
postponed to a new date, one cancelled, one in another time zone (WITA)."""

import datetime

from commitments.services import (
    meeting_create_with_commitments,
)
from demo.venues import at
from meetings.models import (
    LegislationRole,
    MeetingKind,
    ParticipantRole,
)
from meetings.services import (
    AgendaItemInput,
    ParticipantInput,
    meeting_cancel,
    meeting_reschedule,
)

DAY = datetime.timedelta(days=1)


def _upcoming_health_hearing(*, key, today, org, person, venue, law, clerk):
    meeting_create_with_commitments(
        external_id=key,
        title="RDP Komisi IV dengan Dinas Kesehatan dan RSUD Waluyo Jati tentang layanan kesehatan",
        kind=MeetingKind.RDP,
        lead_body=org["komisi-iv"],
        invited_organizations=[org["dinkes"], org["rsud-waluyo-jati"]],
        start=at(today + DAY, 9),
        end=at(today + DAY, 12),
        venue=venue["ruang-komisi"],
        agenda_items=[
            AgendaItemInput(title="Evaluasi layanan BPJS Kesehatan di puskesmas"),
            AgendaItemInput(title="Kesiapan ruang rawat inap RSUD Waluyo Jati"),
        ],
        participants=[
            ParticipantInput(
                person=person["ning-ayu-nofita-rahmawati"], role=ParticipantRole.CHAIR
            ),
            ParticipantInput(organization=org["dinkes"]),
            ParticipantInput(organization=org["rsud-waluyo-jati"]),
        ],
    )


def _upcoming_roads_working_meeting(*, key, today, org, person, venue, law, clerk):
    meeting_create_with_commitments(
        external_id=key,
        title="Rapat kerja Komisi III dengan DPUPR tentang pemeliharaan jalan kabupaten",
        kind=MeetingKind.RAPAT_KERJA,
        lead_body=org["komisi-iii"],
        invited_organizations=[org["dpupr"]],
        start=at(today + 7 * DAY, 10),
        end=at(today + 7 * DAY, 13),
        venue=venue["ruang-komisi"],
        agenda_items=[
            AgendaItemInput(title="Progres pemeliharaan jalan dan jembatan tahun berjalan")
        ],
        participants=[
            ParticipantInput(person=person["mochammad-al-fatih"], role=ParticipantRole.CHAIR),
            ParticipantInput(organization=org["dpupr"]),
        ],
    )


def _postponed_labour_hearing(*, key, today, org, person, venue, law, clerk):
    meeting = meeting_create_with_commitments(
        external_id=key,
        title="RDP Komisi II dengan Dinas Tenaga Kerja tentang Raperda Ketenagakerjaan",
        kind=MeetingKind.RDP,
        lead_body=org["komisi-ii"],
        invited_organizations=[org["disnaker"]],
        start=at(today - 3 * DAY, 9),
        end=at(today - 3 * DAY, 11),
        venue=venue["ruang-komisi"],
        agenda_items=[
            AgendaItemInput(
                title="Masukan atas Raperda Penyelenggaraan Ketenagakerjaan",
                legislation=law["ketenagakerjaan"],
                legislation_role=LegislationRole.HEARING,
            )
        ],
        participants=[
            ParticipantInput(person=person["reno-handoyo"], role=ParticipantRole.CHAIR),
            ParticipantInput(person=person["saniwar"], organization=org["disnaker"]),
        ],
    )
    meeting_reschedule(
        meeting=meeting,
        new_start=at(today + 10 * DAY, 9),
        reason="Kepala Dinas Tenaga Kerja berhalangan karena tugas ke provinsi (contoh).",
    )


def _cancelled_working_visit(*, key, today, org, person, venue, law, clerk):
    meeting = meeting_create_with_commitments(
        external_id=key,
        title="Kunjungan kerja Komisi I ke Dispendukcapil: layanan adminduk keliling",
        kind=MeetingKind.KUNJUNGAN_KERJA,
        lead_body=org["komisi-i"],
        invited_organizations=[org["dispendukcapil"]],
        start=at(today + 3 * DAY, 9),
        end=at(today + 3 * DAY, 12),
    )
    meeting_cancel(
        meeting=meeting, reason="Bertepatan dengan rapat paripurna yang dijadwalkan Bamus (contoh)."
    )


def _upcoming_plenary(*, key, today, org, person, venue, law, clerk):
    meeting_create_with_commitments(
        external_id=key,
        title="Rapat Paripurna penyampaian Propemperda Tahun 2027",
        kind=MeetingKind.PARIPURNA,
        lead_body=org["dprd-kabupaten-probolinggo"],
        other_bodies=[org["bapemperda"]],
        invited_organizations=[org["pemkab-probolinggo"], org["setda"]],
        start=at(today + 14 * DAY, 10),
        end=at(today + 14 * DAY, 12),
        venue=venue["paripurna"],
        agenda_items=[
            AgendaItemInput(
                title="Penyampaian Propemperda Tahun 2027",
                legislation=law["propemperda"],
                legislation_role=LegislationRole.DECISION,
            )
        ],
        participants=[
            ParticipantInput(person=person["oka-mahendra-jati-kusuma"], role=ParticipantRole.CHAIR),
            ParticipantInput(
                person=person["mohammad-haris"], organization=org["pemkab-probolinggo"]
            ),
        ],
    )


def _visit_in_wita(*, key, today, org, person, venue, law, clerk):
    day = today + 21 * DAY
    meeting_create_with_commitments(
        external_id=key,
        title="Kunjungan kerja Komisi I ke Diskominfos Provinsi Bali: tata kelola SPBE",
        kind=MeetingKind.KUNJUNGAN_KERJA,
        lead_body=org["komisi-i"],
        invited_organizations=[org["diskominfo"]],
        start=at(day, 10, zone="Asia/Makassar"),
        end=at(day, 12, zone="Asia/Makassar"),
        venue=venue["diskominfos-bali"],
        agenda_items=[AgendaItemInput(title="Belajar penerapan SPBE dan satu data")],
        participants=[
            ParticipantInput(person=person["saiful-bahri"], role=ParticipantRole.CHAIR),
            ParticipantInput(person=person["muchlis"], role=ParticipantRole.MEMBER),
            ParticipantInput(person=person["hudan-syarifuddin"], organization=org["diskominfo"]),
        ],
    )


BUILDERS = [
    _upcoming_health_hearing,
    _upcoming_roads_working_meeting,
    _postponed_labour_hearing,
    _cancelled_working_visit,
    _upcoming_plenary,
    _visit_in_wita,
]
