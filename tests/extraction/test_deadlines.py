"""Due dates of follow-ups as Indonesian reports write deadlines, counted from the meeting."""

import datetime

import pytest

from extraction.extractor.deadlines import find_deadline

MEETING = datetime.date(2025, 3, 11)  # a Tuesday
PUBLISHED = datetime.date(2025, 3, 12)


def due(sentence: str) -> datetime.date | None:
    return find_deadline(sentence, base=MEETING, published=PUBLISHED)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("paling lambat akhir Maret", datetime.date(2025, 3, 31)),
        # A month already past this year is next year's.
        ("paling lambat akhir Januari", datetime.date(2026, 1, 31)),
        ("selambat-lambatnya 30 Juni 2025", datetime.date(2025, 6, 30)),
        ("batas waktunya Senin (17/3)", datetime.date(2025, 3, 17)),
        ("tenggat waktunya 20 Maret", datetime.date(2025, 3, 20)),
        ("paling lambat tanggal 20 Mei", datetime.date(2025, 5, 20)),
        ("ditargetkan rampung pada Juni", datetime.date(2025, 6, 30)),
        ("ditargetkan selesai Agustus 2025", datetime.date(2025, 8, 31)),
        ("selesai pertengahan April", datetime.date(2025, 4, 15)),
        ("paling lambat triwulan III 2025", datetime.date(2025, 9, 30)),
        ("paling lambat akhir bulan Mei", datetime.date(2025, 5, 31)),
        ("selesai pertengahan bulan Juni", datetime.date(2025, 6, 15)),
        # A day in figures with no weekday: the next such day from the meeting.
        ("paling lambat 30/6/2025", datetime.date(2025, 6, 30)),
        ("batas waktunya 15-4", datetime.date(2025, 4, 15)),
        ("paling lambat 10/1", datetime.date(2026, 1, 10)),
        ("ditargetkan rampung tahun 2026", datetime.date(2026, 12, 31)),
    ],
)
def test_a_deadline_word_before_a_day_or_a_month(sentence, expected):
    assert due(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "sebelum X" is the last day before X, for a day as for a month or a year.
        ("sebelum 30 Juni 2025", datetime.date(2025, 6, 29)),
        ("sebelum Desember 2025", datetime.date(2025, 11, 30)),
        ("sebelum tahun 2026", datetime.date(2025, 12, 31)),
        ("sebelum 1/7/2025", datetime.date(2025, 6, 30)),
    ],
)
def test_before_is_the_last_day_before(sentence, expected):
    assert due(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("dalam dua minggu", datetime.date(2025, 3, 25)),
        ("dalam waktu sepekan", datetime.date(2025, 3, 18)),
        ("paling lambat sebulan", datetime.date(2025, 4, 11)),
        ("dalam tiga bulan", datetime.date(2025, 6, 11)),
        ("dalam dua puluh hari", datetime.date(2025, 3, 31)),
        # Working days skip the weekends.
        ("dalam 14 hari kerja", datetime.date(2025, 3, 31)),
        ("dalam 2x24 jam", datetime.date(2025, 3, 13)),
        ("dua minggu setelah rapat", datetime.date(2025, 3, 25)),
        ("memberi waktu sepuluh hari", datetime.date(2025, 3, 21)),
        # A span in the past is no deadline.
        ("dalam dua tahun terakhir", None),
    ],
)
def test_a_span_counts_from_the_meeting(sentence, expected):
    assert due(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Weeks run Monday to Sunday; a period is due on its last day.
        ("pekan depan", datetime.date(2025, 3, 23)),
        ("paling lambat minggu depan", datetime.date(2025, 3, 23)),
        ("akhir pekan ini", datetime.date(2025, 3, 16)),
        ("bulan depan", datetime.date(2025, 4, 30)),
        ("tahun depan", datetime.date(2026, 12, 31)),
        ("paling lambat Senin depan", datetime.date(2025, 3, 17)),
        ("besok", datetime.date(2025, 3, 12)),
        ("mulai pekan depan", None),
    ],
)
def test_relative_days_are_resolved_against_the_meeting(sentence, expected):
    assert due(sentence) == expected


def test_relative_days_count_from_the_day_the_statement_is_dated():
    sentence = "Rapat dilanjutkan besok, ujar Agus, Jumat (14/3/2025)."
    assert due(sentence) == datetime.date(2025, 3, 15)


def test_the_budget_year_the_work_is_placed_in_is_its_deadline():
    assert due("akan dianggarkan pada tahun anggaran 2026") == datetime.date(2026, 12, 31)
    assert due("diusulkan dalam APBD Perubahan 2025") == datetime.date(2025, 12, 31)
    assert due("akan dibangun pada tahun 2026") == datetime.date(2026, 12, 31)
    assert due("seperti pada 2024 lalu") is None
    # A budget year already past is where money came from, not when work is due.
    assert due("memakai sisa anggaran TA 2024") is None


def test_no_meeting_date_no_deadline():
    assert find_deadline("paling lambat akhir Maret", base=None, published=None) is None
