"""The secretariat's admin: every page answers, lists stay a fixed number of queries, and
edits go through the services."""

import datetime
import io

import pytest
from django.contrib import admin
from django.contrib.auth.models import User
from django.core.management import call_command
from django.db import transaction
from django.urls import reverse
from django.utils import translation

from commitments.models import Commitment, UpdateKind
from meetings.models import Meeting, Organization

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """The demo, loaded once for the module (it took seconds per test). It stays in a
    transaction: each test runs in a savepoint inside it and leaves it as it found it, and the
    module's end rolls it all back, so no other module sees it."""
    with django_db_blocker.unblock(), transaction.atomic(), translation.override("id"):
        call_command("load_demo", "--force", stdout=io.StringIO())
        yield
        transaction.set_rollback(True)


def admin_url(model, view, *args):
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{view}", args=args)


def test_every_admin_page_answers(demo, superuser_client):
    for model, model_admin in admin.site._registry.items():
        assert superuser_client.get(admin_url(model, "changelist")).status_code == 200, model
        if model_admin.has_add_permission(_request(superuser_client)):
            assert superuser_client.get(admin_url(model, "add")).status_code == 200, model
        obj = model.objects.order_by("pk").first()
        if obj is not None:
            change = superuser_client.get(admin_url(model, "change", obj.pk))
            assert change.status_code == 200, model
            history = superuser_client.get(admin_url(model, "history", obj.pk))
            assert history.status_code == 200, model


def _request(client):
    class Request:
        user = User.objects.get(username="admin")

    return Request()


def test_admin_speaks_indonesian_by_default(demo, superuser_client):
    page = superuser_client.get(admin_url(Meeting, "changelist")).content.decode()
    assert "Rapat" in page


def test_meeting_history_shows_changes(demo, superuser_client):
    meeting = Meeting.objects.get(external_id="demo:panel_discussion_26_feb_2025")
    page = superuser_client.get(admin_url(Meeting, "history", meeting.pk)).content.decode()
    assert meeting.title in page


def form_data(form) -> dict:
    """A bound form's initial values, named and shaped as the browser would post them."""
    data = {}
    for name, field in form.fields.items():
        key = form.add_prefix(name)
        value = form.initial.get(name, field.initial)
        if hasattr(field, "fields"):  # split date and time
            for index, part in enumerate(field.widget.decompress(value)):
                data[f"{key}_{index}"] = part or ""
        elif isinstance(value, list):
            data[key] = [getattr(v, "pk", v) for v in value]
        elif isinstance(value, bool):
            if value:
                data[key] = "on"
        elif value is not None:
            data[key] = getattr(value, "pk", value)
    return data


def post_data(response, **fields):
    """The admin page's forms and inline formsets as the browser would send them back."""
    data = form_data(response.context["adminform"].form)
    for inline in response.context["inline_admin_formsets"]:
        management = inline.formset.management_form
        for name in management.fields:
            data[management.add_prefix(name)] = management.initial.get(name, 0)
        for form in inline.formset.initial_forms:
            data |= form_data(form)
    return data | fields


def test_changing_a_meeting_time_in_admin_raises_its_revision(demo, superuser_client):
    meeting = Meeting.objects.get(external_id="demo:upcoming_health_hearing")
    url = admin_url(Meeting, "change", meeting.pk)
    data = post_data(
        superuser_client.get(url),
        start_0="03/01/2030",
        start_1="10.30",
        end_0="03/01/2030",
        end_1="12.30",
    )
    response = superuser_client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    meeting.refresh_from_db()
    assert meeting.local_start.replace(tzinfo=None) == datetime.datetime(2030, 1, 3, 10, 30)
    assert meeting.revision == 1


def add_commitment(client, **fields):
    meeting = Meeting.objects.get(external_id="demo:upcoming_health_hearing")
    url = admin_url(Commitment, "add")
    base = {
        "meeting": meeting.pk,
        "owner": meeting.invited_organizations.first().pk,
        "answers_to": meeting.lead_body_id,
        "kind": "commitment",
        "owner_role": "head",
        "status": "not_started",
        "progress": 0,
    }
    return client.post(url, post_data(client.get(url), **(base | fields)))


def test_a_commitment_added_in_admin_starts_its_timeline(demo, superuser_client):
    response = add_commitment(
        superuser_client, text="Menyampaikan data antrean layanan", due_date="31/12/2030"
    )
    assert response.status_code == 302, response.context["adminform"].form.errors
    commitment = Commitment.objects.get(text="Menyampaikan data antrean layanan")
    assert commitment.due_date == datetime.date(2030, 12, 31)
    assert commitment.updates.get().kind == UpdateKind.CREATED
    assert commitment.updates.get().author.username == "admin"


def test_admin_refuses_an_agency_commitment_answering_to_an_agency(demo, superuser_client):
    agency = Meeting.objects.get(external_id="demo:upcoming_health_hearing").invited_organizations
    response = add_commitment(superuser_client, text="x", answers_to=agency.first().pk)
    assert response.status_code == 200
    assert "answers_to" in response.context["adminform"].form.errors
    assert not Commitment.objects.filter(text="x").exists()


def test_the_admin_switches_to_english_and_back(demo, superuser_client):
    page = superuser_client.get(admin_url(Meeting, "changelist")).content.decode()
    assert 'id="language-switch"' in page and "Sifat rapat" in page
    response = superuser_client.post(
        "/i18n/setlang/", {"language": "en", "next": admin_url(Meeting, "changelist")}
    )
    assert response.status_code == 302
    english = superuser_client.get(response["Location"]).content.decode()
    assert "Openness" in english and "Sifat rapat" not in english


def test_pages_stay_indonesian_for_an_english_browser_until_switched(client):
    page = client.get("/admin/login/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Masuk" in page and 'lang="id"' in page


def test_editing_a_commitment_in_admin_goes_through_the_service(demo, superuser_client):
    commitment = Commitment.objects.filter(status="not_started").first()
    url = admin_url(Commitment, "change", commitment.pk)
    page = superuser_client.get(url)
    assert "status" not in page.context["adminform"].form.fields  # steps only
    response = superuser_client.post(url, post_data(page, due_date="31/12/2031"))
    assert response.status_code == 302, response.context["adminform"].form.errors
    commitment.refresh_from_db()
    assert commitment.due_date == datetime.date(2031, 12, 31)
    other_agency = Organization.objects.filter(kind="opd").exclude(pk=commitment.owner_id).first()
    moved = post_data(superuser_client.get(url), owner=other_agency.pk)  # a valid choice
    response = superuser_client.post(url, moved)
    assert response.status_code == 200
    assert "owner" in response.context["adminform"].form.errors
