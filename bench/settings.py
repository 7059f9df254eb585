"""The app's settings with the benchmark addresses (bench.urls) added, for the gunicorn runs of
bench/load.py: DJANGO_SETTINGS_MODULE=bench.settings. The app itself never serves /bench-floor/."""

from tracker.settings import *  # noqa: F403

ROOT_URLCONF = "bench.urls"

# Every benchmark request comes from 127.0.0.1: the API's per-address limits would answer 429.
REST_FRAMEWORK = {
    **REST_FRAMEWORK,  # noqa: F405
    "DEFAULT_THROTTLE_RATES": {"login": None, "anon": None, "user": None},
}
