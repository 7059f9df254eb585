"""The printed attendance list (daftar hadir) and minutes (notulen), read back from the PDF."""

import datetime
import io
import re

import pytest
from django.urls import reverse
from pypdf import PdfReader

from audit.models import AuditEvent, EventKind
from meetings.models import Attendance
from tests.factories import MembershipFactory, ParticipantFactory, PersonFactory
from tests.workspace.fixtures_roles import build_world, panel_meeting


@pytest.fixture
def world(db):
    return build_world()


@pytest.fixture
def panel(world):
    return panel_meeting(world)


def pdf_text(response) -> str:
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(response.content))
    assert reader.pages[0].mediabox.width == pytest.approx(595.28, abs=1)  # A4
    text = "\n".join(page.extract_text() for page in reader.pages)
    return re.sub(r"\s+", " ", text)


def test_the_attendance_list(client, world, panel):
    ParticipantFactory(meeting=panel, person=None, organization=world.other_agency)
    head = panel.participants.get(role="speaker").person
    # An office that ended before the meeting is not the one the list records.
    MembershipFactory(
        person=head,
        organization=world.agency,
        label="Staf Ahli Lama",
        start_date=datetime.date(2020, 1, 1),
        end_date=datetime.date(2024, 12, 31),
    )
    client.force_login(world.clerk)
    text = pdf_text(client.get(reverse("workspace:attendance-pdf", args=[panel.pk])))
    assert "DAFTAR HADIR" in text
    assert "Diskusi panel bersama Diskominfo" in text
    assert "Rabu, 26 Februari 2025" in text
    assert "09.00 WIB" in text and "12.00 WIB" in text
    assert "Ruang Rapat Argopuro" in text and "Kraksaan" in text
    for name in ("Didik Humaidi", "Ulfiningtyas", "Notulis Setwan", "Anggota Berhalangan"):
        assert name in text
    assert "Wakil Ketua DPRD" in text and "Kepala Diskominfo" in text
    assert "Tanda tangan" in text
    assert "Sekretaris Dinas Contoh" in text  # who came in the head's place
    assert "Dinas Kesehatan" in text and "Staf Ahli Lama" not in text
    export = AuditEvent.objects.get(kind=EventKind.EXPORT)
    assert export.user == world.clerk and export.ip_address == "127.0.0.1"
    assert export.detail == {"dataset": "attendance_list", "format": "pdf", "meeting": panel.pk}


def test_the_minutes_hold_what_the_standing_orders_require(client, world, panel):
    client.force_login(world.clerk)
    text = pdf_text(client.get(reverse("workspace:minutes-pdf", args=[panel.pk])))
    assert "Rabu, 26 Februari 2025" in text
    assert "dibuka pukul 09.00 WIB" in text and "ditutup pukul 12.00 WIB" in text
    assert "Ruang Rapat Argopuro" in text
    assert "Terbuka" in text  # openness
    assert "Diskusi panel" in text  # kind
    assert "Raperda RPJMD: peran Diskominfo" in text and "Digitalisasi dan SPBE" in text
    chair = text.index("Pimpinan rapat")
    assert "Didik Humaidi" in text[chair : chair + 80]
    assert "Notulis Setwan" in text
    assert "diwakili oleh Sekretaris Dinas Contoh" in text and "800/123/2025" in text
    assert "Diskominfo membangun sinergi komunikasi" in text
    present = text[text.index("yang hadir") : text.index("Kesimpulan")]
    assert "Ulfiningtyas" in present
    assert "Anggota Berhalangan" not in text  # absent: not among those present


def test_only_the_secretariat_prints(client, world, panel):
    urls = [
        reverse(name, args=[panel.pk])
        for name in ("workspace:attendance-pdf", "workspace:minutes-pdf")
    ]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 302 and "login" in response["Location"]
    for user in (world.agency_user, world.body_user):
        client.force_login(user)
        for url in urls:
            assert client.get(url).status_code == 403
    client.force_login(world.clerk)
    assert client.get(reverse("workspace:minutes-pdf", args=[999999])).status_code == 404


def test_printing_costs_the_same_for_a_full_room(
    client, world, panel, django_assert_max_num_queries
):
    for index in range(30):
        person = PersonFactory(name=f"Peserta {index}")
        ParticipantFactory(meeting=panel, person=person, attendance=Attendance.PRESENT)
    client.force_login(world.clerk)
    with django_assert_max_num_queries(10):
        text = pdf_text(client.get(reverse("workspace:attendance-pdf", args=[panel.pk])))
    assert "Peserta 29" in text
    with django_assert_max_num_queries(11):
        text = pdf_text(client.get(reverse("workspace:minutes-pdf", args=[panel.pk])))
    assert "Peserta 29" in text
