from django.db.models import Prefetch
from drf_spectacular.utils import extend_schema
from rest_framework import mixins, status, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import PermissionDenied
from rest_framework.parsers import FormParser, JSONParser, MultiPartParser
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response

from api.serializers.commitment_write import (
    CommitmentCreateSerializer,
    CommitmentEditSerializer,
    ProgressReportSerializer,
    SubmitSerializer,
)
from api.serializers.commitments import (
    CommitmentDetailSerializer,
    CommitmentSerializer,
    TimelineEntrySerializer,
)
from api.serializers.fast_commitments import commitment_list_data, commitment_rows
from api.serializers.meeting_write import ReasonSerializer
from commitments.access import can_report, can_verify, commitments_q
from commitments.filters import CommitmentFilter
from commitments.models import CommitmentUpdate
from commitments.selectors import commitment_list
from commitments.services import (
    commitment_close,
    commitment_create,
    commitment_delete,
    commitment_report_progress,
    commitment_submit,
    commitment_update,
    commitment_verify,
)
from meetings.access import actor_of

# Steps another role than the secretariat may take, each with who may take it.
STEP_ACTIONS = {"updates": can_report, "submit": can_report, "verify": can_verify}
STEP_ACTIONS |= {"reject": can_verify, "cannot_follow_up": can_verify}


class CommitmentViewSet(
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    viewsets.GenericViewSet,
):
    """Follow-ups. Agencies report on their own; the body they answer to verifies them."""

    filterset_class = CommitmentFilter
    ordering_fields = ["due_date", "created_at", "updated_at"]
    ordering = ["due_date", "pk"]
    parser_classes = [JSONParser, MultiPartParser, FormParser]

    def get_queryset(self):
        visible = commitment_list().filter(commitments_q(actor_of(self.request)))
        if self.action == "list":
            return visible.order_by("due_date", "pk")
        timeline = CommitmentUpdate.objects.select_related("author").order_by("created_at", "pk")
        return visible.prefetch_related(Prefetch("updates", queryset=timeline))

    def get_serializer_class(self):
        return CommitmentSerializer if self.action == "list" else CommitmentDetailSerializer

    # No docstring: drf-spectacular would take it as the operation's description.
    def list(self, request, *args, **kwargs):
        # Built by hand from .values() rows, like the meetings list; CommitmentSerializer still
        # documents it, and tests/api/test_fast_lists.py holds both to the same output.
        rows = commitment_rows(self.filter_queryset(self.get_queryset()))
        page = self.paginate_queryset(rows)
        results = commitment_list_data(rows if page is None else page, request, self.format_kwarg)
        return Response(results) if page is None else self.get_paginated_response(results)

    def get_permissions(self):
        if self.action in STEP_ACTIONS and self.request.method == "POST":
            return [IsAuthenticated()]
        return super().get_permissions()

    def get_object(self):
        commitment = super().get_object()
        allowed = STEP_ACTIONS.get(self.action)
        if (
            self.request.method == "POST"
            and allowed
            and not allowed(actor_of(self.request), commitment)
        ):
            raise PermissionDenied()
        return commitment

    def _detail(self, commitment, code=status.HTTP_200_OK):
        fresh = self.get_queryset().get(pk=commitment.pk)
        return Response(
            CommitmentDetailSerializer(fresh, context=self.get_serializer_context()).data,
            status=code,
        )

    @extend_schema(request=CommitmentCreateSerializer, responses={201: CommitmentDetailSerializer})
    def create(self, request):
        payload = CommitmentCreateSerializer(data=request.data)
        payload.is_valid(raise_exception=True)
        commitment = commitment_create(**payload.validated_data, author=request.user)
        return self._detail(commitment, status.HTTP_201_CREATED)

    @extend_schema(request=CommitmentEditSerializer, responses=CommitmentDetailSerializer)
    def partial_update(self, request, pk=None):
        commitment = self.get_object()
        payload = CommitmentEditSerializer(data=request.data, partial=True)
        payload.is_valid(raise_exception=True)
        return self._detail(commitment_update(commitment=commitment, **payload.validated_data))

    @extend_schema(responses={204: None})
    def destroy(self, request, pk=None):
        commitment_delete(commitment=self.get_object())
        return Response(status=status.HTTP_204_NO_CONTENT)

    @extend_schema(methods=["GET"], request=None, responses=TimelineEntrySerializer(many=True))
    @extend_schema(
        methods=["POST"], request=ProgressReportSerializer, responses={201: TimelineEntrySerializer}
    )
    @action(detail=True, methods=["get", "post"], pagination_class=None, filter_backends=[])
    def updates(self, request, pk=None):
        """The timeline; POST reports progress (with evidence as a file or a link)."""
        commitment = self.get_object()
        if request.method == "GET":
            entries = commitment.updates.all()
            return Response(
                TimelineEntrySerializer(
                    entries, many=True, context=self.get_serializer_context()
                ).data
            )
        payload = ProgressReportSerializer(data=request.data)
        payload.is_valid(raise_exception=True)
        entry = commitment_report_progress(
            commitment=commitment, author=request.user, **payload.validated_data
        )
        return Response(
            TimelineEntrySerializer(entry, context=self.get_serializer_context()).data,
            status=status.HTTP_201_CREATED,
        )

    @extend_schema(request=SubmitSerializer, responses=CommitmentDetailSerializer)
    @action(detail=True, methods=["post"])
    def submit(self, request, pk=None):
        """The agency reports the follow-up as done, for the body to verify."""
        commitment = self.get_object()
        payload = SubmitSerializer(data=request.data)
        payload.is_valid(raise_exception=True)
        return self._detail(
            commitment_submit(commitment=commitment, author=request.user, **payload.validated_data)
        )

    @extend_schema(request=None, responses=CommitmentDetailSerializer)
    @action(detail=True, methods=["post"])
    def verify(self, request, pk=None):
        commitment = self.get_object()
        return self._detail(
            commitment_verify(commitment=commitment, author=request.user, accept=True)
        )

    @extend_schema(request=ReasonSerializer, responses=CommitmentDetailSerializer)
    @action(detail=True, methods=["post"])
    def reject(self, request, pk=None):
        """Send a reported completion back to the agency, with the reason."""
        commitment = self.get_object()
        payload = ReasonSerializer(data=request.data)
        payload.is_valid(raise_exception=True)
        return self._detail(
            commitment_verify(
                commitment=commitment, author=request.user, accept=False, **payload.validated_data
            )
        )

    @extend_schema(request=ReasonSerializer, responses=CommitmentDetailSerializer)
    @action(detail=True, methods=["post"], url_path="cannot-follow-up")
    def cannot_follow_up(self, request, pk=None):
        """Close as "tidak dapat ditindaklanjuti", with the reason."""
        commitment = self.get_object()
        payload = ReasonSerializer(data=request.data)
        payload.is_valid(raise_exception=True)
        return self._detail(
            commitment_close(commitment=commitment, author=request.user, **payload.validated_data)
        )
