from django.urls import path

from workspace.printables import views

urlpatterns = [
    path("meetings/<int:pk>/attendance.pdf", views.attendance_pdf, name="attendance-pdf"),
    path("meetings/<int:pk>/minutes.pdf", views.minutes_pdf, name="minutes-pdf"),
]
