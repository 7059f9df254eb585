"""The invitation in the workspaces: the secretariat issues, prints and re-sends; an agency answers
from its workspace or through the e-mail's signed link."""

import datetime
import io
import re

import pytest
import time_machine
from django.template import Context, Template
from django.test import Client, RequestFactory
from django.urls import reverse
from pypdf import PdfReader

from audit.models import AuditEvent, EventKind
from meetings.models import Answer, InvitationReply, OfficeRole, Openness
from meetings.roles import AGENCY, BODY_MEMBER, SECRETARIAT
from meetings.services import invitation_answer, meeting_create
from notifications.links import invitation_token
from notifications.models import Kind, Notification
from notifications.services import invitation_issue_and_send
from tests.factories import AgencyFactory, MembershipFactory, PersonFactory, account
from tests.meetings.invitation_world import LETTER, NOW, START, build

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _clock_and_outbox(monkeypatch):
    monkeypatch.setattr("notifications.services.invitations.enqueue_delivery", lambda ids: None)
    with time_machine.travel(NOW, tick=False):
        yield


@pytest.fixture
def world():
    world = build()
    world["clerk"] = account("setwan", SECRETARIAT)
    world["agency_user"] = account("kominfo", AGENCY, world["diskominfo"], role=OfficeRole.STAFF)
    world["outsider"] = account("dishub", AGENCY, AgencyFactory(), role=OfficeRole.STAFF)
    world["member"] = account("komisi1", BODY_MEMBER, world["komisi"])
    return world


def issued(world):
    return invitation_issue_and_send(meeting=world["meeting"], **LETTER)


def form_data(**overrides):
    data = {**LETTER, "letter_date": "2025-02-19", "nature": "Penting", "attachments": "-"}
    return data | overrides


# --- the secretariat ------------------------------------------------------------------------


def test_the_clerk_issues_once_and_the_outbox_holds_each_address_once(client, world):
    client.force_login(world["clerk"])
    url = reverse("workspace:invitation", args=[world["meeting"].pk])
    for _ in range(2):
        response = client.post(url, form_data())
        assert response.status_code == 302
        assert response["Location"] == reverse("workspace:meeting", args=[world["meeting"].pk])
    rows = Notification.objects.filter(kind=Kind.MEETING_INVITATION)
    assert sorted(rows.values_list("address", flat=True)) == [
        "diskominfo@example.org",
        "kadis@example.org",
    ]
    response = client.post(reverse("workspace:invitation-resend", args=[world["meeting"].pk]))
    assert response.status_code == 302
    assert rows.count() == 2
    invitation = world["meeting"].invitation
    assert invitation.issued_by == world["clerk"]
    assert invitation.sent_rounds == 1


def test_issue_errors_are_shown_on_their_field(client, world):
    client.force_login(world["clerk"])
    url = reverse("workspace:invitation", args=[world["meeting"].pk])
    response = client.post(url, form_data(letter_number=""))
    assert response.status_code == 400
    assert not Notification.objects.exists()
    world["meeting"].invited_organizations.clear()
    response = client.post(url, form_data())
    assert response.status_code == 400
    assert "Undang sekurang-kurangnya satu OPD" in response.content.decode()


def test_only_the_secretariat_issues_and_resends(client, world):
    url = reverse("workspace:invitation", args=[world["meeting"].pk])
    resend = reverse("workspace:invitation-resend", args=[world["meeting"].pk])
    response = client.post(url, form_data())
    assert response.status_code == 302 and "login" in response["Location"]
    for user in (world["agency_user"], world["member"]):
        client.force_login(user)
        assert client.post(url, form_data()).status_code == 403
        assert client.post(resend).status_code == 403
    assert not Notification.objects.exists()


def test_the_panel_shows_each_answer(client, world):
    invitation = issued(world)
    invitation_answer(
        invitation=invitation,
        organization=world["diskominfo"],
        answer=Answer.REPRESENTED,
        representative=world["secretary"],
        assignment_letter="800/45/2025",
    )
    invitation_answer(
        invitation=invitation,
        organization=world["dinkes"],
        answer=Answer.UNABLE,
        reason="Dinas luar",
    )
    client.force_login(world["clerk"])
    page = client.get(reverse("workspace:invitation", args=[world["meeting"].pk])).content.decode()
    assert "Sekdis Kominfo (Sekretaris Dinas)" in page and "800/45/2025" in page
    assert "Dinas luar" in page
    assert "Ulfiningtyas" in page  # the head of Diskominfo on the meeting's day
    assert reverse("workspace:invitation-pdf", args=[world["meeting"].pk]) in page
    assert 'type="date" name="letter_date" value="2025-02-19"' in page  # ISO for a date input
    # The panel's forms (correct the letter, re-send) carry the CSRF token.
    for action in ("invitation", "invitation-resend"):
        url = reverse(f"workspace:{action}", args=[world["meeting"].pk])
        form = re.search(
            rf'action="{url}"[^>]*>\s*<input type="hidden" name="csrfmiddlewaretoken"', page
        )
        assert form, action


def test_the_panel_tag_renders_in_a_fixed_number_of_queries(world, django_assert_max_num_queries):
    deputies = {}
    for n in range(25):
        agency = AgencyFactory(email=f"opd{n}@example.org")
        MembershipFactory(organization=agency, role=OfficeRole.HEAD, person=PersonFactory())
        deputies[agency] = MembershipFactory(
            organization=agency,
            role=OfficeRole.SECRETARY,
            label="Sekretaris",
            person=PersonFactory(),
        ).person
        world["meeting"].invited_organizations.add(agency)
    invitation = issued(world)
    for agency, deputy in deputies.items():
        # Picked from the directory: the panel reads each representative's name.
        invitation_answer(
            invitation=invitation,
            organization=agency,
            answer=Answer.REPRESENTED,
            representative=deputy,
        )
    request = RequestFactory().get("/")
    request.user = world["clerk"]
    template = Template("{% load invitation_tags %}{% invitation_panel meeting %}")
    with django_assert_max_num_queries(5):
        html = template.render(Context({"meeting": world["meeting"], "request": request}))
    assert html.count(" (Sekretaris)") == 25


# --- the letter -----------------------------------------------------------------------------


def pdf_text(response) -> str:
    assert response["Content-Type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(response.content))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def test_the_letter_reads_as_a_secretariat_letter(client, world):
    issued(world)
    client.force_login(world["clerk"])
    response = client.get(reverse("workspace:invitation-pdf", args=[world["meeting"].pk]))
    assert response.status_code == 200
    text = pdf_text(response)
    for expected in (
        "DEWAN PERWAKILAN RAKYAT DAERAH KABUPATEN PROBOLINGGO",
        "SEKRETARIAT DPRD",
        "Probolinggo, 19 Februari 2025",
        "Nomor : 005/123/426.070/2025",
        "Sifat : Penting",
        "Lampiran : -",
        "Perihal : Undangan",
        "Kepada",
        "Yth.",
        "Kepala Diskominfo",
        "Kepala Dinas Kesehatan",  # no head known: the office by the agency's name
        "Tempat",
        "Dengan hormat,",
        "mengharap kehadiran Saudara pada",
        "Hari/tanggal : Rabu, 26 Februari 2025",
        "Pukul : 09.00 WIB s.d. selesai",
        "Ruang Argopuro, Kantor Bupati, Kraksaan",
        "Acara : Pembahasan Raperda RPJMD",
        "KETUA KOMISI I,",
        "H. Contoh, S.H.",
        "NIP. 197001012000031001",
    ):
        assert expected in text, expected


def test_the_letter_is_written_in_the_meetings_zone(client, world):
    world["meeting"].venue.time_zone = "Asia/Makassar"
    world["meeting"].venue.save()
    issued(world)
    client.force_login(world["clerk"])
    text = pdf_text(client.get(reverse("workspace:invitation-pdf", args=[world["meeting"].pk])))
    assert "Pukul : 10.00 WITA s.d. selesai" in text


def test_who_may_read_the_letter(client, world):
    world["meeting"].openness = Openness.CLOSED
    world["meeting"].save()
    url = reverse("workspace:invitation-pdf", args=[world["meeting"].pk])
    client.force_login(world["clerk"])
    assert client.get(url).status_code == 404  # not issued yet
    issued(world)
    assert client.get(url).status_code == 200
    client.force_login(world["agency_user"])
    assert client.get(url).status_code == 200
    exports = AuditEvent.objects.filter(kind=EventKind.EXPORT).order_by("pk")
    assert list(exports.values_list("user", flat=True)) == [
        world["clerk"].pk,
        world["agency_user"].pk,
    ]
    for user in (world["outsider"], world["member"]):
        client.force_login(user)
        assert client.get(url).status_code == 403
    client.logout()
    assert client.get(url).status_code == 302


# --- the agency's answer from its workspace ------------------------------------------------


def answer_url(world, organization=None):
    organization = organization or world["diskominfo"]
    return reverse(
        "workspace:invitation-answer", args=[world["meeting"].invitation.pk, organization.pk]
    )


def test_the_agency_answers_and_changes_its_answer(client, world):
    issued(world)
    client.force_login(world["agency_user"])
    url = answer_url(world)
    page = client.get(url)
    assert page.status_code == 200 and "Sekretaris Dinas – Sekdis Kominfo" in page.content.decode()
    assert client.post(url, {"answer": Answer.ATTENDING}).status_code == 302
    response = client.post(
        url,
        {
            "answer": Answer.REPRESENTED,
            "representative": world["secretary"].pk,
            "assignment_letter": "800/45/2025",
        },
    )
    assert response.status_code == 302
    reply = InvitationReply.objects.get()
    assert reply.answered_by == world["agency_user"]
    assert reply.representative == world["secretary"]
    assert [h.answer for h in reply.history.order_by("history_date")] == [
        Answer.ATTENDING,
        Answer.REPRESENTED,
    ]


def test_a_represented_answer_without_a_name_is_refused_on_the_field(client, world):
    issued(world)
    client.force_login(world["agency_user"])
    response = client.post(answer_url(world), {"answer": Answer.REPRESENTED})
    assert response.status_code == 400
    assert "Pilih wakilnya atau ketik namanya." in response.content.decode()
    assert not InvitationReply.objects.exists()


def test_an_agency_answers_only_for_itself(client, world):
    issued(world)
    client.force_login(world["outsider"])
    assert client.post(answer_url(world), {"answer": Answer.ATTENDING}).status_code == 403
    # Its own agency is not invited: nothing to answer.
    own = world["outsider"].person.memberships.get().organization
    assert client.get(answer_url(world, own)).status_code == 404
    for user in (world["clerk"], world["member"]):
        client.force_login(user)
        assert client.post(answer_url(world), {"answer": Answer.ATTENDING}).status_code == 403
    assert not InvitationReply.objects.exists()


def test_the_agency_home_lists_open_invitations(client, world, django_assert_max_num_queries):
    issued(world)
    for n in range(15):
        meeting = build_more(world, n)
        invitation_issue_and_send(meeting=meeting, **LETTER)
    client.force_login(world["agency_user"])
    with django_assert_max_num_queries(11):
        page = client.get(reverse("workspace:agency-home")).content.decode()
    assert page.count("/workspace/invitations/") >= 16
    assert "belum dijawab" in page


def build_more(world, n):
    return meeting_create(
        title=f"RDP {n}",
        kind="rdp",
        lead_body=world["komisi"],
        start=START + datetime.timedelta(days=n + 1),
        venue=world["meeting"].venue,
        invited_organizations=[world["diskominfo"]],
    )


# --- the signed link ------------------------------------------------------------------------


def link(world, organization=None):
    organization = organization or world["diskominfo"]
    token = invitation_token(world["meeting"].invitation.pk, organization.pk)
    return reverse("workspace:invitation-link", args=[token])


def csrf_of(page) -> str:
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.content.decode())[1]


def test_the_signed_link_answers_without_a_login_and_with_csrf(world):
    issued(world)
    browser = Client(enforce_csrf_checks=True)
    url = link(world)
    page = browser.get(url)
    assert page.status_code == 200
    assert "Rabu, 26 Februari 2025, 09.00–12.00 WIB" in page.content.decode()
    data = {"answer": Answer.UNABLE, "reason": "Tugas ke provinsi"}
    assert browser.post(url, data).status_code == 403  # no CSRF token: refused
    assert not InvitationReply.objects.exists()
    response = browser.post(url, data | {"csrfmiddlewaretoken": csrf_of(page)})
    assert response.status_code == 302
    reply = InvitationReply.objects.get()
    assert (reply.organization, reply.answer, reply.answered_by) == (
        world["diskominfo"],
        Answer.UNABLE,
        None,
    )
    letter = browser.get(reverse("workspace:invitation-link-pdf", args=[url.split("/")[-2]]))
    assert letter.status_code == 200 and "Perihal : Undangan" in pdf_text(letter)
    event = AuditEvent.objects.get(kind=EventKind.EXPORT)
    assert event.user is None
    assert event.detail == {
        "dataset": "invitation",
        "format": "pdf",
        "meeting": world["meeting"].pk,
        "signed_link_for": world["diskominfo"].pk,
    }


def test_a_tampered_link_is_refused(client, world):
    issued(world)
    url = link(world)
    token = url.split("/")[-2]
    forged = token[:-1] + ("A" if token[-1] != "A" else "B")
    assert client.get(url.replace(token, forged)).status_code == 404
    other = invitation_token(world["meeting"].invitation.pk + 1, world["diskominfo"].pk)
    assert client.get(url.replace(token, other)).status_code == 404
    assert client.post(url.replace(token, forged), {"answer": "attending"}).status_code == 404
    assert not InvitationReply.objects.exists()


def test_a_link_answers_only_for_the_agency_it_was_made_for(client, world):
    issued(world)
    client.post(link(world), {"answer": Answer.ATTENDING})
    assert list(InvitationReply.objects.values_list("organization", flat=True)) == [
        world["diskominfo"].pk
    ]
    # A link for an agency that is not invited opens nothing.
    assert client.get(link(world, AgencyFactory())).status_code == 404


def test_the_link_expires_when_the_meeting_starts(client, world):
    issued(world)
    url = link(world)
    with time_machine.travel(START, tick=False):
        assert client.get(url).status_code == 410
        assert client.post(url, {"answer": Answer.ATTENDING}).status_code == 410
        pdf = reverse("workspace:invitation-link-pdf", args=[url.split("/")[-2]])
        assert client.get(pdf).status_code == 410
    assert not InvitationReply.objects.exists()


def test_the_link_page_costs_the_same_for_a_large_agency(
    client, world, django_assert_max_num_queries
):
    issued(world)
    for n in range(20):
        MembershipFactory(
            organization=world["diskominfo"], role=OfficeRole.STAFF, label=f"Staf {n}"
        )
    with django_assert_max_num_queries(6):
        page = client.get(link(world))
    assert page.content.decode().count("Staf ") >= 20
