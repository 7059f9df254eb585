from django.urls import path

from workspace.agency.views import commitment, home, invitation

urlpatterns = [
    path("agency/", home.agency_home, name="agency-home"),
    path("preferences/", home.preferences, name="preferences"),
    path("commitments/<int:pk>/", commitment.commitment_page, name="commitment"),
    path(
        "commitments/<int:pk>/progress/",
        commitment.commitment_progress,
        name="commitment-progress",
    ),
    path(
        "commitments/<int:pk>/submit/",
        commitment.commitment_submit_done,
        name="commitment-submit",
    ),
    path(
        "commitments/<int:pk>/evidence/<int:update_pk>/",
        commitment.commitment_evidence,
        name="commitment-evidence",
    ),
    path(
        "invitations/<int:pk>/answer/<int:organization_pk>/",
        invitation.invitation_answer_page,
        name="invitation-answer",
    ),
    # The e-mail's signed link: no login; the token names the letter and the agency.
    path("invitations/reply/<str:token>/", invitation.invitation_link, name="invitation-link"),
    path(
        "invitations/reply/<str:token>/letter.pdf",
        invitation.invitation_link_pdf,
        name="invitation-link-pdf",
    ),
]
