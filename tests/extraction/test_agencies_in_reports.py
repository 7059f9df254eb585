"""Issue 14: which agencies a report says took part, on reports about any DPRD."""

import datetime

from extraction.extractor import Directory, extract

PUB = datetime.date(2025, 3, 12)


def agencies(text: str) -> tuple[list[str], list[str]]:
    found = extract(text=text, published=PUB, directory=Directory(organizations=()))
    return [o["name"] for o in found["opds"]], [o["name"] for o in found["opds_mentioned"]]


def test_agencies_a_councillor_lists_as_there_took_part():
    text = (
        "Komisi D DPRD Provinsi Jawa Tengah menggelar rapat kerja bersama OPD di ruang rapat "
        "komisi, Selasa (11/3/2025).\n\n"
        "“Tadi ada Biro Perekonomian, Dinas Bina Marga Cipta Karya, Pusdataru, Disperakim dan "
        "ESDM. Rata-rata pencapaian sudah bagus,” ungkap Ketua Komisi D, Alwi Basuki."
    )
    # The short names no directory of this region holds continue the list of agencies.
    assert agencies(text) == (
        ["Biro Perekonomian", "Dinas Bina Marga Cipta Karya", "Pusdataru", "Disperakim", "ESDM"],
        [],
    )


def test_a_list_of_agencies_ends_where_other_words_begin():
    text = (
        "Komisi D DPRD Provinsi Jawa Tengah menggelar rapat kerja bersama Biro Perekonomian, "
        "Dinas Bina Marga Cipta Karya dan DPRD, Selasa (11/3/2025), membahas APBD dan Ketua "
        "Komisi D, Alwi Basuki, memimpin rapat."
    )
    assert agencies(text) == (["Biro Perekonomian", "Dinas Bina Marga Cipta Karya"], [])


def test_the_secretariat_a_section_sits_in_is_no_agency_of_its_own():
    text = (
        "Rapat pembahasan raperda di DPRD Kabupaten Melawi bersama Bagian Hukum Setda Melawi "
        "ditunda, Selasa (11/3/2025).\n\n"
        "“Undangan baru sampai,” kata Kabag Hukum Setda Melawi, Hasanuddin."
    )
    assert agencies(text) == (["Bagian Hukum"], [])


def test_the_agency_whose_official_explained_took_part_not_the_building_under_construction():
    text = (
        "Komisi C DPRD Kabupaten Sidoarjo melakukan sidak ke proyek pembangunan RSUD Sedati, "
        "Selasa (11/3/2025).\n\n"
        "Ketua Komisi C, Khoirul Hadi, mengatakan penjelasan didapat dari pejabat pembuat "
        "komitmen Dinas Kesehatan dan konsultan pengawas."
    )
    assert agencies(text) == (["Dinkes"], [])


def topics(text: str) -> list[str]:
    found = extract(text=text, published=PUB, directory=Directory(organizations=()))
    return [t["text"] for t in found["topics"]]


def test_how_often_a_meeting_is_held_is_no_topic():
    text = (
        "Komisi IV DPRD Kota Samarinda menggelar hearing dengan Dinas Pendidikan, Selasa "
        "(11/3/2025).\n\n"
        "Ketua Komisi IV, Sri Puspitasari, mengatakan hearing merupakan agenda bulanan untuk "
        "mengevaluasi kinerja mitra kerja."
    )
    assert topics(text) == []


def test_the_agencies_concerned_are_no_topic():
    text = (
        "Komisi D DPRD Kota Makassar menggelar rapat dengar pendapat bersama instansi terkait "
        "untuk membahas temuan sidak, Selasa (11/3/2025)."
    )
    assert topics(text) == ["temuan sidak"]


def test_what_a_later_meeting_is_to_discuss_is_no_topic_of_the_one_held():
    held = (
        "Komisi D DPRD Kota Makassar melakukan sidak ke RSUD Daya, Selasa (11/3/2025).\n\n"
        "“Kami akan mengundang instansi terkait untuk membahas temuan sidak,” ujar Ketua Komisi "
        "D, Fahri Arrahman."
    )
    assert topics(held) == []
    planned = (
        "Komisi D DPRD Kota Makassar akan menggelar rapat dengar pendapat untuk membahas "
        "temuan sidak pada Jumat (14/3/2025)."
    )
    assert topics(planned) == ["temuan sidak"]


def test_what_is_being_discussed_or_evaluated_is_the_topic():
    text = (
        "Komisi D DPRD Provinsi Jawa Tengah menggelar rapat pembahasan Rencana Kerja Pemerintah "
        "Daerah (RKPD) Tahun 2021, Selasa (11/3/2025), di ruang rapat komisi.\n\n"
        "Komisi I DPRD Sumbar melaksanakan rapat kerja dengan OPD untuk mengevaluasi "
        "pelaksanaan kegiatan tahun 2023."
    )
    assert topics(text) == [
        "Rencana Kerja Pemerintah Daerah (RKPD) Tahun 2021",
        "pelaksanaan kegiatan tahun 2023",
    ]


def test_a_draft_regulation_is_not_repeated_by_the_sentence_around_it():
    text = (
        "DPRD Kota Dumai menggelar rapat paripurna dengan agenda penyampaian laporan Pansus B "
        "tentang Ranperda Penyelenggaraan Jaminan Produk Halal, Senin (10/3/2025)."
    )
    assert topics(text) == ["Raperda Penyelenggaraan Jaminan Produk Halal"]


def venue(text: str) -> str | None:
    found = extract(text=text, published=PUB, directory=Directory(organizations=()))
    return found["venue"] and found["venue"]["name"]


def test_a_site_visit_to_a_health_centre_or_school_is_held_there():
    assert venue(
        "Komisi B DPRD Kota Medan melakukan sidak ke Puskesmas Teladan, Kamis (27/2/2025)."
    ) == ("Puskesmas Teladan")
    assert venue(
        "Komisi D DPRD Kota Makassar sidak ke SD Negeri Tamalanrea, Rabu (30/4/2025)."
    ) == ("SD Negeri Tamalanrea")


def test_a_visited_agency_outside_the_directory_is_the_place_as_written():
    assert venue(
        "Komisi I DPRK Kabupaten Jayapura melaksanakan kunjungan kerja ke Dinas Kesehatan "
        "Kabupaten Jayapura, Rabu (3/9/2025)."
    ) == ("Dinas Kesehatan Kabupaten Jayapura")


def legislation(text: str) -> list[str]:
    found = extract(text=text, published=PUB, directory=Directory(organizations=()))
    return [law["name"] for law in found["legislation"]]


def test_a_regulation_the_meeting_sets_out_to_revise_is_its_legislation():
    revised = (
        "Komisi IV DPRD Samarinda menggelar hearing bersama Dinas Pendidikan terkait revisi "
        "Perda Nomor 4 Tahun 2013 tentang Penyelenggaraan Pendidikan, Selasa (11/3/2025)."
    )
    cited = (
        "Komisi IV DPRD Samarinda menggelar hearing bersama Dinas Pendidikan, Selasa "
        "(11/3/2025), sesuai Perda Nomor 4 Tahun 2013 tentang Penyelenggaraan Pendidikan."
    )
    assert legislation(revised) == ["Perda Nomor 4 Tahun 2013 tentang Penyelenggaraan Pendidikan"]
    assert legislation(cited) == []


def test_a_usual_spelling_that_starts_a_longer_name_is_not_that_agency():
    text = (
        "Komisi D Suruh Pulang Kepala Dinas PU Cipta Karya\n\n"
        "Hearing Komisi D DPRD Provinsi Jawa Timur dengan Dinas Pekerjaan Umum Cipta Karya "
        "Pemprov Jatim, Senin (10/3/2025), diwarnai penolakan.\n\n"
        "Komisi D juga meminta Dinkes Sidoarjo dan Dinas Pendidikan Kota Surabaya hadir."
    )
    found, mentioned = agencies(text)
    assert "DPUPR" not in found + mentioned
    assert "Dinas Pekerjaan Umum Cipta Karya" in found
    assert {"Dinkes", "Dispendik"} <= set(found + mentioned)


def test_an_agency_said_to_be_present_took_part_under_the_abbreviation_it_is_given():
    text = (
        "Komisi V DPR Papua menggelar rapat dengar pendapat bersama mitra kerja, Rabu "
        "(5/3/2025), di Hotel Horison Jayapura.\n\n"
        "Dari Unit Percepatan Pembangunan Kesehatan Papua (UP2KP) hadir Direktur Eksekutif, "
        "Aloysius Giyai."
    )
    assert agencies(text) == (["UP2KP"], [])
