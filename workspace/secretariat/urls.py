from django.urls import path

from workspace.secretariat.views import (
    accounts,
    attendance,
    draft,
    invitation,
    meeting,
    meeting_form,
    outbox,
)

urlpatterns = [
    path("today/", meeting.secretariat_today, name="secretariat-today"),
    path("meetings/", meeting.meetings_home, name="secretariat-home"),
    path("meetings/new/", meeting_form.meeting_new, name="meeting-new"),
    path("meetings/new/from-report/", draft.meeting_from_report, name="meeting-from-report"),
    path("meetings/<int:pk>/", meeting.meeting_page, name="meeting"),
    path("meetings/<int:pk>/edit/", meeting_form.meeting_edit, name="meeting-edit"),
    path("meetings/<int:pk>/attendance/", attendance.attendance_sheet, name="attendance"),
    # Before the generic action pattern below, which would take "invitation" for an action.
    path("meetings/<int:pk>/invitation/", invitation.invitation_issue_view, name="invitation"),
    path(
        "meetings/<int:pk>/invitation/resend/",
        invitation.invitation_resend_view,
        name="invitation-resend",
    ),
    path("meetings/<int:pk>/invitation.pdf", invitation.invitation_pdf, name="invitation-pdf"),
    path("meetings/<int:pk>/<slug:action>/", meeting.meeting_action, name="meeting-action"),
    path("outbox/", outbox.outbox, name="outbox"),
    path("accounts/", accounts.accounts, name="accounts"),
    path("accounts/<int:pk>/", accounts.account_edit, name="account-edit"),
    path("accounts/<int:pk>/invite/", accounts.account_invite_again, name="account-invite"),
    path("outbox/<int:pk>/retry/", outbox.outbox_retry, name="outbox-retry"),
]
