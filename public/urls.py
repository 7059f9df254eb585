from django.contrib.auth import views as auth_views
from django.urls import path, reverse_lazy

from public.views import (
    commitments,
    favicon,
    home,
    ical,
    meetings,
    news,
    organizations,
    private_feeds,
)
from public.views.search import search_page

app_name = "public"

urlpatterns = [
    path("", home.home, name="home"),
    path("favicon.ico", favicon.favicon, name="favicon"),
    path("calendar/", meetings.calendar_month, name="calendar"),
    path("calendar/list/", meetings.calendar_list, name="calendar_list"),
    path("calendar.ics", ical.site_feed, name="feed"),
    path("calendar/private/", private_feeds.private_feeds, name="private_feeds"),
    path("calendar/private/<str:secret>.ics", ical.private_feed, name="private_feed"),
    path("calendar/<slug:slug>.ics", ical.organization_feed, name="organization_feed"),
    path("meetings/<int:pk>/", meetings.meeting_detail, name="meeting"),
    path("meetings/<int:pk>.ics", ical.meeting_feed, name="meeting_ics"),
    path("bodies/<slug:slug>/", organizations.body_detail, name="body"),
    path("agencies/<slug:slug>/", organizations.agency_detail, name="agency"),
    path("commitments/", commitments.commitment_list, name="commitments"),
    path("commitments/<int:pk>/", commitments.commitment_detail, name="commitment"),
    path("search/", search_page, name="search"),
    path("feeds/meetings.rss", news.MeetingsRssFeed(), name="rss"),
    path("feeds/meetings.atom", news.MeetingsAtomFeed(), name="atom"),
    path(
        "login/",
        auth_views.LoginView.as_view(
            template_name="public/login.html", next_page=reverse_lazy("workspace:dashboard")
        ),
        name="login",
    ),
    path("logout/", auth_views.LogoutView.as_view(next_page="public:home"), name="logout"),
]
