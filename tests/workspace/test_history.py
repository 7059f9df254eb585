"""Who changed what and when: the history helper and the commitment page's history."""

import pytest
from django.urls import reverse

from commitments.services import commitment_update
from meetings.models import AgendaItem, Meeting
from meetings.services import meeting_update
from tests.factories import AgencyFactory, PersonFactory
from workspace.history import history_rows, merged_history_rows, user_label


@pytest.fixture
def world(db):
    from tests.workspace.fixtures_roles import build_world

    return build_world()


def test_each_change_names_its_fields_with_old_and_new_values(client, world):
    client.force_login(world.agency_user)
    client.post(
        reverse("workspace:commitment-progress", args=[world.commitment.pk]),
        {"text": "Rapat koordinasi", "progress": 30},
    )
    rows = history_rows(world.commitment.history.all())
    newest, created = rows[0], rows[-1]
    assert created.action == "Dibuat" and created.changes == []
    assert newest.action == "Diubah"
    assert newest.who == str(world.agency_user.person)
    changes = {change.field: (change.old, change.new) for change in newest.changes}
    assert changes["Progres (%)"] == ("0", "30")
    status = next(old_new for field, old_new in changes.items() if field.lower() == "status")
    assert status[0] != status[1] and "proses" in status[1].lower()
    assert "Diperbarui" not in " ".join(changes)  # updated_at is noise, never a change


def test_related_objects_are_named_and_unknown_users_are_blank(world):
    head = PersonFactory(name="Ulfiningtyas")
    commitment_update(commitment=world.commitment, person_in_charge=head)
    [row, *_] = history_rows(world.commitment.history.all())
    assert row.who == ""  # a change made outside a request has no user
    [change] = row.changes
    assert (change.old, change.new) == ("–", "Ulfiningtyas")


def test_many_to_many_changes_and_several_objects(world):
    meeting = world.meeting
    meeting.invited_organizations.add(AgencyFactory(abbreviation="Bappeda"))
    meeting_update(meeting=meeting, title="Judul baru")
    rows = history_rows(Meeting.history.filter(id=meeting.pk))
    texts = [(c.field, c.old, c.new) for row in rows for c in row.changes]
    assert any("Bappeda" in new and "Bappeda" not in old for _f, old, new in texts)
    assert ("Judul", "Diskusi panel Raperda RPJMD", "Judul baru") in texts
    assert rows[0].subject.startswith("Rapat")


def test_the_queries_do_not_grow_with_the_changes(world, django_assert_max_num_queries):
    people = [PersonFactory() for _ in range(15)]
    for person in people:
        commitment_update(commitment=world.commitment, person_in_charge=person)
    for index in range(5):
        world.meeting.invited_organizations.add(AgencyFactory())
        meeting_update(meeting=world.meeting, title=f"Judul {index}")
    with django_assert_max_num_queries(3):
        rows = history_rows(world.commitment.history.all())
    assert len(rows) == 16
    newest = history_rows(world.commitment.history.all(), limit=5)
    assert newest == rows[:5]
    with django_assert_max_num_queries(6):
        rows = history_rows(Meeting.history.filter(id=world.meeting.pk))
    assert len(rows) >= 10


def test_a_user_is_named_by_the_person_it_belongs_to(world):
    assert user_label(world.agency_user) == str(world.agency_user.person)
    assert user_label(world.clerk) == "setwan"
    assert user_label(None) == ""


def test_the_commitment_page_shows_who_changed_what(client, world):
    client.force_login(world.agency_user)
    client.post(
        reverse("workspace:commitment-progress", args=[world.commitment.pk]),
        {"text": "Rapat koordinasi", "progress": 30},
    )
    client.force_login(world.clerk)
    html = client.get(reverse("workspace:commitment", args=[world.commitment.pk])).content.decode()
    assert str(world.agency_user.person) in html
    assert "Progres (%)" in html and "0 → 30" in html


def test_a_meeting_and_its_parts_make_one_history(world):
    item = world.meeting.agenda_items.get()
    item.title = "Raperda RPJMD 2025-2029"
    item.save()
    rows = merged_history_rows(
        Meeting.history.filter(id=world.meeting.pk),
        AgendaItem.history.filter(meeting_id=world.meeting.pk),
    )
    assert rows[0].subject == "Mata acara: Raperda RPJMD 2025-2029"
    assert [c.new for c in rows[0].changes] == ["Raperda RPJMD 2025-2029"]
    assert [row.when for row in rows] == sorted((row.when for row in rows), reverse=True)
    assert {row.subject.split(":")[0] for row in rows} == {"Rapat", "Mata acara"}


# --- history in words ---------------------------------------------------------------------------


def test_participants_are_named_not_numbered(world, django_assert_max_num_queries):
    from meetings.models import Participant
    from tests.factories import ParticipantFactory

    ParticipantFactory(meeting=world.meeting, person=PersonFactory(name="Ulfiningtyas"))
    ParticipantFactory(
        meeting=world.meeting, person=None, organization=AgencyFactory(abbreviation="Dinkes")
    )
    with django_assert_max_num_queries(4):
        rows = history_rows(Participant.history.filter(meeting_id=world.meeting.pk))
    subjects = {row.subject for row in rows}
    assert "Peserta: Ulfiningtyas" in subjects and "Peserta: Dinkes" in subjects
    assert not any("#" in subject for subject in subjects)


def test_one_history_for_the_follow_up_with_its_timeline(client, world):
    client.force_login(world.agency_user)
    client.post(
        reverse("workspace:commitment-progress", args=[world.commitment.pk]),
        {"text": "Rapat koordinasi", "progress": 30, "evidence_url": "https://a.id/bukti"},
    )
    response = client.get(reverse("workspace:commitment", args=[world.commitment.pk]))
    newest = response.context["history"][0]
    assert newest.update.text == "Rapat koordinasi" and newest.action == "Progres dilaporkan"
    assert {c.field for c in newest.changes} >= {"Progres (%)"}
    html = response.content.decode()
    assert html.count('<table class="history">') == 1
    assert "https://a.id/bukti" in html and "0 → 30" in html


def test_the_meeting_history_covers_everything_recorded_in_it(world, django_assert_max_num_queries):
    from meetings.services import outcome_add
    from workspace.history_pages import meeting_history_rows

    item = world.meeting.agenda_items.get()
    outcome_add(agenda_item=item, kind="conclusion", text="Digitalisasi tidak bisa ditunda.")
    # A fixed number of queries: a few per kind of record, none per row.
    with django_assert_max_num_queries(24):
        rows = meeting_history_rows(world.meeting)
    kinds = {row.subject.split(":")[0] for row in rows}
    assert {"Rapat", "Mata acara", "Hasil rapat", "Komitmen"} <= kinds
    assert "Hasil rapat: Digitalisasi tidak bisa ditunda." in {row.subject for row in rows}


def test_demo_records_are_attributed_to_the_demo(client, db):
    from demo.services import demo_load
    from meetings.models import Meeting as MeetingModel
    from workspace.history_pages import meeting_history_rows

    demo_load()
    meeting = MeetingModel.objects.get(external_id="demo:panel_discussion_26_feb_2025")
    rows = meeting_history_rows(meeting)
    assert rows and {row.who for row in rows} == {"Data contoh"}
    demo = meeting.history.first().history_user
    assert not demo.is_active and not demo.has_usable_password()
    assert not client.login(username=demo.username, password="demo")
