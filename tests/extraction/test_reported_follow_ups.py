"""Issue 14: follow-ups in reported speech, who stated them and when they are due."""

import datetime

from extraction.extractor import Directory, OrgEntry, extract

KAB = "kabupaten contoh"
DIRECTORY = Directory(
    organizations=(
        OrgEntry(1, "dprd", "DPRD Kabupaten Contoh", "DPRD Kabupaten Contoh", region=KAB),
        OrgEntry(2, "komisi", "Komisi III", parent_id=1, region=KAB),
        OrgEntry(5, "opd", "Dinas Pekerjaan Umum dan Penataan Ruang", "DPUPR", region=KAB),
        OrgEntry(6, "opd", "Dinas Perhubungan", "Dishub", region=KAB),
    ),
)
PUB = datetime.date(2025, 3, 5)
OPENING = (
    "Komisi III DPRD Kabupaten Contoh menggelar rapat dengar pendapat dengan Dinas Pekerjaan "
    "Umum dan Penataan Ruang (DPUPR) di ruang rapat komisi, Selasa (4/3/2025).\n\n"
)


def follow_ups(body: str) -> list[tuple]:
    found = extract(text=OPENING + body, published=PUB, directory=DIRECTORY)
    return [(c["kind"], c["by"], c["due"], c["stated_by"]) for c in found["commitments"]]


def people(body: str) -> list[str]:
    found = extract(text=OPENING + body, published=PUB, directory=DIRECTORY)
    return [p["name"] for p in found["people"]]


def test_a_body_numeral_before_a_member_is_no_person():
    body = (
        "Anggota Komisi III, Hendra Gunawan, mendesak DPUPR supaya melibatkan warga dalam "
        "pengawasan proyek."
    )
    assert people(body) == ["Hendra Gunawan"]
    assert follow_ups(body) == [("request", "DPUPR", None, "Hendra Gunawan")]


def test_every_sentence_of_a_quote_is_said_by_the_person_named_after_it():
    body = (
        "Kepala DPUPR, Bambang Sutrisno, mengatakan perbaikan jalan sudah masuk anggaran.\n\n"
        "“Kami minta dinas segera mendata jalan yang rusak. Datanya kami tunggu,” tegas Ketua "
        "Komisi III, Rina Wulandari."
    )
    assert follow_ups(body) == [("request", "DPUPR", None, "Rina Wulandari")]


def test_a_deadline_opening_the_next_sentence_belongs_to_the_follow_up():
    body = (
        "“Kami akan segera memperbaiki jalan itu. Paling lambat akhir bulan ini sudah selesai,” "
        "ujar Kepala DPUPR, Bambang Sutrisno.\n\n"
        "“Kami minta dinas mendata jalan yang rusak. Laporannya harus masuk sebelum akhir "
        "tahun,” tegas Ketua Komisi III, Rina Wulandari."
    )
    assert follow_ups(body) == [
        ("commitment", "DPUPR", "2025-03-31", "Bambang Sutrisno"),
        ("request", "DPUPR", "2025-12-31", "Rina Wulandari"),
    ]


def test_a_deadline_in_another_paragraph_is_not_taken():
    body = (
        "“Kami akan segera memperbaiki jalan itu,” ujar Kepala DPUPR, Bambang Sutrisno.\n\n"
        "Paling lambat akhir bulan ini anggaran perubahan dibahas."
    )
    assert follow_ups(body) == [("commitment", "DPUPR", None, "Bambang Sutrisno")]


def test_what_an_agency_should_do_in_a_councillors_words_is_asked_of_it():
    body = (
        "Ketua Komisi III, Rina Wulandari, menilai pengawasan proyek lemah. Menurutnya, DPUPR "
        "seharusnya memasang papan informasi di setiap proyek. Dishub juga perlu berkoordinasi "
        "dengan kepolisian."
    )
    assert follow_ups(body) == [
        ("request", "DPUPR", None, "Rina Wulandari"),
        ("request", "Dishub", None, "Rina Wulandari"),
    ]


def test_a_modal_before_no_action_asks_nothing():
    body = (
        "Ketua Komisi III, Rina Wulandari, menyebut DPUPR perlu waktu dua bulan untuk "
        "mendata jalan."
    )
    assert follow_ups(body) == []


def test_the_sentence_after_a_reported_request_names_who_said_it():
    body = (
        "Dalam rapat itu, Komisi III meminta DPUPR segera memperbaiki jalan yang rusak. Hal itu "
        "disampaikan Ketua Komisi III, Rina Wulandari, usai rapat."
    )
    assert follow_ups(body) == [("request", "DPUPR", None, "Rina Wulandari")]


def test_a_hoped_deadline_counted_from_the_meeting():
    body = (
        "Ketua Komisi III, Rina Wulandari, meminta kepada Dishub untuk menyusun rencana tindak "
        "lanjut. Ia berharap rencana itu diserahkan paling lambat dua minggu setelah rapat."
    )
    assert follow_ups(body) == [("request", "Dishub", "2025-03-18", "Rina Wulandari")]


def test_a_speaker_named_with_the_office_after_the_closing_verb_states_the_quote():
    body = (
        "“Kami minta DPUPR memperbaiki jalan Godean sebelum Lebaran,” tegas Rina Wulandari, "
        "Ketua Komisi III DPRD Kabupaten Contoh."
    )
    assert people(body) == ["Rina Wulandari"]
    assert follow_ups(body) == [("request", "DPUPR", None, "Rina Wulandari")]


def test_a_question_in_a_quote_is_no_follow_up():
    body = (
        "“Apakah DPUPR akan memperbaiki jalan Godean sebelum Lebaran?” tanya Ketua Komisi III, "
        "Rina Wulandari."
    )
    assert follow_ups(body) == []


def test_the_commission_going_to_the_site_or_continuing_the_meeting_is_its_follow_up():
    body = (
        "Ketua Komisi III, Rina Wulandari, mengatakan pihaknya akan turun langsung ke lokasi "
        "untuk memastikan perbaikan berjalan. Menurut Rina, rapat akan dilanjutkan pekan depan "
        "dengan menghadirkan kontraktor."
    )
    # "pekan depan" said at the meeting on Tuesday 4 March is due by the end of next week.
    assert follow_ups(body) == [
        ("commitment", "Komisi III", None, "Rina Wulandari"),
        ("commitment", "Komisi III", "2025-03-16", "Rina Wulandari"),
    ]


def test_a_project_continued_is_no_meeting_continued():
    body = (
        "Ketua Komisi III, Rina Wulandari, mengatakan proyek itu harus dievaluasi sebelum "
        "dilanjutkan."
    )
    assert follow_ups(body) == []


def test_an_official_assuring_a_finish_month_promises_it_by_that_month():
    body = (
        "Kepala DPUPR, Bambang Sutrisno, memastikan perbaikan jalan rampung pada Juni 2025.\n\n"
        "“Kami minta DPUPR memastikan pengerjaannya berkualitas,” kata Ketua Komisi III, Rina "
        "Wulandari."
    )
    assert follow_ups(body) == [
        ("commitment", "DPUPR", "2025-06-30", "Bambang Sutrisno"),
        ("request", "DPUPR", None, "Rina Wulandari"),
    ]


def test_a_request_to_the_regency_through_an_agency_is_owed_by_the_agency():
    body = (
        "Ketua Komisi III, Rina Wulandari, mendesak Pemkab Contoh melalui DPUPR agar "
        "mempercepat lelang proyek jalan."
    )
    assert follow_ups(body) == [("request", "DPUPR", None, "Rina Wulandari")]


def test_people_named_after_who_led_or_after_the_quote_verb():
    body = (
        "Rombongan dipimpin koordinator komisi, Suyuti, dan diikuti anggota Banleg, Bujang "
        "Sapri.\n\n"
        "“Jalannya rusak parah,” ungkap Aswar, salah seorang warga."
    )
    found = extract(text=OPENING + body, published=PUB, directory=DIRECTORY)
    assert [(p["name"], p["side"]) for p in found["people"]] == [
        ("Suyuti", "dprd"),
        ("Bujang Sapri", "dprd"),
        ("Aswar", "other"),
    ]


def test_a_councillors_hope_for_an_agency_is_asked_of_it_unless_it_is_a_state():
    body = (
        "Ketua Komisi III, Rina Wulandari, berharap DPUPR dapat segera memperbaiki jalan "
        "Godean. Ia juga berharap Dishub bisa menjadi garda depan keselamatan jalan."
    )
    found = extract(text=OPENING + body, published=PUB, directory=DIRECTORY)
    assert [(c["by"], c["text"]) for c in found["commitments"]] == [
        ("DPUPR", "Segera memperbaiki jalan Godean")
    ]


def test_a_day_after_the_meeting_in_the_promise_is_its_due_date():
    body = (
        "Kepala DPUPR, Bambang Sutrisno, berjanji akan menyerahkan data jalan rusak pada Senin "
        "(10/3/2025).\n\n"
        "“Kami akan memasang rambu,” ujar Kepala Dishub, Joko Santoso, Kamis (6/3/2025)."
    )
    assert follow_ups(body) == [
        ("commitment", "DPUPR", "2025-03-10", "Bambang Sutrisno"),
        ("commitment", "Dishub", None, "Joko Santoso"),
    ]


def test_a_company_managers_promise_is_owed_by_the_company():
    text = (
        "Hearing dengan PLN\n\n"
        "PEKANBARU – Komisi III DPRD Kabupaten Contoh menggelar hearing dengan PT PLN UP3 "
        "Contoh di ruang rapat komisi, Selasa (4/3/2025).\n\n"
        "General Manager PT PLN UP3 Contoh, Andi Saputra, berjanji akan mengurangi pemadaman "
        "bergilir.\n\n"
        "Ketua Komisi III, Rina Wulandari, meminta pihak PLN segera mengganti trafo yang rusak."
    )
    found = extract(text=text, published=PUB, directory=DIRECTORY)
    assert [(c["kind"], c["by"], c["stated_by"]) for c in found["commitments"]] == [
        ("commitment", "PT PLN UP3 Contoh", "Andi Saputra"),
        ("request", "PLN", "Rina Wulandari"),
    ]


def test_the_meeting_a_body_schedules_is_no_follow_up_but_calling_again_is():
    scheduled = (
        "Ketua Komisi III, Rina Wati, mengatakan komisi akan menggelar RDP pada hari Jumat.\n\n"
        "“Kami akan mengundang Dishub untuk membahas temuan itu,” ujar Rina."
    )
    again = (
        "“Kami akan kembali memanggil DPUPR bila jalan belum diperbaiki,” ujar Ketua Komisi III, "
        "Rina Wati."
    )
    assert [f[:2] for f in follow_ups(scheduled)] == []
    assert [f[:2] for f in follow_ups(again)] == [("commitment", "Komisi III")]


def test_a_due_phrase_in_a_promise_is_resolved_against_the_meeting_date():
    # The meeting was on Tuesday 4 March; the report is of 5 March.
    assert follow_ups(
        "Kepala DPUPR, Bambang Sutrisno, berjanji memperbaiki jalan itu paling lambat Senin depan."
    ) == [("commitment", "DPUPR", "2025-03-10", "Bambang Sutrisno")]
    assert follow_ups(
        "Menurut Kepala DPUPR Bambang Sutrisno, pihaknya akan memperbaiki jalan itu dalam 14 hari "
        "kerja."
    ) == [("commitment", "DPUPR", "2025-03-24", "Bambang Sutrisno")]


def test_a_deadline_sentence_with_its_own_words_after_the_promise():
    body = (
        "“Kami akan memperbaiki jalan itu. Batas waktunya akhir bulan depan,” ujar Kepala DPUPR, "
        "Bambang Sutrisno."
    )
    assert follow_ups(body) == [("commitment", "DPUPR", "2025-04-30", "Bambang Sutrisno")]


def test_when_work_starts_is_not_when_it_is_due():
    body = (
        "Pernyataan itu disampaikan Kepala DPUPR, Bambang Sutrisno. Ia menyebut perbaikan jalan "
        "akan dimulai pekan depan."
    )
    assert follow_ups(body) == [("commitment", "DPUPR", None, "Bambang Sutrisno")]


def test_an_official_named_before_the_office_speaks_for_its_agency():
    assert follow_ups(
        "Bambang Sutrisno, Kepala DPUPR, menyatakan pihaknya siap memperbaiki jalan itu."
    ) == [("commitment", "DPUPR", None, "Bambang Sutrisno")]
    assert follow_ups(
        "“Kami akan memperbaiki jalan itu,” ucap Bambang Sutrisno, Kepala DPUPR, usai rapat."
    ) == [("commitment", "DPUPR", None, "Bambang Sutrisno")]


def test_a_name_then_selaku_and_the_office():
    body = "Rina Wulandari selaku Ketua Komisi III meminta DPUPR memperbaiki jalan itu."
    assert people(body) == ["Rina Wulandari"]
    assert follow_ups(body) == [("request", "DPUPR", None, "Rina Wulandari")]
    after_the_quote = "“Kami akan memperbaiki jalan,” ucap Bambang Sutrisno selaku Kepala DPUPR."
    assert follow_ups(after_the_quote) == [("commitment", "DPUPR", None, "Bambang Sutrisno")]


def drafted_follow_ups(text: str) -> list[tuple]:
    found = extract(text=text, published=PUB, directory=DIRECTORY)
    return [(c["kind"], c["by"], c["text"], c["stated_by"]) for c in found["commitments"]]


def test_a_company_officer_asked_in_the_passive_is_asked_of_the_companies_met():
    text = (
        "Komisi III DPRD Kabupaten Contoh menggelar hearing dengan 12 perusahaan perkebunan, "
        "Selasa (4/3/2025).\n\n"
        "Ketua Komisi III, Rina Wulandari, mengatakan banyak pimpinan yang absen. Pada hearing "
        "berikutnya direktur utama diminta hadir sendiri."
    )
    assert drafted_follow_ups(text) == [
        ("request", "perusahaan perkebunan", "Direktur utama hadir sendiri", "Rina Wulandari")
    ]


def test_a_councillors_wish_for_work_is_asked_of_whoever_does_it():
    text = (
        "Komisi III DPRD Kabupaten Contoh meninjau perbaikan bendung yang dikerjakan PT Tirta "
        "Abadi di Desa Sukamaju, Selasa (4/3/2025).\n\n"
        "“Kami ingin perbaikan ini selesai tepat waktu,” ujar Ketua Komisi III, Rina Wulandari."
    )
    assert drafted_follow_ups(text) == [
        ("request", "PT Tirta Abadi", "Perbaikan ini selesai tepat waktu", "Rina Wulandari")
    ]


def test_what_is_rescheduled_is_told_before_its_time():
    body = (
        "Ketua Komisi III, Rina Wulandari, kecewa. Menurutnya penjelasan dari DPUPR tetap akan "
        "diminta, namun waktunya dijadwal ulang."
    )
    found = extract(text=OPENING + body, published=PUB, directory=DIRECTORY)
    assert [(c["by"], c["text"]) for c in found["commitments"]] == [
        ("Komisi III", "Penjelasan dari DPUPR tetap akan diminta, namun waktunya dijadwal ulang")
    ]


def test_the_work_promised_given_a_target_date_in_the_next_sentence():
    body = (
        "Kepala DPUPR, Bambang Sutrisno, mengatakan pihaknya akan memperbaiki jalan itu. "
        "Perbaikan jalan itu ditargetkan rampung pada Juni."
    )
    assert follow_ups(body) == [("commitment", "DPUPR", "2025-06-30", "Bambang Sutrisno")]


def test_a_deadline_given_to_an_agency_is_a_request_due_when_it_runs_out():
    body = (
        "Ketua Komisi III, Rina Wulandari, memberi waktu dua minggu kepada DPUPR untuk "
        "memperbaiki jalan yang rusak."
    )
    found = extract(text=OPENING + body, published=PUB, directory=DIRECTORY)
    assert [(c["kind"], c["by"], c["text"], c["due"]) for c in found["commitments"]] == [
        ("request", "DPUPR", "Memperbaiki jalan yang rusak", "2025-03-18")
    ]


def test_an_agency_undertaking_or_targeting_the_work_promises_it():
    assert follow_ups(
        "Kepala DPUPR, Bambang Sutrisno, menyanggupi perbaikan jalan itu pada 2025."
    ) == [("commitment", "DPUPR", "2025-12-31", "Bambang Sutrisno")]
    assert follow_ups(
        "“Kami targetkan jalan itu mulus sebelum Lebaran,” ujar Kepala DPUPR, Bambang Sutrisno."
    ) == [("commitment", "DPUPR", None, "Bambang Sutrisno")]


def test_agreeing_to_the_request_is_no_promise_of_its_own():
    body = (
        "Ketua Komisi III, Rina Wulandari, meminta DPUPR mendata jalan yang rusak. Kepala DPUPR, "
        "Bambang Sutrisno, menyanggupi permintaan tersebut."
    )
    assert follow_ups(body) == [("request", "DPUPR", None, "Rina Wulandari")]


def test_an_officials_target_for_the_work_is_the_agencys_promise():
    body = (
        "Kepala DPUPR, Bambang Sutrisno, menyatakan perbaikan jalan ditargetkan rampung pada "
        "akhir Juli 2025."
    )
    found = extract(text=OPENING + body, published=PUB, directory=DIRECTORY)
    assert [(c["kind"], c["by"], c["text"], c["due"]) for c in found["commitments"]] == [
        ("commitment", "DPUPR", "Perbaikan jalan ditargetkan rampung pada akhir Juli 2025",
         "2025-07-31")
    ]  # fmt: skip
    # A councillor's word on the target is no agency's promise.
    councillor = "Ketua Komisi III, Rina Wulandari, menyatakan perbaikan ditargetkan rampung Juli."
    assert follow_ups(councillor) == []


def test_degrees_after_a_name_and_an_office_through_pada():
    assert follow_ups("Kepala DPUPR Bambang Sutrisno ST MT berjanji memperbaiki jalan itu.") == [
        ("commitment", "DPUPR", None, "Bambang Sutrisno")
    ]
    body = (
        "Kepala Bidang Bina Marga pada DPUPR, Yudi Hartono, menyebut pihaknya akan memperbaiki "
        "jalan itu."
    )
    assert follow_ups(body) == [("commitment", "DPUPR", None, "Yudi Hartono")]


def test_an_agency_given_time_to_do_something_is_asked_to_do_it_by_then():
    body = (
        "Ketua Komisi III, Rina Wulandari, menilai perbaikan lamban. DPUPR diberi waktu dua "
        "minggu untuk menambal jalan yang berlubang."
    )
    found = extract(text=OPENING + body, published=PUB, directory=DIRECTORY)
    assert [(c["kind"], c["by"], c["text"], c["due"]) for c in found["commitments"]] == [
        ("request", "DPUPR", "Menambal jalan yang berlubang", "2025-03-18")
    ]
