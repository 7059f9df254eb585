import datetime

import pytest

from extraction.extractor.dates import find_dates, find_times
from extraction.extractor.deadlines import find_deadline

PUB = datetime.date(2025, 3, 12)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Rabu (26/2/2025)", None, datetime.date(2025, 2, 26)),
        ("Selasa (7/3)", datetime.date(2023, 3, 8), datetime.date(2023, 3, 7)),
        ("Selasa (11/3)", PUB, datetime.date(2025, 3, 11)),
        ("Rabu, 26 Februari 2025", None, datetime.date(2025, 2, 26)),
        ("Kamis, 4 September 2025", None, datetime.date(2025, 9, 4)),
        ("pada 4 Sept", datetime.date(2025, 9, 10), datetime.date(2025, 9, 4)),
        # Older and abbreviated spellings of the months.
        ("Senin, 3 Peb. 2025", None, datetime.date(2025, 2, 3)),
        ("12 Agst 2025", None, datetime.date(2025, 8, 12)),
        ("Kamis, 20 Nop 2025", None, datetime.date(2025, 11, 20)),
        # Across New Year: a report of 3 January about "Senin (30/12)" means the year before.
        ("Senin (30/12)", datetime.date(2025, 1, 3), datetime.date(2024, 12, 30)),
        ("Selasa pekan depan", datetime.date(2025, 9, 5), datetime.date(2025, 9, 9)),
        ("pekan depan", PUB, datetime.date(2025, 3, 19)),
        ("Senin lalu", PUB, datetime.date(2025, 3, 10)),
        ("Kamis mendatang", PUB, datetime.date(2025, 3, 13)),
    ],
)
def test_dates_as_reports_write_them(text, published, expected):
    [found] = find_dates(text, published)
    assert found.value == expected
    assert text[found.start : found.end].strip()


def test_a_date_without_year_needs_the_publication_date():
    assert find_dates("Selasa (7/3)", None) == []


def test_weekday_that_does_not_fit_lowers_confidence():
    [right] = find_dates("Rabu (26/2/2025)", None)
    [wrong] = find_dates("Kamis (26/2/2025)", None)
    assert right.confidence > wrong.confidence


def test_fractions_and_numbers_are_not_dates():
    assert find_dates("naik 3/4 dari target, 20 ribu keping", PUB) == []


def test_times_with_zone():
    [found] = find_times("pukul 10.00 WIB hingga selesai")
    assert (found.value, found.zone) == ("10:00", "WIB")
    assert find_times("jam 9")[0].value == "09:00"
    assert find_times("pukul 25.00") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("paling lambat akhir April 2025", datetime.date(2025, 4, 30)),
        ("paling lambat 28 Februari 2025", datetime.date(2025, 2, 28)),
        ("dalam dua pekan", datetime.date(2025, 3, 25)),
        ("dalam tujuh hari", datetime.date(2025, 3, 18)),
        ("secara bertahap tahun ini", datetime.date(2025, 12, 31)),
        ("sebelum Desember 2025", datetime.date(2025, 11, 30)),
        ("mulai pekan depan", None),
        ("mulai Januari 2026", None),
        ("sebelum Lebaran", None),
    ],
)
def test_deadlines_count_from_the_meeting(sentence, expected):
    assert find_deadline(sentence, base=datetime.date(2025, 3, 11), published=PUB) == expected
