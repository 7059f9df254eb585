from django.urls import path
from drf_spectacular.utils import extend_schema
from rest_framework.response import Response
from rest_framework.views import APIView

from api.serializers.drafts import ExtractRequestSerializer, MeetingDraftSerializer
from extraction.selectors import draft_for_text
from extraction.services import require_report_text


class MeetingDraftExtractView(APIView):
    """Read a press release or news report and answer the meeting it describes, as a draft to
    check before logging the meeting. Nothing is stored. Secretariat only."""

    @extend_schema(request=ExtractRequestSerializer, responses=MeetingDraftSerializer)
    def post(self, request):
        payload = ExtractRequestSerializer(data=request.data)
        payload.is_valid(raise_exception=True)
        draft = draft_for_text(
            text=require_report_text(payload.validated_data["text"]),
            published=payload.validated_data["published"],
        )
        return Response(MeetingDraftSerializer(draft).data)


# Routed from api/urls.py under /api/meeting-drafts/.
urlpatterns = [path("extract/", MeetingDraftExtractView.as_view(), name="draft-extract")]
