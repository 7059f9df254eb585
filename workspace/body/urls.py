from django.urls import path

from workspace.body import views

urlpatterns = [
    path("body/", views.body_home, name="body-home"),
    path("commitments/<int:pk>/verify/", views.commitment_verify_view, name="commitment-verify"),
]
