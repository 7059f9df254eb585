"""Past demo meetings, one of them closed, with follow-ups in every status.

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
from demo.directory import POLICE_SLUG
from demo.venues import at, working_day_before
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
    meeting_update,
)

DAY = datetime.timedelta(days=1)


def _example_person(slug: str, name: str) -> Person:
    return Person.objects.get_or_create(slug=slug, defaults={"name": name, "is_verified": False})[0]


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
            # An outside party: it has no account, so the secretariat chases and reports it.
            CommitmentInput(
                kind=CommitmentKind.REQUEST,
                owner=org[POLICE_SLUG],
                agenda_item=0,
                text="Menggelar razia gabungan angkutan tambang bersama Dishub (contoh).",
                due_date=today + 10 * DAY,
            ),
        ],
        author=clerk,
    )
    meeting_update(meeting=meeting, minutes_state=MinutesState.APPROVED)
    signs, raids, sweepers, relocation, police_raids = meeting.commitments.order_by("pk")
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
    commitment_report_progress(
        commitment=police_raids,
        author=clerk,
        progress=10,
        text="Surat permohonan razia gabungan dikirim Sekretariat DPRD ke Polres (contoh).",
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


def _recent_hearing_without_minutes(*, key, today, org, person, venue, law, clerk):
    # Held three to five days before the demo is loaded, minutes not yet written: the policy's
    # minutes nudge (two days after a meeting, at any hour) falls due for the secretariat at
    # once, so a fresh demo shows a reminder sent whatever the hour or the day of the week.
    day = working_day_before(today - 3 * DAY)
    meeting_create_with_commitments(
        external_id=key,
        title="Rapat kerja Komisi I dengan Diskominfo tentang kanal pengaduan publik",
        kind=MeetingKind.RAPAT_KERJA,
        lead_body=org["komisi-i"],
        invited_organizations=[org["diskominfo"]],
        start=at(day, 9),
        end=at(day, 11),
        venue=venue["ruang-komisi"],
        status=MeetingStatus.HELD,
        agenda_items=[AgendaItemInput(title="Tindak lanjut aduan masyarakat melalui SP4N-LAPOR!")],
        participants=[
            ParticipantInput(
                person=person["saiful-bahri"],
                role=ParticipantRole.CHAIR,
                attendance=Attendance.PRESENT,
            ),
            ParticipantInput(
                person=person["muchlis"],
                role=ParticipantRole.MEMBER,
                attendance=Attendance.PRESENT,
            ),
            ParticipantInput(
                person=person["hudan-syarifuddin"],
                organization=org["diskominfo"],
                attendance=Attendance.PRESENT,
            ),
        ],
        commitments=[
            # Due tomorrow: the head of Diskominfo (the "diskominfo" account) is reminded from
            # the policy's first sending hour.
            CommitmentInput(
                owner=org["diskominfo"],
                agenda_item=0,
                text="Menyampaikan rekap aduan SP4N-LAPOR! yang belum dijawab OPD (contoh).",
                due_date=today + 1 * DAY,
            ),
            # The DPRD keeps its own promises on record: Komisi I owes the follow-up hearing,
            # its chair and members report on it, the Pimpinan DPRD verifies it.
            CommitmentInput(
                owner=org["komisi-i"],
                agenda_item=0,
                text="Menjadwalkan rapat lanjutan bersama Diskominfo tentang SPBE dan narasumber "
                "digitalisasi (contoh).",
                due_date=today + 10 * DAY,
            ),
        ],
        author=clerk,
    )


BUILDERS = [
    _recent_hearing_without_minutes,
    _closed_budget_meeting,
    _transport_hearing_with_followups,
    _propemperda_meeting,
]
