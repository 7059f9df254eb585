"""The extractor's parts on small texts, over a hand-made directory (no database)."""

import datetime

import pytest

from extraction.extractor import Directory, Office, OrgEntry, PersonEntry, VenueEntry, extract

KAB = "kabupaten contoh"
DIRECTORY = Directory(
    organizations=(
        OrgEntry(1, "dprd", "DPRD Kabupaten Contoh", "DPRD Kabupaten Contoh", region=KAB),
        OrgEntry(2, "komisi", "Komisi A", parent_id=1, region=KAB),
        OrgEntry(3, "komisi", "Komisi C", parent_id=1, region=KAB),
        OrgEntry(4, "opd", "Dinas Kesehatan", "Dinkes", region=KAB),
        OrgEntry(5, "opd", "Dinas Pekerjaan Umum dan Penataan Ruang", "DPUPR", region=KAB),
        OrgEntry(6, "opd", "Dinas Lingkungan Hidup", "DLH", region=KAB),
    ),
    people=(PersonEntry(9, "Siti Rahayu", offices=(Office(4, "head", "Kepala Dinkes"),)),),
    venues=(VenueEntry(7, "Ruang Rapat Komisi", "Gedung DPRD Kabupaten Contoh"),),
)
PUB = datetime.date(2025, 3, 12)


def draft(text: str, published=PUB) -> dict:
    return extract(text=text, published=published, directory=DIRECTORY)


def test_komisi_1_is_komisi_a_where_the_dprd_uses_letters():
    found = draft("Komisi 1 DPRD Kabupaten Contoh menggelar RDP dengan Dinkes, Selasa (11/3).")
    assert [(b["name"], b["id"], b["key"]) for b in found["bodies"]] == [
        ("Komisi A", 2, "komisi-1")
    ]
    found = draft("Komisi III DPRD Kabupaten Contoh menggelar RDP dengan Dinkes, Selasa (11/3).")
    assert [(b["name"], b["id"]) for b in found["bodies"]] == [("Komisi C", 3)]


def test_unknown_dprd_keeps_roman_numerals_and_letters_as_written():
    found = draft("Komisi 2 dan 3 DPRD Kota Lain menggelar rapat gabungan, Selasa (11/3).")
    assert [(b["name"], b["id"]) for b in found["bodies"]] == [
        ("Komisi II", None),
        ("Komisi III", None),
    ]
    assert found["kind"] == "gabungan_komisi"
    found = draft("Komisi B DPRD Kota Lain menggelar hearing, Selasa (11/3).")
    assert found["bodies"][0]["name"] == "Komisi B"


def test_kota_and_kabupaten_of_the_same_name_are_kept_apart():
    kabupaten = draft("Komisi A DPRD Kabupaten Contoh menggelar RDP bersama Dinkes, Selasa (11/3).")
    kota = draft("Komisi A DPRD Kota Contoh menggelar RDP bersama Dinkes, Selasa (11/3).")
    assert (kabupaten["dprd"]["id"], kabupaten["opds"][0]["id"]) == (1, 4)
    assert kota["dprd"] == {**kota["dprd"], "name": "DPRD Kota Contoh", "id": None}
    # The directory's agencies are the Kabupaten's: the Kota's Dinkes is kept by name only.
    assert (kota["opds"][0]["name"], kota["opds"][0]["id"]) == ("Dinkes", None)
    assert kota["bodies"][0]["id"] is None


def test_dprd_without_kabupaten_or_kota_is_resolved_from_other_mentions():
    text = "DPRD Contoh menggelar RDP dengan Pemkot Contoh, Selasa (11/3)."
    assert draft(text)["dprd"]["name"] == "DPRD Kota Contoh"


def test_full_names_and_abbreviations_match_one_agency():
    found = draft(
        "Komisi C DPRD Kabupaten Contoh menggelar RDP bersama Dinas Pekerjaan Umum, dan "
        "Penataan Ruang (DPUPR), Selasa (11/3). Sementara itu DLH mencatat sampah menumpuk."
    )
    assert [(o["name"], o["id"]) for o in found["opds"]] == [("DPUPR", 5)]
    assert [o["name"] for o in found["opds_mentioned"]] == ["DLH"]


def test_lowercase_words_are_not_short_abbreviations():
    found = draft(
        "Komisi C DPRD Kabupaten Contoh menggelar RDP bersama Dinkes soal dlh, Selasa (11/3)."
    )
    assert [o["name"] for o in found["opds"]] == ["Dinkes"]
    assert found["opds_mentioned"] == []


def test_a_later_call_is_a_mention_not_attendance():
    found = draft(
        "Komisi A DPRD Kabupaten Contoh menggelar audiensi dengan warga, Selasa (11/3). "
        "Dewan akan memanggil DLH dalam rapat berikutnya."
    )
    assert found["opds"] == [] and [o["name"] for o in found["opds_mentioned"]] == ["DLH"]
    assert found["kind"] == "rdpu"


def test_a_room_named_after_a_body_is_not_the_body():
    found = draft("DPRD Kabupaten Contoh menggelar audiensi di ruang Banggar, Selasa (11/3).")
    assert found["bodies"] == []
    assert found["venue"]["name"] == "Ruang Banggar"


def test_venue_matched_to_the_directory_only_in_its_own_region():
    text = "Komisi A DPRD Kabupaten Contoh menggelar RDP di ruang rapat Komisi A, Gedung DPRD {}."
    assert draft(text.format("Kabupaten Contoh"))["venue"]["id"] == 7
    assert draft(text.format("Kota Contoh"))["venue"]["id"] is None


def test_people_with_titles_sides_and_directory_match():
    found = draft(
        "Komisi A DPRD Kabupaten Contoh menggelar RDP dengan Dinkes, Selasa (11/3). Ketua Komisi A "
        "DPRD Kabupaten Contoh, H. Ahmad Fauzi, meminta Dinkes menambah dokter. Kepala Dinkes, "
        "Siti Rahayu, mengatakan siap. Koordinator Aliansi Warga, Budi Santoso, hadir."
    )
    people = {p["name"]: (p["side"], p["organization"], p["person_id"]) for p in found["people"]}
    assert people == {
        "Ahmad Fauzi": ("dprd", "Komisi A", None),
        "Siti Rahayu": ("opd", "Dinkes", 9),
        "Budi Santoso": ("other", None, None),
    }


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Rapat itu ditunda hingga pekan depan.", "postponed"),
        ("Rapat itu dijadwalkan ulang.", "postponed"),
        ("Rapat itu batal digelar.", "cancelled"),
        ("Digitalisasi tidak bisa ditunda lagi.", "held"),
    ],
)
def test_status_words_count_only_about_the_meeting(sentence, status):
    text = f"Komisi A DPRD Kabupaten Contoh menggelar RDP dengan Dinkes, Selasa (11/3). {sentence}"
    assert draft(text)["status"] == status


def test_future_meeting_is_planned_and_past_one_held():
    text = "Komisi A DPRD Kabupaten Contoh menggelar RDP dengan Dinkes, Jumat (14/3)."
    assert draft(text)["status"] == "planned"
    assert draft(text, published=datetime.date(2025, 3, 15))["status"] == "held"


def test_follow_ups_who_acts_and_when():
    found = draft(
        "Komisi A DPRD Kabupaten Contoh menggelar RDP dengan Dinkes dan DLH, Selasa (11/3).\n"
        "Ketua Komisi A DPRD Kabupaten Contoh, Ahmad Fauzi, meminta DLH mengangkut sampah "
        "paling lambat 31 Maret 2025.\n"
        "Kepala Dinkes, Siti Rahayu, mengatakan pihaknya akan membuka posko kesehatan dalam "
        "tiga hari.\n"
        "“Jika anggaran cukup, Dinkes akan menjadi yang terdepan,” ujar Ahmad."
    )
    assert [(c["by"], c["kind"], c["due"]) for c in found["commitments"]] == [
        ("DLH", "request", "2025-03-31"),
        ("Dinkes", "commitment", "2025-03-14"),
    ]
    assert found["commitments"][1]["text"] == "Membuka posko kesehatan dalam tiga hari"


def test_councillor_promise_is_the_commissions_commitment_not_the_agencys():
    # Issue 14: the DPRD's own promises are follow-ups too, owed by its body.
    found = draft(
        "Komisi A DPRD Kabupaten Contoh menggelar RDP dengan Dinkes, Selasa (11/3).\n"
        "Ketua Komisi A DPRD Kabupaten Contoh, Ahmad Fauzi, berjanji akan mengawal anggaran."
    )
    assert [(c["by"], c["kind"], c["stated_by"]) for c in found["commitments"]] == [
        ("Komisi A", "commitment", "Ahmad Fauzi")
    ]


def test_outside_party_asked_by_the_dprd_owes_a_request():
    found = draft(
        "Komisi A DPRD Kabupaten Contoh menggelar RDP dengan PT Air Jernih, Selasa (11/3).\n"
        "Ketua Komisi A DPRD Kabupaten Contoh, Ahmad Fauzi, meminta PT Air Jernih segera "
        "memperbaiki pipa yang bocor."
    )
    assert [(c["by"], c["kind"], c["stated_by"]) for c in found["commitments"]] == [
        ("PT Air Jernih", "request", "Ahmad Fauzi")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Dinkes meluncurkan aplikasi antrean, Selasa (11/3). Kepala Dinkes akan menambah loket.",
        "Anggota DPRD Kabupaten Contoh menilai harga cabai terlalu tinggi, Selasa (11/3).",
        "",
    ],
)
def test_a_text_without_a_meeting_says_so(text):
    found = draft(text)
    assert found["is_meeting"] is False
    assert found["date"] is None and found["opds"] == [] and found["commitments"] == []
