"""The admin shows invitations and answers with their history, and changes neither."""

import pytest
from django.contrib.auth.models import User
from django.urls import reverse

from meetings.models import Answer
from meetings.services import invitation_answer
from tests.meetings.invitation_world import NOW, build, issue

pytestmark = pytest.mark.django_db


def test_invitations_and_answers_are_read_only_in_the_admin(client):
    world = build()
    invitation = issue(world["meeting"])
    reply = invitation_answer(
        invitation=invitation, organization=world["dinkes"], answer=Answer.ATTENDING, now=NOW
    )
    client.force_login(User.objects.create_superuser("admin", "admin@example.org", "x"))
    for name, obj in (("invitation", invitation), ("invitationreply", reply)):
        assert client.get(reverse(f"admin:meetings_{name}_changelist")).status_code == 200
        assert (
            client.get(reverse(f"admin:meetings_{name}_change", args=[obj.pk])).status_code == 200
        )
        history = client.get(reverse(f"admin:meetings_{name}_history", args=[obj.pk]))
        assert history.status_code == 200
        assert client.get(reverse(f"admin:meetings_{name}_add")).status_code == 403
        response = client.post(
            reverse(f"admin:meetings_{name}_delete", args=[obj.pk]), {"post": "yes"}
        )
        assert response.status_code == 403
    assert invitation.replies.count() == 1
