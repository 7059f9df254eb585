"""A report's follow-ups, whoever owes them, drafted as rows: the extractor's `by` matched to an
agency, the DPRD or one of its bodies, or an outside party of the directory; an unknown owner
is kept with its name for the clerk, never dropped."""

import pytest

from extraction import selectors
from meetings.models import OrganizationKind
from meetings.roles import SECRETARIAT
from tests.api.conftest import account
from tests.factories import AgencyFactory, BodyFactory, DprdFactory
from workspace.secretariat.owners import OwnerDirectory
from workspace.secretariat.prefill import commitments_initial, unknown_entries

pytestmark = pytest.mark.django_db


def outside(name, abbreviation=""):
    return AgencyFactory(
        kind=OrganizationKind.EXTERNAL, category="", name=name, abbreviation=abbreviation
    )


@pytest.fixture
def world():
    dprd = DprdFactory(name="DPRD Kabupaten Probolinggo")
    return {
        "dprd": dprd,
        "komisi1": BodyFactory(parent=dprd, name="Komisi I"),
        "komisi2": BodyFactory(parent=dprd, name="Komisi II"),
        "pansus": BodyFactory(parent=dprd, kind=OrganizationKind.PANSUS, name="Pansus RPJMD"),
        "banggar": BodyFactory(parent=dprd, kind=OrganizationKind.BANGGAR, name="Badan Anggaran"),
        "diskominfo": AgencyFactory(
            name="Dinas Komunikasi dan Informatika", abbreviation="Diskominfo"
        ),
        "polres": outside("Kepolisian Resor Probolinggo", "Polres Probolinggo"),
        "pdam": outside("Perumda Air Minum Tirta Argapura", "PDAM"),
    }


@pytest.mark.parametrize(
    ("by", "owner"),
    [
        ("Diskominfo", "diskominfo"),
        ("Komisi I", "komisi1"),
        ("Komisi 1", "komisi1"),
        ("komisi II DPRD Kabupaten Probolinggo", "komisi2"),
        ("Pansus Raperda RPJMD", "pansus"),
        ("Banggar", "banggar"),
        ("DPRD", "dprd"),
        ("dewan", "dprd"),
        ("DPRD Probolinggo", "dprd"),
        ("Polres Probolinggo", "polres"),
        ("Kepolisian Resor Probolinggo", "polres"),
        ("PDAM", "pdam"),
    ],
)
def test_by_names_the_owner_of_any_kind(world, by, owner):
    assert OwnerDirectory().match(by) == world[owner].pk


@pytest.mark.parametrize("by", ["OPD", "Komisi", "PT Jaya Konstruksi", "BK", ""])
def test_an_unknown_or_ambiguous_owner_is_not_guessed(world, by):
    assert OwnerDirectory().match(by) is None


def test_the_rows_keep_every_follow_up_and_name_unknown_owners(world):
    text = "Komisi I akan menjadwalkan ulang rapat. PT Jaya Konstruksi diminta memperbaiki jalan."
    draft = {
        "commitments": [
            {
                "by": "Komisi I",
                "kind": "commitment",
                "text": "Menjadwalkan ulang rapat",
                "due": "2025-03-10",
                "stated_by": "Ketua Komisi I",
                "span": [0, 38],
            },
            {
                "by": "PT Jaya Konstruksi",
                "kind": "request",
                "text": "Memperbaiki jalan",
                "due": None,
                "span": [40, 80],
            },
            {"by": "Diskominfo", "by_id": world["diskominfo"].pk, "kind": "request", "text": "x"},
        ]
    }
    first, second, third = commitments_initial(draft, text)
    assert (first["owner"], first["owner_name"]) == (world["komisi1"].pk, "")
    assert (second["owner"], second["owner_name"]) == (None, "PT Jaya Konstruksi")
    assert second["text"] == "Memperbaiki jalan" and second["kind"] == "request"
    assert third["owner"] == world["diskominfo"].pk
    assert "PT Jaya Konstruksi" in unknown_entries(draft)["organizations"]
    assert "Komisi I" not in unknown_entries(draft)["organizations"]


REPORT = (
    "Komisi I DPRD Kabupaten Probolinggo menggelar rapat dengar pendapat bersama Diskominfo "
    "pada Rabu (26/2/2025) di ruang rapat Komisi I. Ketua Komisi I menyatakan komisinya akan "
    "menjadwalkan ulang rapat lanjutan SPBE. Komisi I juga meminta PT Jaya Konstruksi "
    "memperbaiki jaringan kabel yang rusak."
)


def test_the_draft_page_shows_the_bodys_and_the_unknown_partys_rows(client, world, monkeypatch):
    # The extractor's reading of owners is its own part's work: here its follow-ups are set
    # to the three kinds of owner, and the page must draft each of them.
    real = selectors.extract

    def extract(**kwargs):
        draft = real(**kwargs)
        draft["commitments"] = [
            {"by": "Komisi I", "kind": "commitment", "text": "Menjadwalkan ulang rapat SPBE"},
            {"by": "PT Jaya Konstruksi", "kind": "request", "text": "Memperbaiki kabel"},
            {"by": "Polres Probolinggo", "kind": "request", "text": "Mengamankan lokasi"},
        ]
        return draft

    monkeypatch.setattr(selectors, "extract", extract)
    client.force_login(account("setwan", SECRETARIAT))
    response = client.post("/workspace/meetings/new/from-report/", {"text": REPORT})
    assert response.status_code == 200
    rows = response.context["commitments"].initial
    assert [row["owner"] for row in rows] == [world["komisi1"].pk, None, world["polres"].pk]
    html = response.content.decode()
    assert "PT Jaya Konstruksi" in html and "Memperbaiki kabel" in html
    assert response.context["row_sources"]["commitment_owners"] == ["", "PT Jaya Konstruksi", ""]
