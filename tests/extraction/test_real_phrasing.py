"""Issue 14, round 4: phrasings met in published reports that the corpus did not hold yet.

Each text is written anew for the test; the phenomenon (a lower-case "kota", "Komisi lll", an
office between a comma and a town) is the real one.
"""

import datetime

from extraction.extractor import extract

PUB = datetime.date(2025, 2, 5)


def draft(text: str, published=PUB) -> dict:
    return extract(text=text, published=published)


def names(d: dict) -> list[str]:
    return [p["name"] for p in d["people"]]


def test_a_lower_case_kind_of_region_still_names_the_city():
    d = draft(
        "Hearing Gabungan Sepi OPD\n\nBENGKULU – Anggota komisi II DPRD kota Bengkulu, Rahmat "
        "Saleh, menyayangkan OPD yang absen dalam hearing gabungan yang digelar pada Senin "
        "(26/2/2018). Yang hadir hanya dinas lingkungan hidup.",
        published=datetime.date(2018, 2, 26),
    )
    assert d["is_meeting"]
    assert d["dprd"]["name"] == "DPRD Kota Bengkulu"
    assert d["date"] == "2018-02-26"


def test_a_roman_numeral_typed_with_lower_case_l_is_a_commission():
    d = draft(
        "RDP Dinas PUPRK\n\nBONTANG – Komisi lll DPRD Bontang menggelar rapat dengar pendapat "
        "dengan Dinas PUPRK di Gedung Dewan, Senin (1/8/2022).",
        published=datetime.date(2022, 8, 1),
    )
    assert [b["key"] for b in d["bodies"]] == ["komisi-3"]


def test_a_meeting_noun_used_as_the_verb_is_a_planned_meeting_not_the_day_it_was_said():
    d = draft(
        "Komisi C Akan RDP dengan Tiga Instansi\n\nTIMIKA – Dalam waktu dekat Komisi C DPRD "
        "Mimika akan Rapat Dengar Pendapat (RDP) dengan tiga instansi terkait keluhan warga. "
        "Hal ini disampaikan Wakil Ketua Komisi C DPRD Mimika, Yosep Wanimbo, saat ditemui "
        "wartawan di Gedung DPRD Mimika Jalan Cendrawasih, Rabu (14/07/2021).",
        published=datetime.date(2021, 7, 14),
    )
    assert d["is_meeting"]
    assert d["status"] == "planned"
    assert d["date"] is None


def test_words_after_agenda_or_terkait_that_are_no_topic():
    d = draft(
        "Komisi B Setop Raker\n\nPALOPO – Komisi B DPRD Palopo menghentikan rapat kerja dengan "
        'Dinas PUPR, Senin (3/2). "Rapat ini memiliki agenda penting yang menyangkut warga, '
        'sehingga seharusnya pihak terkait lebih profesional dalam menyiapkan data," kata '
        "Ketua Komisi B, Siliwadi. Ia meminta agar Dinas PUPR segera menyiapkan data terkait "
        "site plan tata ruang pesisir untuk dibahas dalam pertemuan mendatang."
    )
    assert d["topics"] == []


def test_the_topic_after_the_meeting_noun_that_agenda_introduces():
    d = draft(
        "Hearing Disdikbud\n\nSAMARINDA – Komisi IV DPRD Kota Samarinda memanggil Dinas "
        "Pendidikan dalam agenda hearing terkait program kerja, Jumat (10/3/2023).",
        published=datetime.date(2023, 3, 10),
    )
    assert [t["text"] for t in d["topics"]] == ["program kerja"]


def test_offices_written_in_lower_case_or_with_the_town_before_the_name():
    d = draft(
        "Raker PUPR\n\nPALOPO – Komisi B DPRD Palopo menggelar rapat kerja dengan Dinas PUPR, "
        "Senin (3/2). Wakil ketua komisi B Indra Jaya membuka rapat. Sekretaris Dinas PUPR, "
        "Palopo, Ibnu Rasyid hadir tanpa data."
    )
    people = {p["name"]: p["side"] for p in d["people"]}
    assert people == {"Indra Jaya": "dprd", "Ibnu Rasyid": "opd"}


def test_members_listed_after_yakni_are_people_and_short_offices_are_not():
    d = draft(
        "Hearing Pasar\n\nBENGKULU – Komisi II DPRD Kota Bengkulu menggelar hearing, Senin "
        '(3/2). Kadis PUPR, Kadis Perindag, dan UPTD Pasar Panorama tidak tampak. "Kami '
        'kecewa," ujar Ketua Komisi II, Siliwadi, yang didampingi anggota Komisi II lainnya, '
        "yakni Cendrana Saputra, Chairil Natsir, dan Awaluddin Saruman."
    )
    assert names(d) == ["Siliwadi", "Cendrana Saputra", "Chairil Natsir", "Awaluddin Saruman"]


def test_names_with_titles_without_dots_shortened_words_ranks_and_balinese_names():
    d = draft(
        "Raker Dinkes\n\nKENDARI – Komisi IV DPRD Sultra menggelar rapat kerja dengan Dinkes, "
        "Senin (3/2). Ketua Komisi IV DPRD Sultra, Andi Muh. Takdir, memimpin rapat. Anggota "
        "Banggar, KH. Ahmad Fauzi, ikut bertanya. Direktur Intelkam Polda Sultra, Kombes I Made "
        "Suarta, hadir. Kadisbud Sultra, I Gede Astawa, memberi penjelasan."
    )
    people = {p["name"]: p["side"] for p in d["people"]}
    assert people == {
        "Andi Muh. Takdir": "dprd",
        "Ahmad Fauzi": "dprd",
        "I Made Suarta": "other",
        "I Gede Astawa": "opd",
    }


def test_bare_offices_after_a_dprd_office_and_a_councillor_named_by_fraction():
    d = draft(
        "RDP Distrik\n\nTIMIKA – Komisi III DPRK Mimika menggelar RDP dengan empat distrik, "
        "Senin (3/2). Ketua Komisi III, Hamzah Tuasikal, didampingi Wakil Ketua Yohanis Magai "
        "dan Sekretaris Markus Tandi Lolo. Wakil Ketua I DPRK Mimika, Firman Alwi, dan Wakil "
        "Ketua III, Junaidi Rahman, juga hadir. Hal senada disampaikan Dedi Kuswandi dari "
        "Fraksi Gerindra."
    )
    people = {p["name"]: p["side"] for p in d["people"]}
    assert people == dict.fromkeys(
        [
            "Hamzah Tuasikal",
            "Yohanis Magai",
            "Markus Tandi Lolo",
            "Firman Alwi",
            "Junaidi Rahman",
            "Dedi Kuswandi",
        ],
        "dprd",
    )


def test_a_list_of_members_ends_where_an_office_begins_and_staff_serve_the_dprd():
    d = draft(
        "Kunker\n\nMATARAM – Kunjungan kerja DPRD Lombok Barat diterima Wakil Ketua DPRD, "
        "Multazam, "
        "anggota Komisi II, Ahmad Zainal, dan Kepala Dinas Pekerjaan Umum dan Penataan Ruang "
        "Lobar, Made Artana, Senin (3/2). Ketua Komisi II memerintahkan staf komisi, Rina "
        "Nasution, menyiapkan surat."
    )
    people = {p["name"]: p["side"] for p in d["people"]}
    assert people == {
        "Multazam": "dprd",
        "Ahmad Zainal": "dprd",
        "Made Artana": "opd",
        "Rina Nasution": "opd",
    }


def follow_ups(d: dict) -> list[tuple]:
    return [(c["by"], c["kind"], c["text"]) for c in d["commitments"]]


def test_the_regional_government_or_its_head_can_be_asked():
    d = draft(
        "RDP Distrik\n\nTIMIKA – Komisi III DPRK Mimika menggelar RDP dengan empat kepala "
        "distrik, Senin (3/2). Komisi III mendorong Pemkab segera mempercepat pembangunan "
        'lapangan terbang perintis. "Kami minta Wali Kota Medan menjatuhkan sanksi kepada '
        'pegawai yang mangkir," tegas Ketua Komisi III, Hamzah Tuasikal. Ia juga berharap '
        "Penjabat (Pj.) Wali Kota Kendari menjadikan renovasi ruang perawatan atensi."
    )
    assert [f[:2] for f in follow_ups(d)] == [
        ("Pemkab", "request"),
        ("Wali Kota Medan", "request"),
        ("Pj. Wali Kota Kendari", "request"),
    ]


def test_every_agency_asked_through_a_modal_and_an_outside_party_before_one():
    d = draft(
        "RDP OPD Molor\n\nMEDAN – RDP Komisi IV DPRD Kota Medan dengan Dinas Perkim, Selasa "
        '(28/10/2025), molor dua jam. "Ke depan OPD harus hadir tepat waktu," ujar Ketua '
        "Komisi IV, Robert Sihombing. Menurutnya, para kepala dinas seharusnya bisa membagi "
        'diri. "Rapat kami jadwalkan ulang, dan KPU Maluku harus hadir sebelum pilkada," '
        "katanya.",
        published=datetime.date(2025, 10, 28),
    )
    assert ("OPD", "request", "Hadir tepat waktu") in follow_ups(d)
    assert ("OPD", "request", "Membagi diri") in follow_ups(d)
    assert ("KPU Maluku", "request", "Hadir sebelum pilkada") in follow_ups(d)


def test_each_party_to_an_agreement_promises_its_own_part():
    d = draft(
        "Hearing PLN\n\nKEPAHIANG – DPRD Kabupaten Kepahiang menggelar hearing dengan PLN UPDK "
        "Bengkulu dan warga, Rabu (4/12/2019). Hadir pula Kabid BPBD Kepahiang, Suhendri. "
        "Pertama, DPRD Kabupaten Kepahiang bersama PLN akan meninjau lokasi banjir. Kedua, PLN "
        "UPDK Bengkulu akan menindaklanjuti hasil hearing. Ketiga, warga bersedia menjaga "
        "suasana tetap kondusif.",
        published=datetime.date(2019, 12, 4),
    )
    assert [f[:2] for f in follow_ups(d)] == [
        ("DPRD Kabupaten Kepahiang", "commitment"),
        ("PLN", "commitment"),
        ("warga", "commitment"),
    ]
    assert all(c["stated_by"] is None for c in d["commitments"])


def test_what_we_will_do_to_an_agency_is_the_dprds_and_a_list_of_demands_splits():
    d = draft(
        "RDP LKPJ\n\nMETRO – Komisi I DPRD Kota Metro menggelar rapat dengar pendapat, Kamis "
        '(6/6/2024). "Besok Kesbangpol dan Disdukcapil akan kita undang kembali," kata Ketua '
        "Komisi I, Indra Jaya. Ia meminta Dinkes menyeimbangkan belanja pegawai, serta "
        "memaksimalkan program nasional penanganan TB. Rapat kemudian tetap dilanjutkan dengan "
        "peserta yang ada.",
        published=datetime.date(2024, 6, 6),
    )
    assert follow_ups(d) == [
        ("Komisi I", "commitment", "Mengundang kembali"),
        ("Dinkes", "request", "Menyeimbangkan belanja pegawai"),
        ("Dinkes", "request", "Memaksimalkan program nasional penanganan TB"),
    ]


def agencies(d: dict) -> tuple[list[str], list[str]]:
    return [o["name"] for o in d["opds"]], [o["name"] for o in d["opds_mentioned"]]


def test_agencies_named_through_their_officials_and_long_listed_names():
    d = draft(
        "RDP BBM\n\nHALBAR – Komisi II DPRD Halmahera Barat menggelar RDP, Rabu (9/4/2025), "
        "menyusul perusakan Kantor Dinas Perindustrian, Perdagangan, Koperasi dan Usaha Kecil "
        "Menengah (Disperindagkop) Halbar. RDP dihadiri Kabag Hukum, Plt. Kadis Disperindagkop "
        "Halbar dan Sekda Halbar. Rapat juga diikuti Kabag Persidangan Sekretariat DPRD.",
        published=datetime.date(2025, 4, 9),
    )
    assert agencies(d) == (["Bagian Hukum", "Disperindagkop", "Setda"], [])
    assert [p["name"] for p in d["people"]] == []


def test_a_hospital_by_its_place_and_no_agency_inside_a_company_or_the_dprds_own_body():
    d = draft(
        "Kunker RSUD\n\nKENDARI – Komisi III DPRD Kota Kendari melakukan kunjungan kerja ke "
        "Rumah Sakit Umum Daerah (RSUD) Kota Kendari, Senin (29/1/2024), bersama PT PLN "
        "(Persero) UIK Sumatera Bagian Selatan. Hadir pula Ketua Badan Kehormatan Dewan.",
        published=datetime.date(2024, 1, 29),
    )
    assert agencies(d) == (["RSUD Kota Kendari"], [])


def test_kinds_a_summons_in_the_headline_and_the_exact_public_hearing():
    d = draft(
        "Dipanggil Bahas Pilkada, KPU Absen\n\nAMBON – KPU Maluku tidak hadir dalam rapat "
        "koordinasi yang digelar Komisi I DPRD Provinsi Maluku, Selasa (5/11).",
        published=datetime.date(2024, 11, 6),
    )
    assert d["kind"] == "rapat_kerja"
    d = draft(
        "Hearing PLN\n\nKEPAHIANG – DPRD Kabupaten Kepahiang menggelar hearing dengan PLN dan "
        "warga, Rabu (4/12/2019). Rapat dengar pendapat umum (RDPU) itu menghasilkan tiga "
        "kesepakatan.",
        published=datetime.date(2019, 12, 4),
    )
    assert d["kind"] == "rdpu"


def test_a_room_named_after_a_body_with_its_short_form_is_no_body():
    d = draft(
        "RDP PT Timah Ditunda\n\nPANGKALPINANG – Komisi III DPRD Provinsi Kepulauan Bangka "
        "Belitung menunda RDP dengan PT Timah yang sedianya digelar Selasa (2/9/2025) di Ruang "
        "Badan Musyawarah (Banmus) DPRD.",
        published=datetime.date(2025, 9, 2),
    )
    assert [b["key"] for b in d["bodies"]] == ["komisi-3"]
    assert d["kind"] == "rdp"


def test_topics_after_klarifikasi_meliputi_and_a_leading_berkaitan_dengan():
    d = draft(
        "Hearing Tower\n\nSURABAYA – Komisi C DPRD Kota Surabaya menggelar rapat hearing "
        "klarifikasi perizinan tower seluler, Senin (27/2/2012). Bahasannya meliputi retribusi "
        'menara. "Berkaitan dengan retribusi parkir, kita perlu tindaklanjuti untuk pertemuan '
        'berikutnya," kata Ketua '
        "Komisi C, Ahmad Zainuddin. Rapat yang membahas banjir itu dijadwalkan dimulai pukul "
        "09.30.",
        published=datetime.date(2012, 2, 27),
    )
    assert [t["text"] for t in d["topics"]] == [
        "perizinan tower seluler",
        "retribusi menara",
        "retribusi parkir",
        "banjir",
    ]


def test_a_held_meetings_only_day_may_be_the_day_it_was_told():
    d = draft(
        "Kadis Absen\n\nBANDUNG – Anggota Banggar DPRD Jawa Barat menyesalkan ketidakhadiran "
        "kepala dinas dalam rapat kerja Banggar yang membahas LKPD. "
        '"Kehadiran kepala dinas itu penting," '
        "ujarnya ketika ditemui di Gedung DPRD Jabar Jalan Diponegoro, Rabu, (12/6).",
        published=datetime.date(2019, 6, 13),
    )
    assert d["date"] == "2019-06-12"


def test_a_short_form_the_report_defines_names_the_dprd():
    d = draft(
        "RDP Komisi II DPRD Halbar Memanas\n\nHALBAR – Komisi II DPRD Halmahera Barat (Halbar) "
        "menggelar rapat dengar pendapat pada Rabu, 9 April 2025.",
        published=datetime.date(2025, 4, 9),
    )
    assert d["dprd"]["name"] == "DPRD Kabupaten Halmahera Barat"


def test_a_suspended_meeting_continued_on_a_later_day_is_postponed_to_it():
    d = draft(
        "DPRD Babel Skors RDP\n\nPANGKALPINANG – Komisi III DPRD Provinsi Kepulauan Bangka "
        "Belitung menunda rapat dengar pendapat dengan PT Timah yang sedianya digelar Selasa "
        '(2/9/2025). "Rapat hari ini kami skors, dan akan kami lanjutkan Senin depan, 8 '
        'September 2025," kata Ketua Komisi III, Rudi Syahputra.',
        published=datetime.date(2025, 9, 2),
    )
    assert (d["status"], d["date"], d["rescheduled_date"]) == (
        "postponed",
        "2025-09-02",
        "2025-09-08",
    )


def test_what_we_will_do_reads_in_the_active_voice():
    from extraction.extractor.text import active_voice

    assert [
        active_voice(c)
        for c in (
            "undang kembali",
            "adakan rapat lagi",
            "tindaklanjuti hasilnya",
            "panggil PDAM",
            "jadwalkan ulang",
            "sampaikan ke pimpinan",
            "lanjutkan besok",
            "mengundang Dinkes",
            "dijadwalkan ulang",
        )
    ] == [
        "mengundang kembali",
        "mengadakan rapat lagi",
        "menindaklanjuti hasilnya",
        "memanggil PDAM",
        "menjadwalkan ulang",
        "menyampaikan ke pimpinan",
        "melanjutkan besok",
        "mengundang Dinkes",
        "dijadwalkan ulang",
    ]


def test_a_utility_owes_a_follow_up_under_its_own_name_not_its_units():
    d = draft(
        "Hearing PLN\n\nKEPAHIANG – DPRD Kabupaten Kepahiang menggelar hearing dengan PT PLN "
        "(Persero) UPDK Bengkulu, Rabu (4/12/2019). Kedua, PLN UPDK Bengkulu akan "
        "menindaklanjuti hasil hearing.",
        published=datetime.date(2019, 12, 4),
    )
    assert follow_ups(d) == [("PLN", "commitment", "Menindaklanjuti hasil hearing")]


def test_a_named_party_an_order_to_the_secretariat_and_a_passive_undertaking():
    d = draft(
        "Raker Desa Adat\n\nMANGUPURA – Komisi IV DPRD Kabupaten Badung menggelar rapat kerja "
        "dengan Dinas Kebudayaan, Rabu (9/3/2022). Ketua Komisi IV, I Made Sudiarsa, meminta "
        "agar pihak Desa Adat Bale Agung segera menyelesaikan persetujuan MDA. Ia memerintahkan "
        "staf komisi, Rina Nasution, untuk segera membuat surat rekomendasi. Sudiarsa mengatakan "
        "temuan itu akan disampaikan kepada pimpinan DPRD untuk dibahas.",
        published=datetime.date(2022, 3, 9),
    )
    assert follow_ups(d) == [
        ("Desa Adat Bale Agung", "request", "Segera menyelesaikan persetujuan MDA"),
        ("Komisi IV", "commitment", "Segera membuat surat rekomendasi"),
        (
            "Komisi IV",
            "commitment",
            "Menyampaikan temuan itu kepada pimpinan DPRD untuk dibahas",
        ),
    ]
    assert {c["stated_by"] for c in d["commitments"]} == {"I Made Sudiarsa"}


def test_names_in_brackets_with_initials_or_degrees_and_a_province_between_office_and_name():
    d = draft(
        "Hearing Ditunda\n\nPELALAWAN – Rapat dengar pendapat Komisi III DPRD Pelalawan, Senin "
        "(13/4/2015), dipimpin Ketua Komisi III DPRD Pelalawan (Imustiar S.IP), didampingi "
        "Kabag Hukum (Davidson SH). Ketua DPRD Sumenep, Jawa timur, Abdul Hamid Ali Munir, "
        "hadir. Anggota Komisi III, M Zakaria Dimas, bertanya.",
        published=datetime.date(2015, 4, 14),
    )
    assert names(d) == ["Imustiar", "Davidson", "Abdul Hamid Ali Munir", "M Zakaria Dimas"]


def test_dpr_aceh_solo_and_an_evening_date():
    d = draft(
        "Sidak RSUZA\n\nBANDA ACEH – Komisi V DPR Aceh melakukan sidak ke RSUZA, Selasa malam "
        "(08/08/2017).",
        published=datetime.date(2017, 8, 9),
    )
    assert (d["dprd"]["name"], d["date"]) == ("DPR Aceh", "2017-08-08")
    d = draft(
        "Sidak SDN Bayan\n\nSOLO – Komisi IV DPRD Solo melakukan sidak ke SDN Bayan, Kamis "
        "(3/11/2022).",
        published=datetime.date(2022, 11, 3),
    )
    assert d["dprd"]["name"] == "DPRD Kota Surakarta"


def test_agency_names_with_tata_kota_or_ptsp_and_ones_that_end_at_an_official():
    d = draft(
        "RDP Batal\n\nBALIKPAPAN – Komisi III DPRD Balikpapan menggelar RDP dengan Dinas Tata "
        "Kota dan Perumahan (Disperkim), Dinas Penanaman Modal dan PTSP, serta Satuan Polisi "
        "Pamong Praja dan Camat Kecamatan Babulu, Senin (3/2).",
    )
    assert agencies(d)[0] == ["Disperkim", "DPMPTSP", "Satpol PP"]


def test_requests_to_pihak_to_management_to_heads_and_not_a_passive_summons():
    d = draft(
        "Sidak RSUD\n\nNATUNA – Komisi I DPRD Natuna melakukan sidak ke RSUD Natuna, Senin "
        "(3/2). Ketua Komisi I, Marjuni, meminta kepada pihak RSUD Natuna, agar segera "
        'menyelesaikan masalah obat. "Kami ingin agar kepala dinas yang hadir," katanya. '
        '"Kami minta Dinas Perkim harus dihadirkan," ujar Marjuni. "Nanti kami akan lakukan '
        'sidak ketiga," tambahnya.',
    )
    assert follow_ups(d) == [
        ("RSUD Natuna", "request", "Segera menyelesaikan masalah obat"),
        ("OPD", "request", "Kepala dinas yang hadir"),
        ("Komisi I", "commitment", "Melakukan sidak ketiga"),
    ]


def test_no_topic_from_a_clause_about_someone_and_the_meeting_itself_may_be_to_discuss():
    d = draft(
        "RDP Tambang\n\nPPU – Komisi II DPRD PPU menggelar RDP, Senin (3/2), namun kepala dinas "
        "terkait tidak hadir dalam rapat. RDP kali ini diagendakan akan membahas izin tambang "
        "pasir tersebut.",
    )
    assert [t["text"] for t in d["topics"]] == ["izin tambang pasir"]


def test_called_off_and_set_again_is_postponed_and_the_publics_wish_is_not_the_dprds():
    d = draft(
        "RDP Batal\n\nBALIKPAPAN – Ketua Komisi III DPRD Balikpapan, Alwi Qadri, membatalkan RDP "
        "dengan DLH, Senin (3/2). Ia akan menjadwalkan ulang RDP tersebut. Warga juga meminta "
        "agar Bupati Lebak mengevaluasi kinerja PDAM.",
    )
    assert d["status"] == "postponed"
    assert [c["by"] for c in d["commitments"]] == ["Komisi III"]


def test_an_office_then_yakni_and_a_town_between_agency_and_name():
    d = draft(
        "RDP Dinkes\n\nTARAKAN – RDP Komisi II DPRD Kota Tarakan, Senin (3/2), dihadiri Plt "
        "Kepala Dinkes Kota Tarakan Witoyo. Hadir pula kepala dinas sosial yakni Febria "
        "Rachmanita.",
    )
    assert {p["name"]: p["side"] for p in d["people"]} == {
        "Witoyo": "opd",
        "Febria Rachmanita": "opd",
    }


def test_a_speaker_named_only_after_the_verb_takes_the_office_told_before():
    d = draft(
        "Hearing Ditunda\n\nSURABAYA – Hearing Komisi D DPRD Surabaya ditunda, Selasa "
        '(28/8/2018). Wakil ketua komisi D DPRD kota Surabaya mengaku kecewa. "Padahal sudah '
        'tertulis jelas," ucap Junaedi, Selasa (28/8/2018). "Kami akan segera kembali '
        'mengundang Dinkes secepatnya," pungkasnya. "Airnya keruh," ungkap Aswar, salah '
        "seorang warga.",
        published=datetime.date(2018, 8, 28),
    )
    assert {p["name"]: p["side"] for p in d["people"]} == {"Junaedi": "dprd", "Aswar": "other"}
    assert [(c["by"], c["stated_by"]) for c in d["commitments"]] == [("Komisi D", "Junaedi")]


def test_an_agency_that_sent_a_delegate_took_part():
    d = draft(
        "Raker Banggar\n\nBANDUNG – Banggar DPRD Jawa Barat menggelar rapat kerja, Rabu "
        "(12/6/2019). Anggota Banggar, Ahmad Fauzi, mencontohkan Dinas Pendidikan yang mengirim "
        "utusan dengan level terlalu rendah. Hadir pula perwakilan dari Bappeda.",
        published=datetime.date(2019, 6, 12),
    )
    assert agencies(d) == (["Dispendik", "Bappeda"], [])


def test_a_second_hearing_next_week_is_a_further_meeting_with_its_invited_agencies():
    d = draft(
        "Hearing PDAM\n\nBENGKULU – Komisi III DPRD Kota Bengkulu menggelar hearing dengan PDAM "
        "Tirta Dharma, Rabu (2/8/2017). Komisi III pun berencana menggelar hearing kedua pekan "
        "depan dengan mengundang Dinas PUPR dan Bappeda.",
        published=datetime.date(2017, 8, 2),
    )
    assert [(m["date"], m["status"]) for m in d["additional_meetings"]] == [(None, "planned")]
    assert agencies(d) == ([], [])


def test_a_dprd_named_without_its_place_and_words_after_dprd_that_are_no_place():
    d = draft(
        "Rapat Pansus LKPJ\n\nAMBON – Rapat panitia khusus LKPJ antara DPRD dan Pemerintah "
        "Provinsi Maluku, Kamis (22/6/2017), dihadiri Sekretaris DPRD Roy Manuhuttu. Kadis "
        "Kesehatan Provinsi Maluku tidak hadir.",
        published=datetime.date(2017, 6, 22),
    )
    assert d["dprd"]["name"] == "DPRD Provinsi Maluku"
    d = draft(
        "RDP PT AKM\n\nKOTABARU – Komisi II DPRD Kotabaru menggelar rapat dengar pendapat, "
        "Senin (3/2).",
    )
    assert d["dprd"]["name"] == "DPRD Kabupaten Kotabaru"


def test_people_addressed_as_pak_or_ibu_shortened_first_names_and_a_pansus_letter():
    d = draft(
        "Rapat Gabungan\n\nPURWAKARTA – Rapat gabungan Komisi I dan Pansus B DPRD Purwakarta "
        "digelar Senin (3/2). Ketua Pansus B Fitri Maryani memimpin. Ketua Komisi I, Pak Ahong "
        "Sutanto, hadir bersama Sekretaris Komisi I, Moh. Fadli Lahama. Nizar menambahkan, "
        "anggota Komisi I, M. Nizar, setuju.",
    )
    assert names(d) == ["Fitri Maryani", "Ahong Sutanto", "Moh. Fadli Lahama", "M. Nizar"]


def test_the_dprds_own_proposals_and_no_promise_from_a_forecast():
    d = draft(
        "Hearing Buruh\n\nJOMBANG – Komisi D DPRD Jombang menggelar hearing dengan serikat "
        'buruh, Senin (3/2). "Kami akan mengusulkan ke dewan pengupahan. Kami bakal '
        'mengirimkan hasil hearing ke provinsi," kata Ketua Komisi D, Masud Zuremi. Kepala '
        "Disnaker, Priadi, tetap yakin bahwa tahun depan upah buruh akan naik.",
    )
    assert [(c["by"], c["kind"]) for c in d["commitments"]] == [
        ("Komisi D", "commitment"),
        ("Komisi D", "commitment"),
    ]


def test_a_generic_raperda_is_no_title_and_a_headline_verb_is_none():
    d = draft(
        "Empat Raperda Disetujui\n\nTANJUNG REDEB – DPRD Berau menggelar rapat paripurna "
        "penyampaian pendapat akhir fraksi terhadap empat Rancangan Peraturan Daerah (Raperda), "
        "Senin (30/6/2025). Fraksi meminta agar dibahas secara komprehensif.",
        published=datetime.date(2025, 6, 30),
    )
    assert (d["legislation"], d["topics"]) == ([], [])


def test_dates_with_dashes_kinds_listed_in_passing_and_a_pansus_still_to_be_formed():
    d = draft(
        "Rapat Komisi II\n\nAMBON – Komisi II DPRD Provinsi Maluku menggelar rapat, Senin "
        "(30 – 12 – 2019). Kadis ESDM sering tidak hadir dalam rapat komisi maupun paripurna. "
        "Anggota mengusulkan agar lembaga membentuk pansus.",
        published=datetime.date(2019, 12, 30),
    )
    assert (d["date"], d["kind"], [b["key"] for b in d["bodies"]]) == (
        "2019-12-30",
        "komisi",
        ["komisi-2"],
    )


def test_requests_stressed_or_to_management_and_a_company_by_the_short_form_the_report_defined():
    d = draft(
        "RDP RSUD\n\nPALU – Komisi IV DPRD Provinsi Sulawesi Tengah menggelar RDP bersama "
        "Dinkes dan RSUD Undata, Selasa (23/9/2025). Wakil Direktur RSUD Undata, dr. Nasrun, "
        "hadir. Komisi IV mendorong manajemen RSUD Undata menambah alat medis. Dinkes diminta "
        "memperkuat sinergi puskesmas. DPRD juga menekankan agar RSUD Undata membenahi toilet. "
        "Rapat dengan Pertamina Hulu Rokan (PHR) digelar kemudian. Komisi IV meminta PHR "
        'membuka lowongan bagi warga. "PHR sudah berkomitmen membersihkan jalan," kata Ketua '
        "Komisi IV, Moh. Fadli Lahama.",
        published=datetime.date(2025, 9, 23),
    )
    assert [f[:2] for f in follow_ups(d)] == [
        ("RSUD Undata", "request"),
        ("Dinkes", "request"),
        ("RSUD Undata", "request"),
        ("PHR", "request"),
        ("PHR", "commitment"),
    ]


def test_a_hearing_to_be_set_again_reads_as_what_the_body_does():
    d = draft(
        "Hearing Urung\n\nRENGAT – Hearing Komisi II DPRD Indragiri Hulu dengan PT BRS urung "
        "dilaksanakan, Selasa (15/3/2022). Ketua Komisi II, Hendra Wijaya, memastikan hearing "
        "akan dijadwalkan ulang.",
        published=datetime.date(2022, 3, 15),
    )
    assert follow_ups(d) == [("Komisi II", "commitment", "Menjadwalkan ulang hearing")]


def test_a_hospital_named_with_a_title_and_initials_and_a_section_before_the_sekda():
    d = draft(
        "Sidak RSUD\n\nBANDAR LAMPUNG – Komisi IV DPRD Kota Bandar Lampung melakukan sidak ke "
        "RSUD Dr. A. Dadi Tjokrodipo, Selasa (3/12/2019). Rapat lanjutan dihadiri Bagian Hukum "
        "dan Sekda. Soal yang sama juga batal dibahas.",
        published=datetime.date(2019, 12, 3),
    )
    assert agencies(d)[0] == ["RSUD Dr. A. Dadi Tjokrodipo", "Bagian Hukum", "Setda"]
    assert d["topics"] == []


def test_officials_listed_without_commas_each_with_the_agency_before_their_name():
    d = draft(
        "RDP SJR\n\nSUMBAWA BESAR – Komisi II DPRD Kabupaten Sumbawa menggelar rapat dengar "
        "pendapat, Kamis (6/2/2025). Hadir anggota Julkifli SE, Syamsul Bahri dan H Andi "
        "Mappasessu. Dari pemerintah daerah hadir Kabid Anggaran BKAD Dedi Kurniawan, Kabid "
        "Bapenda Indra Lesmana dan Kasubid Bapenda Herlina Safitri.",
        published=datetime.date(2025, 2, 6),
    )
    assert {p["name"]: p["side"] for p in d["people"]} == {
        "Julkifli": "dprd",
        "Syamsul Bahri": "dprd",
        "Andi Mappasessu": "dprd",
        "Dedi Kurniawan": "opd",
        "Indra Lesmana": "opd",
        "Herlina Safitri": "opd",
    }


def test_no_meeting_while_the_dprd_cannot_say_when_and_one_absent_party_does_not_undo_it():
    d = draft(
        "Aliansi Desak DPRA Gelar RDPU\n\nBANDA ACEH – Aliansi Rakyat Aceh mendesak DPR Aceh "
        "segera menggelar RDPU. Desakan itu disampaikan lewat surat, Senin (8/9/2025). Menurut "
        "Sekretaris DPRA, Munawar Hasan, dewan belum bisa memastikan kapan RDPU akan digelar.",
        published=datetime.date(2025, 9, 8),
    )
    assert d["is_meeting"] is False
    d = draft(
        "Komisi III Menolak Ikut\n\nSIAK – Komisi III DPRD Kabupaten Siak tidak hadir dalam "
        "hearing dengan PT Indah Kiat yang digelar pada 3 Oktober 2017.",
        published=datetime.date(2017, 10, 20),
    )
    assert d["is_meeting"] is True


def test_what_a_joint_meeting_of_commissions_takes_on_the_dprd_takes_on():
    d = draft(
        "Rapat Lintas Komisi\n\nSUMBAWA BESAR – Rapat gabungan Komisi I dan Komisi III DPRD "
        'Kabupaten Sumbawa digelar Senin (3/2). "Kami akan turun ke lokasi bersama pemerintah '
        'daerah," kata Ketua Komisi I, Bahtiar Rasyid.',
    )
    assert [c["by"] for c in d["commitments"]] == ["DPRD Kabupaten Sumbawa"]


def test_who_states_it_is_the_one_the_others_accompany_and_a_request_is_a_councillors():
    d = draft(
        "Hearing Urung\n\nRENGAT – Hearing Komisi II DPRD Indragiri Hulu dengan Dinkes urung "
        "dilaksanakan, Selasa (15/3/2022). Kepala Dinkes, Ani Lestari, datang terlambat. Ketua "
        "Komisi II, Hendra Wijaya, didampingi Candra Sitorus dari Fraksi PDI Perjuangan dan "
        "Rusli Yamin dari Fraksi Gerindra, memastikan hearing akan dijadwalkan ulang. Dinkes "
        "diminta menyiapkan data.",
        published=datetime.date(2022, 3, 15),
    )
    assert [(c["by"], c["stated_by"]) for c in d["commitments"]] == [
        ("Komisi II", "Hendra Wijaya"),
        ("Dinkes", "Hendra Wijaya"),
    ]


def test_fraction_readers_members_after_diantaranya_and_lower_case_places_in_offices():
    d = draft(
        "Paripurna Pandangan Fraksi\n\nPONTIANAK – DPRD Kota Pontianak menggelar rapat paripurna, "
        "Senin (3/2). Rapat dipimpin Wakil ketua DPRD kota Pontianak, Firdaus Zarin. Pandangan "
        "umum Fraksi PKB dibacakan oleh Agus Sugianto. Fraksi Golkar melalui juru bicaranya "
        "Sahlan menyetujui. Hadir anggota Komisi I diantaranya, Laurenzus Kadepa dan Elvis "
        "Tabuni.",
    )
    assert {p["name"]: p["side"] for p in d["people"]} == dict.fromkeys(
        ["Firdaus Zarin", "Agus Sugianto", "Sahlan", "Laurenzus Kadepa", "Elvis Tabuni"], "dprd"
    )


def test_each_point_of_a_signed_commitment_is_owed_by_the_party_it_opens_with():
    d = draft(
        "Audiensi PDAM\n\nPURWAKARTA – Komisi II DPRD Kabupaten Purwakarta menerima audiensi "
        "warga bersama PDAM Gapura Tirta Rahayu, Selasa (23/5/2023). Para pihak menandatangani "
        "komitmen bersama berisi tiga poin: PDAM segera memperbaiki pipa bocor; DPRD Purwakarta "
        "mengawasi manajemen PDAM; dan Perumnas ikut bertanggung jawab. Dari pihak PDAM, Yunita "
        "memastikan perbaikan selesai pada 26 Mei 2023.",
        published=datetime.date(2023, 5, 23),
    )
    assert [f[:2] for f in follow_ups(d)] == [
        ("PDAM Gapura Tirta Rahayu", "commitment"),
        ("DPRD Kabupaten Purwakarta", "commitment"),
        ("Perumnas", "commitment"),
        ("PDAM Gapura Tirta Rahayu", "commitment"),
    ]
    assert d["commitments"][-1]["due"] == "2023-05-26"
    assert d["commitments"][-1]["stated_by"] == "Yunita"


def test_a_company_director_named_with_titles_and_a_specialists_degree():
    d = draft(
        "RDP RS\n\nPRABUMULIH – Komisi I DPRD Kota Prabumulih menggelar RDP, Senin (4/8/2025). "
        'Hadir Direktur Utama RS AR Bunda dr. H. Syamsul Rizal SpOG MM. "Kami akan mendatangkan '
        'konsultan khusus," kata Syamsul Rizal.',
        published=datetime.date(2025, 8, 4),
    )
    assert names(d) == ["Syamsul Rizal"]
    assert follow_ups(d) == [("RS AR Bunda", "commitment", "Mendatangkan konsultan khusus")]


def test_agendakan_ulang_and_reschedule_postpone_and_akan_tetapi_promises_nothing():
    d = draft(
        "Rapat Ditunda\n\nCIREBON – Rapat kerja Komisi II DPRD Kota Cirebon dengan DPUTR, Rabu "
        "(8/10/2025), terpaksa di agendakan ulang. Kepala DPUTR, Lalu Muhsin, tidak hadir. "
        '"Akan tetapi kami tetap menunggu," kata Ketua Komisi II, Andi Riyanto.',
        published=datetime.date(2025, 10, 8),
    )
    assert d["status"] == "postponed"
    assert d["commitments"] == []
    assert "Lalu Muhsin" in names(d)
    d = draft(
        "Sidak Proyek\n\nSANANA – Komisi I DPRD Kepulauan Sula melakukan sidak, Senin (3/2).",
    )
    assert d["dprd"]["name"] == "DPRD Kabupaten Kepulauan Sula"


def test_a_dprd_that_names_no_body_owes_its_own_next_step():
    d = draft(
        "RDP Ditunda\n\nMAMASA – Rapat dengar pendapat DPRD Kabupaten Mamasa dengan Sekda ditunda, "
        'Senin (17/2/2020). "Kita akan melakukan pemanggilan kedua, paling lambat hari senin '
        'minggu depan," ungkap Ketua DPRD Mamasa, David Bambalayuk.',
        published=datetime.date(2020, 2, 17),
    )
    assert [(c["by"], c["kind"], c["due"]) for c in d["commitments"]] == [
        ("DPRD Kabupaten Mamasa", "commitment", "2020-02-24")
    ]


def test_an_agency_asking_for_time_promises_what_it_asks_the_time_for():
    d = draft(
        "RDP Pilpanag\n\nSIMALUNGUN – Komisi I DPRD Kabupaten Simalungun menggelar RDP dengan "
        "Dinas Kesehatan, Senin (3/4/2023). Ketua Komisi I, Erwin Saragih, meminta data. "
        "Dinkes juga meminta waktu sekitar satu minggu untuk memenuhi permintaan Komisi I. "
        "Ketua Komisi I juga memberi waktu satu minggu kepada konsultan pengawas untuk "
        "menyerahkan laporan.",
        published=datetime.date(2023, 4, 3),
    )
    assert [(c["by"], c["kind"], c["due"]) for c in d["commitments"]][-2:] == [
        ("Dinkes", "commitment", "2023-04-10"),
        ("konsultan pengawas", "request", "2023-04-10"),
    ]


def test_what_called_the_meeting_is_its_topic_and_who_discussed_it_is_not():
    d = draft(
        "RDP RSUD\n\nTANJUNGBALAI – Komisi C DPRD Tanjungbalai menggelar RDP dengan Dinas "
        "Kesehatan, Kamis (29/2/2024), menyusul meninggalnya pasien anak di rumah sakit itu. "
        "Aduan warga tentang jalan rusak akhirnya dibahas Komisi C dalam rapat itu guna untuk "
        "mengawasi realisasi anggaran jalan.",
        published=datetime.date(2024, 2, 29),
    )
    assert [t["text"] for t in d["topics"]] == [
        "meninggalnya pasien anak di rumah sakit",
        "realisasi anggaran jalan",
    ]


def test_an_offices_numeral_before_a_name_a_haji_title_and_a_speaker_with_a_bracket():
    d = draft(
        "Rapat Gabungan\n\nKUALA KAPUAS – Rapat gabungan komisi DPRD Kapuas dipimpin Ketua DPRD "
        "Kapuas Darius Lambung didampingi Wakil Ketua I Yulius Saman, Senin (3/2). Ketua Komisi "
        'II, Hi. Ridwan Saleh, hadir. "Kami akan mengevaluasi kinerja PDAM," ujar Nurlaela '
        "(Komisi II dari Fraksi Gerindra).",
    )
    assert names(d) == ["Darius Lambung", "Yulius Saman", "Ridwan Saleh", "Nurlaela"]


def test_a_long_agency_name_closed_by_its_town_and_short_form_and_a_lead_request_kept():
    d = draft(
        "Astuti Minta Kabid Hadir\n\nBONTANG – Komisi III DPRD Bontang menggelar rapat dengar "
        "pendapat, Senin (1/8/2022). Anggota Komisi III, Astuti, meminta Dinas Pekerjaan Umum "
        "dan Penataan Ruang Kota (PUPRK) Bontang menghadirkan kepala bidang dalam rapat dewan."
        "\n\nKepala Subbagian Keuangan Dinas PUPRK, Gunawan Tri Cahya, mengatakan kabid akan "
        "hadir ke depannya.",
        published=datetime.date(2022, 8, 1),
    )
    assert [f[:2] for f in follow_ups(d)] == [
        ("Dinas PUPRK", "request"),
        ("Dinas PUPRK", "commitment"),
    ]
    assert follow_ups(d)[0][2].startswith("Menghadirkan kepala bidang")
