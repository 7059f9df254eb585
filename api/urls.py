from django.urls import include, path, reverse
from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema
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
    """The interactive reference inside the site's own page, in the reader's language.

    The page's title, introduction and links go through Django's translation; Swagger UI's own
    labels stay the library's and the schema's descriptions stay English (one reference for
    every integrator), which the page says.
    """

    # The page renders only with its HTML template: OPTIONS (DRF's metadata answer, which has
    # no template) answered 500. The docs page is read, never described.
    http_method_names = ["get", "head"]
    template_name = "api/docs.html"

    @extend_schema(exclude=True)
    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        if request.GET.get("script") is None:
            response.data["title"] = _("DPRD–OPD consultation tracker API")
            response.data["schema_url"] = reverse("api:schema")
        return response


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
