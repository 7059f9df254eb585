"""The demo meetings around the real one: several kinds, open and closed, past and upcoming,
one postponed to a new date, one cancelled, and follow-ups in every status.

Names ending in "(contoh)" are invented for the demo; everything else comes from the directory.
"""

import datetime

from commitments.models import CommitmentKind
from commitments.services import (
    CommitmentInput,
    commitment_close,
    commitment_report_progress,
    commitment_submit,
    commitment_verify,
    meeting_create_with_commitments,
)
from demo.venues import at
from meetings.models import (
    Attendance,
    LegislationRole,
    MeetingKind,
    MeetingStatus,
    MinutesState,
    OutcomeKind,
    ParticipantRole,
    Person,
)
from meetings.services import (
    AgendaItemInput,
    OutcomeInput,
    ParticipantInput,
    meeting_cancel,
    meeting_reschedule,
    meeting_update,
)

DAY = datetime.timedelta(days=1)


def _example_person(slug: str, name: str) -> Person:
    return Person.objects.get_or_create(slug=slug, defaults={"name": name, "is_verified": False})[0]


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


def _closed_budget_meeting(*, key, today, org, person, venue, law, clerk):
    start = today - 10 * DAY
    meeting = meeting_create_with_commitments(
        external_id=key,
        title="Rapat Badan Anggaran dengan TAPD: pembahasan KUA-PPAS",
        kind=MeetingKind.BANGGAR,
        lead_body=org["banggar"],
        invited_organizations=[org["bappelitbangda"], org["bkd"]],
        start=at(start, 13),
        end=at(start, 16),
        venue=venue["ruang-komisi"],
        status=MeetingStatus.HELD,
        agenda_items=[AgendaItemInput(title="Rancangan KUA-PPAS (contoh)", is_public=False)],
        participants=[
            ParticipantInput(
                person=person["oka-mahendra-jati-kusuma"],
                role=ParticipantRole.CHAIR,
                attendance=Attendance.PRESENT,
            ),
            ParticipantInput(
                person=person["juwono-p-utomo"],
                organization=org["bappelitbangda"],
                attendance=Attendance.PRESENT,
            ),
        ],
        commitments=[
            CommitmentInput(
                owner=org["bkd"],
                text="Menyampaikan rincian proyeksi pendapatan asli daerah per sumber (contoh).",
                due_date=start + 14 * DAY,
                is_public=False,
            )
        ],
        author=clerk,
    )
    meeting_update(meeting=meeting, minutes_state=MinutesState.DRAFT)


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


def _transport_hearing_with_followups(*, key, today, org, person, venue, law, clerk):
    start = today - 40 * DAY
    representative = _example_person("sekretaris-dishub-contoh", "Sekretaris Dishub (contoh)")
    meeting = meeting_create_with_commitments(
        external_id=key,
        title="RDP Komisi III dengan Dishub dan DLH tentang angkutan tambang dan kebersihan jalan",
        kind=MeetingKind.RDP,
        lead_body=org["komisi-iii"],
        invited_organizations=[org["dishub"], org["dlh"], org["dpupr"]],
        start=at(start, 9),
        end=at(start, 12),
        venue=venue["ruang-komisi"],
        status=MeetingStatus.HELD,
        agenda_items=[
            AgendaItemInput(
                title="Pengawasan angkutan tambang di jalan kabupaten",
                outcomes=[
                    OutcomeInput(
                        kind=OutcomeKind.DECISION,
                        text="Dishub memasang rambu batas tonase di ruas rawan (contoh).",
                    )
                ],
            ),
            AgendaItemInput(title="Kebersihan jalan dari material tambang"),
        ],
        participants=[
            ParticipantInput(
                person=person["mochammad-al-fatih"],
                role=ParticipantRole.CHAIR,
                attendance=Attendance.PRESENT,
            ),
            ParticipantInput(
                organization=org["dishub"],
                attendance=Attendance.REPRESENTED,
                represented_by=representative,
                assignment_letter="Surat tugas Kepala Dishub (contoh)",
            ),
            ParticipantInput(organization=org["dlh"], attendance=Attendance.PRESENT),
            ParticipantInput(
                organization=org["dpupr"],
                attendance=Attendance.EXCUSED,
                reason="Bersamaan dengan rapat di provinsi (contoh)",
            ),
        ],
        commitments=[
            CommitmentInput(
                owner=org["dishub"],
                agenda_item=0,
                text="Memasang rambu batas tonase di tiga ruas jalan rawan (contoh).",
                due_date=start + 20 * DAY,
            ),
            CommitmentInput(
                owner=org["dishub"],
                agenda_item=0,
                text="Menyusun jadwal razia gabungan angkutan tambang bersama Satpol PP (contoh).",
                due_date=today - 5 * DAY,
            ),
            CommitmentInput(
                owner=org["dlh"],
                agenda_item=1,
                text="Menyediakan armada penyapu jalan di ruas tambang setiap pekan (contoh).",
                due_date=start + 30 * DAY,
            ),
            CommitmentInput(
                kind=CommitmentKind.REQUEST,
                owner=org["dlh"],
                agenda_item=1,
                text="Mengkaji pemindahan lokasi penumpukan material ke luar permukiman (contoh).",
                due_date=start + 30 * DAY,
            ),
        ],
        author=clerk,
    )
    meeting_update(meeting=meeting, minutes_state=MinutesState.APPROVED)
    signs, raids, sweepers, relocation = meeting.commitments.order_by("pk")
    commitment_report_progress(
        commitment=signs, author=clerk, progress=80, text="Rambu terpasang di dua ruas (contoh)."
    )
    commitment_submit(commitment=signs, author=clerk, text="Rambu terpasang di tiga ruas.")
    commitment_verify(commitment=signs, author=clerk, accept=True)
    commitment_report_progress(
        commitment=raids, author=clerk, progress=30, text="Koordinasi awal dengan Satpol PP."
    )
    commitment_submit(commitment=sweepers, author=clerk, text="Armada dijadwalkan tiap Jumat.")
    commitment_close(
        commitment=relocation,
        author=clerk,
        reason="Lahan pengganti belum tersedia dalam APBD tahun berjalan (contoh).",
    )


def _propemperda_meeting(*, key, today, org, person, venue, law, clerk):
    start = today - 20 * DAY
    meeting = meeting_create_with_commitments(
        external_id=key,
        title="Rapat Bapemperda dengan Bagian Hukum Setda tentang Propemperda 2027",
        kind=MeetingKind.BAPEMPERDA,
        lead_body=org["bapemperda"],
        invited_organizations=[org["setda"]],
        start=at(start, 10),
        end=at(start, 12),
        venue=venue["ruang-komisi"],
        status=MeetingStatus.HELD,
        agenda_items=[
            AgendaItemInput(
                title="Usulan Raperda untuk Propemperda 2027",
                legislation=law["propemperda"],
                legislation_role=LegislationRole.DISCUSSION,
            )
        ],
        participants=[
            ParticipantInput(
                person=person["siska-dwiarianti"],
                role=ParticipantRole.CHAIR,
                attendance=Attendance.PRESENT,
            ),
            ParticipantInput(organization=org["setda"], attendance=Attendance.ABSENT),
        ],
        commitments=[
            CommitmentInput(
                owner=org["setda"],
                text="Menyerahkan naskah akademik usulan Raperda eksekutif (contoh).",
                due_date=today + 1 * DAY,
            ),
            CommitmentInput(
                kind=CommitmentKind.REQUEST,
                owner=org["setda"],
                text="Menyampaikan daftar Perda yang perlu dicabut atau diubah (contoh).",
                due_date=today,
            ),
        ],
        author=clerk,
    )
    meeting_update(meeting=meeting, minutes_state=MinutesState.DRAFT)
    sent_back = meeting.commitments.order_by("pk").last()
    commitment_submit(commitment=sent_back, author=clerk, text="Daftar dikirim melalui surat.")
    commitment_verify(
        commitment=sent_back,
        author=clerk,
        accept=False,
        reason="Daftar belum memuat alasan pencabutan tiap Perda.",
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
    _closed_budget_meeting,
    _postponed_labour_hearing,
    _cancelled_working_visit,
    _upcoming_plenary,
    _transport_hearing_with_followups,
    _propemperda_meeting,
    _visit_in_wita,
]
