from django.urls import path

from accountability.views import recaps, scoreboard

app_name = "accountability"

urlpatterns = [
    path("", scoreboard.scoreboard_page, name="scoreboard"),
    path("recaps/", recaps.recap_list, name="recaps"),
    path("recaps/<int:pk>/", recaps.recap_detail, name="recap"),
    path("recaps/<int:pk>/file.<str:kind>", recaps.recap_file, name="recap_file"),
]
