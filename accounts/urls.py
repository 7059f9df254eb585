from django.urls import path

from accounts import views

app_name = "accounts"

urlpatterns = [
    path("password/reset/", views.PasswordResetView.as_view(), name="reset"),
    path("password/reset/sent/", views.PasswordResetDoneView.as_view(), name="reset_done"),
    path(
        "password/set/<uidb64>/<token>/",
        views.PasswordResetConfirmView.as_view(),
        name="reset_confirm",
    ),
    path("password/set/done/", views.PasswordResetCompleteView.as_view(), name="reset_complete"),
    path("password/change/", views.PasswordChangeView.as_view(), name="password_change"),
    path(
        "password/change/done/",
        views.PasswordChangeDoneView.as_view(),
        name="password_change_done",
    ),
]
