from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("i18n/", include("django.conf.urls.i18n")),
    path("api/", include("api.urls")),
    path("admin/", admin.site.urls),
    path("accounts/", include("accounts.urls")),
    path("notifications/", include("notifications.urls")),
    path("follow/", include("alerts.urls")),
    path("workspace/", include("workspace.urls")),
    path("scoreboard/", include("accountability.urls")),
    path("data/", include("opendata.urls")),
    path("files/", include("files.urls")),
    path("", include("public.urls")),
]
# No static() for MEDIA_URL, not even in debug: uploads are served by files/ after a check.

handler404 = "core.errors.not_found"
