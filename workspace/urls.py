from django.urls import include, path

from workspace import design, views

app_name = "workspace"

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("design/", design.design_page, name="design"),
    path("", include("workspace.secretariat.urls")),
    path("", include("workspace.agency.urls")),
    path("", include("workspace.body.urls")),
    path("", include("workspace.printables.urls")),
]
