from django.db.models import Prefetch
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.utils import extend_schema
from rest_framework import mixins, status, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from api.filters import MeetingOrdering
from api.serializers.fast_meetings import meeting_list_data, meeting_rows
from api.serializers.meeting_write import (
    MeetingCreateSerializer,
    MeetingUpdateSerializer,
    PostponeSerializer,
    ReasonSerializer,
)
from api.serializers.meetings import MeetingDetailSerializer, MeetingSerializer
from commitments.access import commitments_q
from commitments.selectors import commitment_list
from commitments.services import meeting_create_with_commitments
from meetings.access import actor_of
from meetings.filters import MeetingFilter
from meetings.selectors import meeting_detail_for, meetings_for
from meetings.services import (
    meeting_approve_minutes,
    meeting_cancel,
    meeting_delete,
    meeting_draft_minutes,
    meeting_mark_held,
    meeting_reschedule,
    meeting_update,
)


class MeetingViewSet(
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    viewsets.GenericViewSet,
):
    """Meetings. Everyone sees that a meeting takes place; a closed meeting's content only
    reaches its own bodies and agencies and the secretariat. Only the secretariat writes."""

    filterset_class = MeetingFilter
    filter_backends = [DjangoFilterBackend, MeetingOrdering]
    ordering_fields = ["start", "updated_at"]
    ordering = ["-start", "-pk"]

    def get_queryset(self):
        actor = actor_of(self.request)
        if self.action == "list":
            return meetings_for(actor).order_by("-start", "-pk")
        visible_commitments = commitment_list().filter(commitments_q(actor)).order_by("pk")
        return meeting_detail_for(actor).prefetch_related(
            Prefetch("commitments", queryset=visible_commitments)
        )

    def get_serializer_class(self):
        return MeetingSerializer if self.action == "list" else MeetingDetailSerializer

    # No docstring: drf-spectacular would take it as the operation's description.
    def list(self, request, *args, **kwargs):
        # The busiest read. Rows come from .values() and become dicts by hand: the same three
        # queries as the prefetching serializers, but DRF's nested fields took two to three times
        # as long per page (docs/benchmarks.md, "DRF serializers (before)"). MeetingSerializer
        # still documents the list, and tests/api/test_fast_lists.py holds both to the same output.
        rows = meeting_rows(self.filter_queryset(self.get_queryset()))
        page = self.paginate_queryset(rows)
        results = meeting_list_data(rows if page is None else page, request, self.format_kwarg)
        return Response(results) if page is None else self.get_paginated_response(results)

    def _detail(self, meeting, code=status.HTTP_200_OK):
        fresh = self.get_queryset().get(pk=meeting.pk)
        return Response(self.get_serializer(fresh).data, status=code)

    @extend_schema(request=MeetingCreateSerializer, responses={201: MeetingDetailSerializer})
    def create(self, request):
        payload = MeetingCreateSerializer(data=request.data)
        payload.is_valid(raise_exception=True)
        meeting = meeting_create_with_commitments(
            **payload.service_arguments(), author=request.user
        )
        return self._detail(meeting, status.HTTP_201_CREATED)

    @extend_schema(request=MeetingUpdateSerializer, responses=MeetingDetailSerializer)
    def partial_update(self, request, pk=None):
        meeting = self.get_object()
        payload = MeetingUpdateSerializer(data=request.data, partial=True)
        payload.is_valid(raise_exception=True)
        meeting_update(meeting=meeting, **payload.validated_data)
        return self._detail(meeting)

    @extend_schema(responses={204: None})
    def destroy(self, request, pk=None):
        meeting_delete(meeting=self.get_object())
        return Response(status=status.HTTP_204_NO_CONTENT)

    @extend_schema(request=PostponeSerializer, responses={201: MeetingDetailSerializer})
    @action(detail=True, methods=["post"])
    def postpone(self, request, pk=None):
        """Postpone to a new date: creates the rescheduled meeting, linked from this one."""
        payload = PostponeSerializer(data=request.data)
        payload.is_valid(raise_exception=True)
        rescheduled = meeting_reschedule(meeting=self.get_object(), **payload.validated_data)
        return self._detail(rescheduled, status.HTTP_201_CREATED)

    @extend_schema(request=ReasonSerializer, responses=MeetingDetailSerializer)
    @action(detail=True, methods=["post"])
    def cancel(self, request, pk=None):
        payload = ReasonSerializer(data=request.data)
        payload.is_valid(raise_exception=True)
        return self._detail(meeting_cancel(meeting=self.get_object(), **payload.validated_data))

    @extend_schema(request=None, responses=MeetingDetailSerializer)
    @action(detail=True, methods=["post"], url_path="mark-held")
    def mark_held(self, request, pk=None):
        return self._detail(meeting_mark_held(meeting=self.get_object()))

    @extend_schema(request=None, responses=MeetingDetailSerializer)
    @action(detail=True, methods=["post"], url_path="draft-minutes")
    def draft_minutes(self, request, pk=None):
        """The minutes exist as a draft; they can then be approved."""
        return self._detail(meeting_draft_minutes(meeting=self.get_object()))

    @extend_schema(request=None, responses=MeetingDetailSerializer)
    @action(detail=True, methods=["post"], url_path="approve-minutes")
    def approve_minutes(self, request, pk=None):
        return self._detail(meeting_approve_minutes(meeting=self.get_object()))
