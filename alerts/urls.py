from django.urls import path

from alerts import views

app_name = "alerts"

urlpatterns = [
    path("", views.follow, name="follow"),
    path("sent/", views.check_inbox, name="check-inbox"),
    path("confirm/<str:token>/", views.confirm, name="confirm"),
    path("unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
]
