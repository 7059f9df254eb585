from django.urls import path

from files import views

app_name = "files"

urlpatterns = [
    path("documents/<int:pk>/<str:filename>", views.document_file, name="document"),
    path("evidence/<int:pk>/<str:filename>", views.evidence_file, name="evidence"),
    path("recaps/<int:pk>/<str:filename>", views.recap_file, name="recap"),
    # What a stored file's `.url` gives: on to the checked address above, for those who may.
    path("stored/<path:name>", views.stored_file, name="stored"),
]
