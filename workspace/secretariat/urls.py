from django.urls import path

from workspace.secretariat import (
    views_attendance,
    views_draft,
    views_log,
    views_meeting,
    views_outbox,
)

urlpatterns = [
    path("meetings/", views_meeting.meetings_home, name="secretariat-home"),
    path("meetings/new/", views_log.meeting_new, name="meeting-new"),
    path("meetings/new/from-report/", views_draft.meeting_from_report, name="meeting-from-report"),
    path("meetings/<int:pk>/", views_meeting.meeting_page, name="meeting"),
    path("meetings/<int:pk>/attendance/", views_attendance.attendance_sheet, name="attendance"),
    path("meetings/<int:pk>/<slug:action>/", views_meeting.meeting_action, name="meeting-action"),
    path("outbox/", views_outbox.outbox, name="outbox"),
    path("outbox/<int:pk>/retry/", views_outbox.outbox_retry, name="outbox-retry"),
]
