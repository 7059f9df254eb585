"""Dates are read and written day before month, in the meeting's zone, in both languages."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from django import forms
from django.utils import translation

from meetings.formatting import format_local_datetime, format_short_date

WIB = ZoneInfo("Asia/Jakarta")


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


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("id", "Rabu, 26 Februari 2025, 09.00 WIB"),
        ("en", "Wednesday, 26 February 2025, 09:00 WIB"),
    ],
)
def test_long_form_with_zone_label(language, expected):
    moment = datetime.datetime(2025, 2, 26, 2, 0, tzinfo=datetime.UTC)
    with translation.override(language):
        assert format_local_datetime(moment, "Asia/Jakarta") == expected


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


def test_newspaper_short_form():
    assert format_short_date(datetime.date(2025, 2, 26)) == "Rabu (26/2/2025)"
