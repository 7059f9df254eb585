"""The admin's lists stay a fixed number of queries, on a database holding only the rows the
test makes (tests/test_admin.py keeps the demo loaded for its whole module)."""

import pytest

from commitments.models import Commitment
from meetings.models import Meeting
from tests.factories import CommitmentFactory, MeetingFactory
from tests.test_admin import admin_url

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(("model", "rows"), [(Meeting, 40), (Commitment, 40)])
def test_changelists_do_not_grow_queries_with_rows(
    superuser_client, django_assert_max_num_queries, model, rows
):
    for _ in range(rows):
        CommitmentFactory(meeting=MeetingFactory())
    with django_assert_max_num_queries(14):
        response = superuser_client.get(admin_url(model, "changelist"))
    assert response.status_code == 200
    assert len(response.context["cl"].result_list) == rows
