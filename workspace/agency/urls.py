from django.urls import path

from workspace.agency import views, views_commitment

urlpatterns = [
    path("agency/", views.agency_home, name="agency-home"),
    path("preferences/", views.preferences, name="preferences"),
    path("commitments/<int:pk>/", views_commitment.commitment_page, name="commitment"),
    path(
        "commitments/<int:pk>/progress/",
        views_commitment.commitment_progress,
        name="commitment-progress",
    ),
    path(
        "commitments/<int:pk>/submit/",
        views_commitment.commitment_submit_done,
        name="commitment-submit",
    ),
    path(
        "commitments/<int:pk>/evidence/<int:update_pk>/",
        views_commitment.commitment_evidence,
        name="commitment-evidence",
    ),
]
