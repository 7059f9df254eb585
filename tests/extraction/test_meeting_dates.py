"""Issue 14: a meeting's day and kind, as news reports tell them."""

import datetime

from extraction.extractor import Directory, extract

MONDAY = datetime.date(2023, 1, 16)


def date_of(text: str, published=MONDAY) -> str | None:
    found = extract(text=text, published=published, directory=Directory(organizations=()))
    return found["date"]


def test_a_weekday_alone_at_the_end_of_the_lead_is_the_last_such_day():
    text = (
        "Paripurna Batal\n\n"
        "Rapat paripurna DPRD Kota Dumai dibatalkan tanpa pemberitahuan resmi, Jumat."
    )
    assert date_of(text) == "2023-01-13"
    assert date_of(text.replace("Jumat", "Senin")) == "2023-01-16"


def test_the_day_a_quote_was_given_is_not_the_meeting_day():
    text = (
        "Paripurna Batal\n\n"
        "“Rapat paripurna DPRD Kota Dumai dibatalkan,” kata Ketua DPRD Kota Dumai, Agus Salim, "
        "Jumat."
    )
    assert date_of(text) is None


def test_a_hearing_with_a_company_and_a_citizens_coalition_is_a_public_hearing():
    text = (
        "Hearing Pencemaran\n\n"
        "Komisi IV DPRD Kabupaten Siak menggelar hearing dengan PT Indah Kiat dan Koalisi "
        "Peduli Lingkungan Siak, Selasa (3/10/2017)."
    )
    found = extract(text=text, published=MONDAY, directory=Directory(organizations=()))
    assert found["kind"] == "rdpu"
