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
    path("meetings/<int:pk>/invitation/", invitation.invitation_issue_view, name="invitation"),
    path(
        "meetings/<int:pk>/invitation/resend/",
        invitation.invitation_resend_view,
        name="invitation-resend",
    ),
    path("meetings/<int:pk>/invitation.pdf", invitation.invitation_pdf, name="invitation-pdf"),
    # One view per action on the meeting's page, each a POST that returns to the page.
    path("meetings/<int:pk>/mark-held/", meeting.meeting_mark_held, name="meeting-mark-held"),
    path(
        "meetings/<int:pk>/draft-minutes/",
        meeting.meeting_draft_minutes,
        name="meeting-draft-minutes",
    ),
    path(
        "meetings/<int:pk>/approve-minutes/",
        meeting.meeting_approve_minutes,
        name="meeting-approve-minutes",
    ),
    path("meetings/<int:pk>/outcome/", meeting.meeting_add_outcome, name="meeting-outcome"),
    path("meetings/<int:pk>/document/", meeting.meeting_add_document, name="meeting-document"),
    path("meetings/<int:pk>/postpone/", meeting.meeting_postpone, name="meeting-postpone"),
    path("meetings/<int:pk>/cancel/", meeting.meeting_cancel, name="meeting-cancel"),
    path("outbox/", outbox.outbox, name="outbox"),
    path("accounts/", accounts.accounts, name="accounts"),
    path("accounts/<int:pk>/", accounts.account_edit, name="account-edit"),
    path("accounts/<int:pk>/invite/", accounts.account_invite_again, name="account-invite"),
    path("outbox/<int:pk>/retry/", outbox.outbox_retry, name="outbox-retry"),
]
