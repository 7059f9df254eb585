"""Issue 14: reports about any Indonesian DPRD, and the failure kinds seen on real news."""

import datetime

import pytest

from extraction.extractor import Directory, OrgEntry, extract
from extraction.extractor.regions import display_name, resolve

KAB = "kabupaten contoh"
DIRECTORY = Directory(
    organizations=(
        OrgEntry(1, "dprd", "DPRD Kabupaten Contoh", "DPRD Kabupaten Contoh", region=KAB),
        OrgEntry(2, "komisi", "Komisi A", parent_id=1, region=KAB),
        OrgEntry(4, "opd", "Dinas Kesehatan", "Dinkes", region=KAB),
        OrgEntry(5, "opd", "Dinas Pekerjaan Umum dan Penataan Ruang", "DPUPR", region=KAB),
    ),
)
PUB = datetime.date(2025, 3, 12)


def draft(text: str, published=PUB) -> dict:
    return extract(text=text, published=published, directory=DIRECTORY)


@pytest.mark.parametrize(
    ("kind", "place", "key"),
    [
        ("", "Jatim", "provinsi jawa timur"),
        ("", "Riau", "provinsi riau"),
        ("", "Loteng", "kabupaten lombok tengah"),
        ("", "Gresik", "kabupaten gresik"),
        ("kota", "Palangka Raya", "kota palangkaraya"),
        ("", "Probolinggo", ""),  # a regency and a city: needs a hint
    ],
)
def test_places_resolve_from_the_kemendagri_list(kind, place, key):
    assert resolve(kind, place) == key


def test_display_names_come_from_the_list():
    assert display_name("provinsi sumatera utara") == "Provinsi Sumatera Utara"


def test_another_dprd_is_flagged_and_drafted_without_this_directory():
    found = draft(
        "Komisi C DPRD Kab.Rembang menggelar rapat dengar pendapat dengan Dinas Kesehatan dan "
        "DPUPR, Selasa (11/3)."
    )
    assert found["dprd"]["name"] == "DPRD Kabupaten Rembang"
    assert found["other_dprd"] is True
    # The agencies are proposed by name, not matched to this installation's own.
    assert [(o["name"], o["id"]) for o in found["opds"]] == [("Dinkes", None), ("DPUPR", None)]


def test_own_dprd_is_not_flagged():
    found = draft("Komisi A DPRD Kabupaten Contoh menggelar RDP dengan Dinkes, Selasa (11/3).")
    assert found["other_dprd"] is False
    assert found["opds"][0]["id"] == 4


def test_a_provinces_shortening_names_the_provincial_dprd():
    found = draft("Komisi D DPRD Jatim menggelar hearing dengan Dinas Perhubungan, Senin (10/3).")
    assert found["dprd"]["name"] == "DPRD Provinsi Jawa Timur"


@pytest.mark.parametrize(
    "text",
    [
        "Komisi II DPR RI menggelar rapat dengar pendapat dengan KPU, Senin (10/3).",
        "Warga meminta DPRD Kabupaten Rembang menggelar RDP soal jalan rusak, Senin (10/3).",
    ],
)
def test_national_business_and_wishes_are_no_dprd_meeting(text):
    assert draft(text)["is_meeting"] is False


def test_a_summons_without_a_meeting_noun_is_a_planned_hearing():
    found = draft("DPRD Kota Makassar berencana memanggil PDAM soal air keruh.")
    assert (found["is_meeting"], found["kind"], found["status"]) == (True, "rdp", "planned")


def test_called_off_then_put_off_is_a_postponement():
    found = draft(
        "Rapat paripurna DPRD Kabupaten Rembang yang dijadwalkan Senin (10/3) batal digelar. "
        "Rapat ditunda sampai waktu yang belum ditentukan."
    )
    assert found["status"] == "postponed"


def test_members_listed_without_offices_and_lower_case_offices_are_people():
    found = draft(
        "Komisi III DPRD Kota Parepare meninjau bendung, Senin (10/3). Hadir anggota Jusman "
        "Genda, Ibrahim Suanda dan Rudi Najam.\nsekretaris komisi III, Puji Santosa, "
        "mengatakan perbaikan harus tepat waktu."
    )
    names = {p["name"]: p["side"] for p in found["people"]}
    assert names == {
        "Jusman Genda": "dprd",
        "Ibrahim Suanda": "dprd",
        "Rudi Najam": "dprd",
        "Puji Santosa": "dprd",
    }


def test_a_second_body_on_another_day_is_a_further_meeting():
    found = draft(
        "Dua komisi DPRD Kabupaten Sidoarjo sidak ke proyek RSUD. Komisi C sidak pada Selasa "
        "(11/3/2025), sedangkan Komisi D sidak hari ini, Rabu (12/3/2025)."
    )
    assert [b["key"] for b in found["bodies"]] == ["komisi-3"]
    further = found["additional_meetings"]
    assert [(m["date"], [b["key"] for b in m["bodies"]]) for m in further] == [
        ("2025-03-12", ["komisi-4"])
    ]
    assert set(further[0]) >= set(found) - {"additional_meetings"}


def test_follow_ups_carry_who_owes_them_and_who_said_them():
    found = draft(
        "Komisi C DPRD Kabupaten Rembang menggelar rapat dengar pendapat dengan PT Air Jernih, "
        "Senin (10/3). Ketua Komisi C DPRD Kabupaten Rembang, Rohim Santoso, meminta PT Air "
        "Jernih segera memperbaiki pipa. Komisi C akan kembali mengundang PT Air Jernih pekan "
        "depan."
    )
    assert [(c["by"], c["kind"]) for c in found["commitments"]] == [
        ("PT Air Jernih", "request"),
        ("Komisi C", "commitment"),
    ]
    assert found["commitments"][0]["stated_by"] == "Rohim Santoso"


def test_yesterday_in_a_quote_does_not_date_the_meeting():
    found = draft(
        "Komisi A DPRD Kabupaten Contoh menggelar RDP dengan Dinkes, Selasa (11/3). "
        '"Kemarin kami sudah turun ke puskesmas," ujar seorang anggota.'
    )
    assert found["date"] == "2025-03-11"


def test_a_year_written_elsewhere_completes_a_date_without_one():
    found = extract(
        text="Komisi A DPRD Kabupaten Rembang menggelar RDP soal APBD 2024, Selasa (11/3).",
        published=None,
    )
    assert found["date"] == "2024-03-11"


def test_wita_is_kept_with_the_time():
    found = draft(
        "Komisi III DPRD Kabupaten Banggai menjadwalkan hearing dengan PDAM pada Rabu (19/3) "
        "pukul 13.00 wita."
    )
    assert (found["time"], found["time_zone"].upper()) == ("13:00", "WITA")


def test_a_same_day_hearing_of_another_commission_is_not_merged():
    found = draft(
        "Komisi A DPRD Kabupaten Rembang menggelar RDP dengan Dinas Kesehatan, Selasa (11/3). "
        "Pada hari yang sama, Komisi D menggelar rapat dengar pendapat dengan Dinas Sosial."
    )
    assert [b["key"] for b in found["bodies"]] == ["komisi-1"]
    assert [o["name"] for o in found["opds"]] == ["Dinkes"]
    further = found["additional_meetings"]
    assert [(m["date"], m["kind"], [o["name"] for o in m["opds"]]) for m in further] == [
        ("2025-03-11", "rdp", ["Dinsos"])
    ]


def test_a_request_phrased_meminta_agar_names_the_agency_after_the_link():
    found = draft(
        "Komisi A DPRD Kabupaten Contoh menggelar RDP dengan Dinkes, Selasa (11/3). Ketua Komisi "
        "A DPRD Kabupaten Contoh, Ahmad Fauzi, meminta agar Dinkes menambah dokter jaga."
    )
    assert [(c["by"], c["kind"], c["text"]) for c in found["commitments"]] == [
        ("Dinkes", "request", "Menambah dokter jaga")
    ]


def test_a_community_groups_promise_is_owed_by_the_group():
    found = draft(
        "Komisi D DPRD Kota Surabaya menggelar hearing bersama kelompok kajian, Kamis (6/3). "
        "Perwakilan LoKKeD Jatim, Irfan Gafar, mengatakan pihaknya akan meminta hearing kembali "
        "dengan menghadirkan dinas pendidikan."
    )
    assert [(c["by"], c["kind"], c["stated_by"]) for c in found["commitments"]] == [
        ("LoKKeD Jatim", "commitment", "Irfan Gafar")
    ]
