"""The app's addresses plus the benchmark floors (bench.floor) and the django-ical feed.

Used by bench/api.py (in process) and by bench/load.py through bench.settings (gunicorn);
never by the app's own settings."""

from django.urls import path

from bench.floor import (
    commitments_floor,
    commitments_serializer,
    meetings_floor,
    meetings_serializer,
)
from bench.ical_baseline import DjangoIcalFeed
from tracker.urls import urlpatterns as app_urlpatterns

urlpatterns = [
    path("bench-floor/meetings/", meetings_floor),
    path("bench-floor/commitments/", commitments_floor),
    path("bench-floor/serializer/meetings/", meetings_serializer),
    path("bench-floor/serializer/commitments/", commitments_serializer),
    path("bench-floor/django-ical.ics", DjangoIcalFeed()),
    *app_urlpatterns,
]
