"""The app's addresses plus the benchmark floors (bench.floor) and the django-ical feed."""

from django.urls import path

from bench.floor import commitments_floor, meetings_floor
from bench.ical_baseline import DjangoIcalFeed
from tracker.urls import urlpatterns as app_urlpatterns

urlpatterns = [
    path("bench-floor/meetings/", meetings_floor),
    path("bench-floor/commitments/", commitments_floor),
    path("bench-floor/django-ical.ics", DjangoIcalFeed()),
    *app_urlpatterns,
]
