"""The shared example report yields the meeting the design describes."""

import datetime

import pytest

# The directory is read once from the test database, so the tests here need one set up.
pytestmark = pytest.mark.django_db
PUBLISHED = datetime.date(2025, 2, 28)


@pytest.fixture(scope="module")
def draft(demo_directory, example_text):
    from extraction.extractor import extract

    return extract(text=example_text, published=PUBLISHED, directory=demo_directory)


def test_is_a_held_panel_discussion_on_26_february_2025(draft):
    assert draft["is_meeting"] is True
    assert (draft["date"], draft["status"], draft["kind"]) == (
        "2025-02-26",
        "held",
        "diskusi_panel",
    )
    assert draft["time"] is None
    assert draft["confidence"]["date"] >= 0.9


def test_komisi_i_of_the_kabupaten_dprd_matched_to_the_directory(draft, demo_directory):
    assert draft["dprd"]["name"] == "DPRD Kabupaten Probolinggo"
    assert demo_directory.by_id[draft["dprd"]["id"]].kind == "dprd"
    [body] = draft["bodies"]
    assert (body["name"], body["key"]) == ("Komisi I", "komisi-1")
    assert demo_directory.by_id[body["id"]].parent_id == draft["dprd"]["id"]


def test_diskominfo_attended_and_venue_is_the_argopuro_room(draft, demo_directory, example_text):
    [opd] = draft["opds"]
    assert opd["name"] == "Diskominfo"
    assert demo_directory.by_id[opd["id"]].name.startswith("Dinas Komunikasi, Informatika")
    assert draft["opds_mentioned"] == []
    venue = draft["venue"]
    assert venue["name"] == "Ruang Pertemuan Argopuro, Kantor Bupati Probolinggo"
    assert venue["id"] is not None
    start, end = venue["span"]
    assert example_text[start:end] == "ruang pertemuan Argopuro, Kantor Bupati Probolinggo"


def test_speakers_with_their_offices_and_sides(draft):
    people = {p["name"]: p for p in draft["people"]}
    assert set(people) == {"Didik Humaidi", "Ulfiningtyas"}
    assert people["Didik Humaidi"]["title"] == "Wakil Ketua DPRD Kabupaten Probolinggo"
    assert people["Didik Humaidi"]["side"] == "dprd"
    assert people["Ulfiningtyas"]["title"] == "Kepala Diskominfo Kabupaten Probolinggo"
    assert (people["Ulfiningtyas"]["side"], people["Ulfiningtyas"]["organization"]) == (
        "opd",
        "Diskominfo",
    )
    assert all(p["person_id"] for p in people.values())


def test_raperda_rpjmd_linked(draft):
    [law] = draft["legislation"]
    assert law["name"] == "Raperda RPJMD"
    assert "RPJMD" in law["title"] and law["id"] is not None
    assert draft["topics"][0]["text"] == "Raperda RPJMD"


def test_both_follow_ups_owned_by_diskominfo(draft, example_text):
    request, commitment = draft["commitments"]
    assert (request["by"], request["kind"]) == ("Diskominfo", "request")
    assert request["text"].startswith("Bangun sinergi komunikasi dengan seluruh OPD")
    assert (commitment["by"], commitment["kind"]) == ("Diskominfo", "commitment")
    assert commitment["text"].startswith("Mengundang narasumber yang kompeten")
    assert "SPBE" in commitment["text"]
    start, end = commitment["span"]
    assert "Kami berencana" in example_text[start:end]
    assert request["by_id"] == commitment["by_id"] == draft["opds"][0]["id"]
