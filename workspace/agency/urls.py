from django.urls import path

from workspace.agency import views, views_commitment, views_invitation

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
    path(
        "invitations/<int:pk>/answer/<int:organization_pk>/",
        views_invitation.invitation_answer_page,
        name="invitation-answer",
    ),
    # The e-mail's signed link: no login; the token names the letter and the agency.
    path(
        "invitations/reply/<str:token>/", views_invitation.invitation_link, name="invitation-link"
    ),
    path(
        "invitations/reply/<str:token>/letter.pdf",
        views_invitation.invitation_link_pdf,
        name="invitation-link-pdf",
    ),
]
