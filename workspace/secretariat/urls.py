from django.urls import path

from workspace.secretariat import (
    views_accounts,
    views_attendance,
    views_draft,
    views_invitation,
    views_log,
    views_meeting,
    views_outbox,
)

urlpatterns = [
    path("today/", views_meeting.secretariat_today, name="secretariat-today"),
    path("meetings/", views_meeting.meetings_home, name="secretariat-home"),
    path("meetings/new/", views_log.meeting_new, name="meeting-new"),
    path("meetings/new/from-report/", views_draft.meeting_from_report, name="meeting-from-report"),
    path("meetings/<int:pk>/", views_meeting.meeting_page, name="meeting"),
    path("meetings/<int:pk>/edit/", views_log.meeting_edit, name="meeting-edit"),
    path("meetings/<int:pk>/attendance/", views_attendance.attendance_sheet, name="attendance"),
    # Before the generic action pattern below, which would take "invitation" for an action.
    path(
        "meetings/<int:pk>/invitation/", views_invitation.invitation_issue_view, name="invitation"
    ),
    path(
        "meetings/<int:pk>/invitation/resend/",
        views_invitation.invitation_resend_view,
        name="invitation-resend",
    ),
    path(
        "meetings/<int:pk>/invitation.pdf", views_invitation.invitation_pdf, name="invitation-pdf"
    ),
    path("meetings/<int:pk>/<slug:action>/", views_meeting.meeting_action, name="meeting-action"),
    path("outbox/", views_outbox.outbox, name="outbox"),
    path("accounts/", views_accounts.accounts, name="accounts"),
    path("accounts/<int:pk>/", views_accounts.account_edit, name="account-edit"),
    path("accounts/<int:pk>/invite/", views_accounts.account_invite_again, name="account-invite"),
    path("outbox/<int:pk>/retry/", views_outbox.outbox_retry, name="outbox-retry"),
]
