"""One status vocabulary: a follow-up reported done awaits verification until its DPRD body
verifies it, on every page, count and export that shows a status."""

import pytest
from django.contrib.auth.models import User
from django.utils import timezone

from accountability.selectors.figures import counts, with_timeline_facts
from commitments.models import (
    Commitment,
    CommitmentStatus,
    DisplayStatus,
    Verification,
    display_status_q,
)
from commitments.services import commitment_submit
from demo.services import demo_load

pytestmark = pytest.mark.django_db

AWAITING = "Menunggu verifikasi"


@pytest.fixture
def demo():
    demo_load()
    awaiting = Commitment.objects.get(
        status=CommitmentStatus.DONE, verification=Verification.PENDING
    )
    done = Commitment.objects.get(status=CommitmentStatus.DONE, verification=Verification.VERIFIED)
    return awaiting, done


def test_the_property_and_the_filter_agree_on_every_follow_up(demo):
    awaiting, done = demo
    assert awaiting.display_status == DisplayStatus.AWAITING_VERIFICATION
    assert str(awaiting.display_status.label) == AWAITING
    assert done.display_status == DisplayStatus.DONE
    for commitment in Commitment.objects.all():
        matching = Commitment.objects.filter(display_status_q(commitment.display_status))
        assert matching.filter(pk=commitment.pk).exists()
    total = sum(Commitment.objects.filter(display_status_q(v)).count() for v in DisplayStatus)
    assert total == Commitment.objects.count()  # each follow-up shows exactly one status


def test_public_pages_show_done_only_once_verified(client, demo):
    awaiting, done = demo
    html = client.get(f"/commitments/{awaiting.pk}/").content.decode()
    assert AWAITING in html and "badge-done" not in html
    assert "badge-awaiting_verification" in html
    html = client.get(f"/commitments/{done.pk}/").content.decode()
    assert 'class="badge badge-done">Selesai<' in html

    listed = client.get("/commitments/?display_status=awaiting_verification").context["page"]
    assert [c.pk for c in listed.object_list] == [awaiting.pk]
    listed = client.get("/commitments/?display_status=done").context["page"]
    assert [c.pk for c in listed.object_list] == [done.pk]
    table = client.get("/commitments/").content.decode()
    assert table.count("badge-done") == 1


def test_the_home_page_counts_by_the_same_vocabulary(client, demo):
    statuses = {value: count for value, _label, count in client.get("/").context["statuses"]}
    assert statuses[DisplayStatus.AWAITING_VERIFICATION] == 1
    assert statuses[DisplayStatus.DONE] == 1
    html = client.get("/").content.decode()
    assert "?display_status=awaiting_verification" in html and AWAITING in html


def test_workspaces_show_awaiting_verification(client, demo):
    awaiting, _done = demo
    client.force_login(User.objects.get(username="setwan"))
    html = client.get(f"/workspace/commitments/{awaiting.pk}/").content.decode()
    assert "badge-awaiting_verification" in html and "badge-done" not in html

    # The agency's own list: its follow-up submitted as done is not shown done.
    agency = User.objects.get(username="diskominfo")
    mine = Commitment.objects.filter(owner__slug="diskominfo", due_date__isnull=False).first()
    commitment_submit(commitment=mine, author=agency, text="Selesai.")
    client.force_login(agency)
    html = client.get("/workspace/agency/").content.decode()
    assert "badge-awaiting_verification" in html and "badge-done" not in html


def test_the_scoreboard_counts_awaiting_apart_from_done(demo):
    figures = with_timeline_facts(Commitment.objects.all()).aggregate(
        **counts(timezone.localdate())
    )
    assert (figures["awaiting"], figures["verified"]) == (1, 1)


def test_open_data_labels(client, demo):
    awaiting, done = demo
    rows = {row["id"]: row for row in client.get("/data/commitments.json").json()["records"]}
    assert rows[awaiting.pk]["status_label"] == AWAITING
    assert rows[awaiting.pk]["status"] == "done"  # the stored value stays as it was
    assert rows[done.pk]["status_label"] == "Selesai"
