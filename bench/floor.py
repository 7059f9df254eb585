"""The floor the API is measured against: the same rows of the same page, read with
`.values()` and encoded with orjson, with no serializer, filter backend or pagination class;
and, for comparison, the same lists through the DRF serializers. Served under /bench-floor/ by
bench.urls only (never by the app)."""

import orjson
from django.db.models import F
from django.http import HttpResponse
from rest_framework import mixins

from api.serializers.directory import ORGANIZATION_REF_FIELDS
from api.views.commitments import CommitmentViewSet
from api.views.meetings import MeetingViewSet
from commitments.models import Commitment
from meetings.models import Meeting, Openness

PAGE = 50
MEETING_FIELDS = [
    "id",
    "kind",
    "title",
    "start",
    "end",
    "openness",
    "online_url",
    "status",
    "status_reason",
    "rescheduled_to",
    "minutes_state",
    "revision",
    "updated_at",
]
BODY = {key: f"lead_body__{key}" for key in ORGANIZATION_REF_FIELDS}
VENUE = {
    "id": "venue_id",
    "slug": "venue__slug",
    "name": "venue__name",
    "time_zone": "venue__time_zone",
}


def _page(request) -> int:
    return max(1, int(request.GET.get("page", "1")))


def meetings_floor(request):
    first = (_page(request) - 1) * PAGE
    rows = list(
        Meeting.objects.order_by("-start", "-pk").values(
            *MEETING_FIELDS,
            **{f"b_{k}": F(v) for k, v in BODY.items()},
            **{f"v_{k}": F(v) for k, v in VENUE.items()},
        )[first : first + PAGE]
    )
    joint = Meeting.other_bodies.through.objects.filter(
        meeting_id__in=[row["id"] for row in rows]
    ).values("meeting_id", "organization_id", "organization__slug", "organization__name")
    others: dict[int, list] = {}
    for link in joint:
        others.setdefault(link["meeting_id"], []).append(link)
    results = []
    for row in rows:
        item = {k: row[k] for k in MEETING_FIELDS}
        item["lead_body"] = {k: row[f"b_{k}"] for k in BODY}
        item["venue"] = {k: row[f"v_{k}"] for k in VENUE} if row["v_id"] else None
        item["other_bodies"] = others.get(row["id"], [])
        item["is_redacted"] = row["openness"] != Openness.OPEN
        results.append(item)
    body = {"count": Meeting.objects.count(), "results": results}
    return HttpResponse(orjson.dumps(body), content_type="application/json")


COMMITMENT_FIELDS = [
    "id",
    "meeting_id",
    "kind",
    "text",
    "source_quote",
    "owner_role",
    "due_date",
    "status",
    "progress",
    "verification",
    "is_public",
    "created_at",
    "updated_at",
    "owner__slug",
    "owner__name",
    "answers_to__slug",
    "answers_to__name",
    "person_in_charge__name",
    "meeting__title",
    "meeting__start",
]


def commitments_floor(request):
    rows = Commitment.objects.order_by("due_date", "pk")
    if request.GET.get("owner"):
        rows = rows.filter(owner__slug=request.GET["owner"])
    if request.GET.get("status"):
        rows = rows.filter(status=request.GET["status"])
    rows = rows.filter(is_public=True, meeting__openness=Openness.OPEN)
    first = (_page(request) - 1) * PAGE
    body = {
        "count": rows.count(),
        "results": list(rows.values(*COMMITMENT_FIELDS)[first : first + PAGE]),
    }
    return HttpResponse(orjson.dumps(body), content_type="application/json")


# The lists as DRF's serializers build them (MeetingSerializer, CommitmentSerializer), which is
# what the API served before the hand-written lists (api.serializers.fast_*): measured in the
# same run, they show the before and after side by side.
class SerializerMeetings(MeetingViewSet):
    list = mixins.ListModelMixin.list


class SerializerCommitments(CommitmentViewSet):
    list = mixins.ListModelMixin.list


meetings_serializer = SerializerMeetings.as_view({"get": "list"})
commitments_serializer = SerializerCommitments.as_view({"get": "list"})
