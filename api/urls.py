from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView
from rest_framework.routers import DefaultRouter

from api.views.auth import LoginView, LogoutView
from api.views.commitments import CommitmentViewSet
from api.views.directory import (
    LegislationViewSet,
    OrganizationViewSet,
    PersonViewSet,
    VenueViewSet,
)
from api.views.meetings import MeetingViewSet

app_name = "api"


class DocsView(SpectacularSwaggerSplitView):
    # The page renders only with its HTML template: OPTIONS (DRF's metadata answer, which has
    # no template) answered 500. The docs page is read, never described.
    http_method_names = ["get", "head"]


router = DefaultRouter()
router.register("organizations", OrganizationViewSet, basename="organization")
router.register("people", PersonViewSet, basename="person")
router.register("venues", VenueViewSet, basename="venue")
router.register("legislation", LegislationViewSet, basename="legislation")
router.register("meetings", MeetingViewSet, basename="meeting")
router.register("commitments", CommitmentViewSet, basename="commitment")

urlpatterns = [
    path("auth/login/", LoginView.as_view(), name="login"),
    path("auth/logout/", LogoutView.as_view(), name="logout"),
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", DocsView.as_view(url_name="api:schema"), name="docs"),
    path("meeting-drafts/", include("api.views.drafts")),
    path("", include(router.urls)),
]
