"""POST /api/meeting-drafts/extract/: the secretariat pastes a report and gets a draft."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from meetings.models import Membership, OfficeRole
from tests.factories import AgencyFactory, PersonFactory, VenueFactory

pytestmark = pytest.mark.django_db
URL = "/api/meeting-drafts/extract/"
REPORT = (
    "Komisi I Panggil Diskominfo\n\n"
    "Kraksaan – Komisi I DPRD Kabupaten Contoh menggelar rapat dengar pendapat bersama "
    "Diskominfo, Rabu (26/2), pukul 09.00 WIB.\n\n"
    "“Kami akan memperbaiki jaringan internet desa paling lambat akhir Maret 2025,” kata "
    "Kepala Diskominfo, Ani Lestari."
)


def post(client, text=REPORT, published="2025-02-27"):
    return client.post(URL, {"text": text, "published": published}, format="json")


def test_secretariat_gets_the_draft_matched_to_the_directory(world, client_for):
    response = post(client_for("secretariat"))
    assert response.status_code == 200, response.json()
    draft = response.json()
    assert (draft["is_meeting"], draft["date"], draft["time"]) == (True, "2025-02-26", "09:00")
    assert (draft["status"], draft["kind"]) == ("held", "rdp")
    assert draft["dprd"]["id"] == world.komisi.parent_id
    assert [o["id"] for o in draft["opds"]] == [world.agency.pk]
    [commitment] = draft["commitments"]
    assert (commitment["by_id"], commitment["kind"], commitment["due"]) == (
        world.agency.pk,
        "commitment",
        "2025-03-31",
    )
    assert draft["confidence"]["date"] > 0.8


def test_a_report_of_no_meeting_says_so(world, client_for):
    response = post(client_for("secretariat"), text="Harga cabai naik di Pasar Semampir.")
    assert response.status_code == 200
    assert response.json()["is_meeting"] is False


@pytest.mark.parametrize("role", ["anonymous", "agency", "body_member"])
def test_only_the_secretariat_may_extract(world, client_for, role):
    assert post(client_for(role)).status_code == (401 if role == "anonymous" else 403)


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"text": "   "}, "text"),
        ({"text": REPORT, "published": "28/02/2025"}, "published"),
        ({}, "text"),
    ],
)
def test_bad_input_names_the_field(world, client_for, payload, field):
    response = client_for("secretariat").post(URL, payload, format="json")
    assert response.status_code == 400
    assert field in response.json()


def test_nothing_but_post(world, client_for):
    assert client_for("secretariat").get(URL).status_code == 405


def test_queries_do_not_grow_with_the_directory(world, client_for, django_assert_max_num_queries):
    client = client_for("secretariat")

    def count():
        with CaptureQueriesContext(connection) as captured:
            assert post(client).status_code == 200
        return len(captured)

    few = count()
    for _ in range(40):
        agency = AgencyFactory()
        Membership.objects.create(
            person=PersonFactory(), organization=agency, role=OfficeRole.HEAD, label="Kepala"
        )
        VenueFactory()
    assert count() == few
    with django_assert_max_num_queries(8):
        post(client)
