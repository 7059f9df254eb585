from django.urls import include, path

from workspace import views

app_name = "workspace"

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("", include("workspace.secretariat.urls")),
    path("", include("workspace.agency.urls")),
    path("", include("workspace.body.urls")),
    path("", include("workspace.printables.urls")),
]
