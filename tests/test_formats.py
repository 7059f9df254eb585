"""Dates are read and written day before month, in the meeting's zone, in both languages."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from django import forms
from django.utils import translation

from meetings.formatting import (
    format_local_datetime,
    format_long_date,
    format_short_date,
    format_short_datetime,
    format_time_range,
)

WIB = ZoneInfo("Asia/Jakarta")
JAKARTA = "Asia/Jakarta"


class DateForm(forms.Form):
    day = forms.DateField()
    moment = forms.DateTimeField()


@pytest.mark.parametrize("language", ["id", "en"])
@pytest.mark.parametrize(
    ("typed_day", "typed_moment", "day", "moment"),
    [
        ("26/02/2025", "26/02/2025 09.00", datetime.date(2025, 2, 26), (2025, 2, 26, 9, 0)),
        ("02/03/2025", "02/03/2025 14:30", datetime.date(2025, 3, 2), (2025, 3, 2, 14, 30)),
        ("2-3-2025", "2-3-2025 08.15", datetime.date(2025, 3, 2), (2025, 3, 2, 8, 15)),
        ("2025-02-26", "2025-02-26 09:00", datetime.date(2025, 2, 26), (2025, 2, 26, 9, 0)),
    ],
)
def test_typed_dates_read_day_first(language, typed_day, typed_moment, day, moment):
    with translation.override(language):
        form = DateForm({"day": typed_day, "moment": typed_moment})
        assert form.is_valid(), form.errors
    assert form.cleaned_data["day"] == day
    # Typed times are wall-clock times in Asia/Jakarta (WIB), stored aware.
    assert form.cleaned_data["moment"] == datetime.datetime(*moment, tzinfo=WIB)


@pytest.mark.parametrize("typed", ["31/02/2025", "13/13/2025", "26/02/2025 25.00"])
def test_impossible_dates_are_refused(typed):
    form = DateForm({"day": typed.split()[0], "moment": typed})
    assert not form.is_valid()


def at(zone: str, *parts) -> datetime.datetime:
    return datetime.datetime(*parts, tzinfo=ZoneInfo(zone))


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("id", "Rabu, 26 Februari 2025, 09.00 WIB"),
        ("en", "Wednesday 26 February 2025, 09:00 WIB"),
    ],
)
def test_long_form_with_zone_label(language, expected):
    moment = datetime.datetime(2025, 2, 26, 2, 0, tzinfo=datetime.UTC)
    with translation.override(language):
        assert format_local_datetime(moment, "Asia/Jakarta") == expected


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("id", "Rabu, 9 Desember 2026, 09.00–12.00 WIB"),
        ("en", "Wednesday 9 December 2026, 09:00–12:00 WIB"),
    ],
)
def test_a_range_names_its_zone_once_at_the_end(language, expected):
    start, end = at(JAKARTA, 2026, 12, 9, 9), at(JAKARTA, 2026, 12, 9, 12)
    with translation.override(language):
        assert format_local_datetime(start, JAKARTA, end) == expected
        assert format_time_range(start, end, JAKARTA) == expected.split(", ")[-1]
    assert expected.count("WIB") == 1


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("id", "Rabu, 9 Desember 2026, 22.00 – Kamis, 10 Desember 2026, 02.00 WIT"),
        ("en", "Wednesday 9 December 2026, 22:00 – Thursday 10 December 2026, 02:00 WIT"),
    ],
)
def test_a_range_across_midnight_names_the_second_day(language, expected):
    start, end = at("Asia/Jayapura", 2026, 12, 9, 22), at("Asia/Jayapura", 2026, 12, 10, 2)
    with translation.override(language):
        assert format_local_datetime(start, "Asia/Jayapura", end) == expected


@pytest.mark.parametrize(
    ("zone", "expected"),
    [
        ("Asia/Makassar", "Rabu, 26 Februari 2025, 10.00 WITA"),
        ("Asia/Jayapura", "Rabu, 26 Februari 2025, 11.00 WIT"),
    ],
)
def test_times_are_shown_in_the_meetings_own_zone(zone, expected):
    moment = datetime.datetime(2025, 2, 26, 2, 0, tzinfo=datetime.UTC)
    assert format_local_datetime(moment, zone) == expected


@pytest.mark.parametrize(
    ("language", "day", "expected"),
    [
        ("id", datetime.date(2026, 12, 9), "9 Des 2026"),
        ("en", datetime.date(2026, 12, 9), "9 Dec 2026"),
        ("id", datetime.date(2031, 8, 17), "17 Agu 2031"),
        ("en", datetime.date(2024, 5, 2), "2 May 2024"),
    ],
)
def test_short_form_names_the_month_so_it_cannot_be_read_month_first(language, day, expected):
    with translation.override(language):
        assert format_short_date(day) == expected


@pytest.mark.parametrize(
    ("language", "zone", "expected"),
    [
        ("id", None, "2 Des 2026 04.45"),
        ("en", None, "2 Dec 2026 04:45"),
        ("id", "Asia/Makassar", "2 Des 2026 05.45 WITA"),
        ("en", "Asia/Jayapura", "2 Dec 2026 06:45 WIT"),
    ],
)
def test_a_time_stamp_is_the_short_form_with_the_time(language, zone, expected):
    stamp = at(JAKARTA, 2026, 12, 2, 4, 45)
    with translation.override(language):
        assert format_short_datetime(stamp, zone) == expected


@pytest.mark.parametrize(
    ("language", "expected"),
    [("id", "Senin, 1 Januari 2029"), ("en", "Monday 1 January 2029")],
)
def test_long_date_of_another_year(language, expected):
    with translation.override(language):
        assert format_long_date(datetime.date(2029, 1, 1)) == expected


def test_date_filters_keep_a_meetings_own_day():
    from public.templatetags.public_tags import long_date, short_date

    late_in_papua = datetime.datetime(2026, 12, 10, 0, 30, tzinfo=ZoneInfo("Asia/Jayapura"))
    with translation.override("id"):
        assert short_date(late_in_papua) == "10 Des 2026"
        # The same moment read from the database (UTC) is 9 December in the site's zone (WIB).
        assert long_date(late_in_papua.astimezone(datetime.UTC)) == "Rabu, 9 Desember 2026"
