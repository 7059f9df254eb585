"""The agency (OPD) workspace: its follow-ups, the commitment page, progress and submission."""

import datetime
import re

import pytest
from django.test import Client
from django.urls import reverse

from commitments.models import (
    Commitment,
    CommitmentStatus,
    CommitmentUpdate,
    UpdateKind,
    Verification,
)
from commitments.services import commitment_submit
from files.urls_for import evidence_file_url
from tests.workspace.fixtures_roles import build_world, many_commitments

HOME = reverse("workspace:agency-home")
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


@pytest.fixture
def world(db):
    return build_world()


def page(commitment) -> str:
    return reverse("workspace:commitment", args=[commitment.pk])


def progress_url(commitment) -> str:
    return reverse("workspace:commitment-progress", args=[commitment.pk])


def logged_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def upload(name: str, content: bytes):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile(name, content)


# --- who may open what ------------------------------------------------------------------------


def test_anonymous_is_sent_to_log_in(client, world):
    for url in (HOME, page(world.commitment), reverse("workspace:preferences")):
        response = client.get(url)
        assert response.status_code == 302
        assert "login" in response["Location"] and "next=" in response["Location"]


def test_only_agency_accounts_open_the_agency_home(client, world):
    for user in (world.body_user, world.clerk):
        client.force_login(user)
        assert client.get(HOME).status_code == 403


def test_an_agency_account_cannot_open_secretariat_pages(client, world):
    client.force_login(world.agency_user)
    assert client.get(reverse("workspace:secretariat-home")).status_code == 403
    assert client.get(reverse("workspace:meeting-new")).status_code == 403


def test_the_commitment_page_is_for_the_owner_the_body_and_the_secretariat(client, world):
    for user in (world.agency_user, world.body_user, world.clerk):
        client.force_login(user)
        assert client.get(page(world.commitment)).status_code == 200
    for user in (world.other_agency_user, world.other_body_user):
        client.force_login(user)
        response = client.get(page(world.commitment))
        assert response.status_code == 404
        assert "sinergi" not in response.content.decode()


def test_another_agencys_commitment_never_leaks(client, world):
    client.force_login(world.agency_user)
    response = client.get(page(world.other_commitment))
    assert response.status_code == 404
    assert "RAHASIA" not in response.content.decode()
    assert "RAHASIA" not in client.get(HOME).content.decode()
    post = client.post(progress_url(world.other_commitment), {"text": "x", "progress": 10})
    assert post.status_code == 404
    assert not world.other_commitment.updates.filter(kind=UpdateKind.PROGRESS).exists()


# --- "Komitmen kami" --------------------------------------------------------------------------


def test_the_home_groups_the_agencys_commitments_overdue_first(client, world):
    overdue, later = many_commitments(world, 2)
    submitted = many_commitments(world, 1)[0]
    commitment_submit(commitment=submitted, author=None)
    client.force_login(world.agency_user)
    response = client.get(HOME)
    groups = [group.key for group in response.context["groups"]]
    assert groups[0] == "overdue"
    by_key = {group.key: group.commitments for group in response.context["groups"]}
    assert overdue in by_key["overdue"]
    assert submitted in by_key["pending"]
    assert world.commitment in by_key["not_started"]
    html = response.content.decode()
    assert "Tindak lanjut RAHASIA" not in html
    assert reverse("public:private_feeds") in html
    assert page(world.commitment) in html


def test_agency_home_queries_do_not_grow_with_rows(client, world, django_assert_max_num_queries):
    many_commitments(world, 25)
    client.force_login(world.agency_user)
    # One more than before for what of each follow-up's meeting the agency may read (one query
    # for all rows, meetings.access.meeting_reach).
    with django_assert_max_num_queries(10):
        response = client.get(HOME)
    assert sum(len(group.commitments) for group in response.context["groups"]) == 26


# --- the commitment page ----------------------------------------------------------------------


def test_the_page_shows_the_meeting_the_timeline_and_the_forms(client, world):
    client.force_login(world.agency_user)
    html = client.get(page(world.commitment)).content.decode()
    assert "Diskusi panel Raperda RPJMD" in html
    assert "Rabu, 26 Februari 2025, 09.00–12.00 WIB" in html
    assert reverse("workspace:commitment-progress", args=[world.commitment.pk]) in html
    assert reverse("workspace:commitment-submit", args=[world.commitment.pk]) in html


def test_each_label_on_the_page_names_a_field_of_its_own(client, world):
    # The progress and submit forms both have a "text" field; shared ids would tie the second
    # form's label to the first form's field.
    client.force_login(world.agency_user)
    html = client.get(page(world.commitment)).content.decode()
    ids = re.findall(r'\sid="([^"]+)"', html)
    assert len(ids) == len(set(ids)), sorted(i for i in ids if ids.count(i) > 1)
    assert set(re.findall(r'<label for="([^"]+)"', html)) <= set(ids)
    assert 'for="progress_text"' in html and 'for="submit_text"' in html


def test_the_body_sees_no_reporting_forms(client, world):
    client.force_login(world.body_user)
    html = client.get(page(world.commitment)).content.decode()
    assert reverse("workspace:commitment-progress", args=[world.commitment.pk]) not in html
    response = client.post(progress_url(world.commitment), {"text": "x", "progress": 10})
    assert response.status_code == 403


def test_commitment_page_queries_are_bounded(client, world, django_assert_max_num_queries):
    client.force_login(world.agency_user)
    for index in range(12):
        client.post(
            progress_url(world.commitment),
            {"text": f"Laporan {index}", "progress": index * 5, "evidence_url": "https://a.id/b"},
        )
    # 7 for the page, 6 for its planned reminders (policies, preferences, unsubscriptions, the
    # follow-up with its parties, current offices, the outbox rows), 1 for what of the meeting
    # the reader may see: none grows with the rows.
    with django_assert_max_num_queries(14):
        response = client.get(page(world.commitment))
    history = response.context["history"]
    # One history: every timeline entry (recorded + 12 reports) told in the row of its change.
    assert sum(1 for row in history if row.update) == 13
    assert len(history) == 13


# --- reporting progress -----------------------------------------------------------------------


def test_the_agency_reports_progress_with_a_pdf(client, world):
    client.force_login(world.agency_user)
    response = client.post(
        progress_url(world.commitment),
        {
            "text": "Rapat koordinasi OPD",
            "progress": "40",
            "evidence_file": upload("bukti.pdf", PDF),
        },
    )
    assert response.status_code == 302
    assert response["Location"] == page(world.commitment)
    world.commitment.refresh_from_db()
    assert (world.commitment.status, world.commitment.progress) == ("in_progress", 40)
    update = world.commitment.updates.get(kind=UpdateKind.PROGRESS)
    assert update.author == world.agency_user and update.evidence_file
    evidence = evidence_file_url(update)
    assert evidence in client.get(page(world.commitment)).content.decode()
    old = reverse("workspace:commitment-evidence", args=[world.commitment.pk, update.pk])
    assert client.get(old)["Location"] == evidence
    download = client.get(evidence)
    assert download.status_code == 200
    assert b"".join(download.streaming_content) == PDF
    client.force_login(world.other_agency_user)
    assert client.get(evidence).status_code == 404


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"text": "", "progress": "40"}, "text"),
        ({"text": "Rapat", "progress": "150"}, "progress"),
        ({"text": "Rapat", "progress": "40", "evidence_url": "bukan tautan"}, "evidence_url"),
        (
            {"text": "Rapat", "progress": "40", "evidence_url": "https://a.id/x", "file": "x.pdf"},
            "evidence_url",
        ),
        ({"text": "Rapat", "progress": "40", "file": "program.pdf", "content": b"MZ\x90"}, "file"),
        ({"text": "Rapat", "progress": "40", "file": "bukti.exe", "content": PDF}, "file"),
    ],
)
def test_bad_input_is_shown_next_to_the_field_and_nothing_is_saved(client, world, data, field):
    data = dict(data)
    if "file" in data:
        data["evidence_file"] = upload(data.pop("file"), data.pop("content", PDF))
    field = "evidence_file" if field == "file" else field
    client.force_login(world.agency_user)
    response = client.post(progress_url(world.commitment), data)
    assert response.status_code == 400
    assert response.context["progress_form"].errors[field]
    assert 'class="errorlist' in response.content.decode()
    assert not CommitmentUpdate.objects.filter(kind=UpdateKind.PROGRESS).exists()
    world.commitment.refresh_from_db()
    assert world.commitment.status == CommitmentStatus.NOT_STARTED


def test_a_file_over_the_limit_is_refused(client, world, settings):
    settings.UPLOAD_MAX_BYTES = 100
    client.force_login(world.agency_user)
    big = upload("bukti.pdf", PDF + b"0" * 200)
    response = client.post(
        progress_url(world.commitment), {"text": "Rapat", "progress": 40, "evidence_file": big}
    )
    assert response.status_code == 400
    assert "100" in " ".join(response.context["progress_form"].errors["evidence_file"])
    assert not CommitmentUpdate.objects.filter(kind=UpdateKind.PROGRESS).exists()


def test_a_refused_step_becomes_a_form_error_not_a_crash(client, world):
    commitment_submit(commitment=world.commitment, author=None)
    client.force_login(world.agency_user)
    response = client.post(progress_url(world.commitment), {"text": "Lagi", "progress": 50})
    assert response.status_code == 400
    assert response.context["progress_form"].non_field_errors()
    assert not CommitmentUpdate.objects.filter(kind=UpdateKind.PROGRESS).exists()
    again = client.post(reverse("workspace:commitment-submit", args=[world.commitment.pk]), {})
    assert again.status_code == 400
    assert again.context["submit_form"].non_field_errors()
    assert world.commitment.updates.filter(kind=UpdateKind.SUBMITTED).count() == 1


# --- submitting as done -----------------------------------------------------------------------


def test_the_agency_submits_as_done(client, world):
    client.force_login(world.agency_user)
    response = client.post(
        reverse("workspace:commitment-submit", args=[world.commitment.pk]),
        {"text": "Sinergi terbentuk"},
    )
    assert response.status_code == 302
    commitment = Commitment.objects.get(pk=world.commitment.pk)
    assert (commitment.status, commitment.progress) == ("done", 100)
    assert commitment.verification == Verification.PENDING
    assert commitment.updates.get(kind=UpdateKind.SUBMITTED).text == "Sinergi terbentuk"


def test_get_on_a_step_is_refused(client, world):
    client.force_login(world.agency_user)
    url = reverse("workspace:commitment-submit", args=[world.commitment.pk])
    assert client.get(url).status_code == 405


def test_csrf_is_enforced_on_every_post(world):
    client = Client(enforce_csrf_checks=True)
    client.force_login(world.agency_user)
    urls = [
        progress_url(world.commitment),
        reverse("workspace:commitment-submit", args=[world.commitment.pk]),
        reverse("workspace:preferences"),
    ]
    for url in urls:
        assert client.post(url, {"text": "x", "progress": 10}).status_code == 403
    assert not world.commitment.updates.exclude(kind=UpdateKind.CREATED).exists()
    client.get(page(world.commitment))
    token = client.cookies["csrftoken"].value
    response = client.post(
        progress_url(world.commitment),
        {"text": "Dengan token", "progress": 10, "csrfmiddlewaretoken": token},
    )
    assert response.status_code == 302


def test_an_overdue_commitment_is_flagged_on_its_page(client, world):
    overdue = many_commitments(world, 1)[0]
    assert overdue.due_date < datetime.date.today()
    client.force_login(world.agency_user)
    assert "badge-overdue" in client.get(page(overdue)).content.decode()
