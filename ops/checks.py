"""Deployment checks (`manage.py check --deploy`): settings that work on a laptop but break a
production site quietly. Errors, so `--fail-level WARNING` (CI, the deploy script) stops."""

from django.conf import settings
from django.core.checks import Error, Tags, register


@register(Tags.security, deploy=True)
def production_settings_check(app_configs=None, **kwargs) -> list[Error]:
    if settings.DEBUG:
        return []
    errors = []
    if settings.SITE_URL.rstrip("/") == settings.DEFAULT_SITE_URL:
        errors.append(
            Error(
                "SITE_URL is the development default; links in e-mails and feeds would point "
                "at 127.0.0.1.",
                hint="Set SITE_URL to the address the public uses, e.g. https://tracker.example.org.",
                id="tracker.E001",
            )
        )
    if not settings.SHARED_CACHE:
        errors.append(
            Error(
                "No shared cache: each process counts rate limits, lock-outs and reset requests "
                "on its own.",
                hint="Set CACHE_URL to a Redis database, e.g. redis://127.0.0.1:6379/1.",
                id="tracker.E002",
            )
        )
    if settings.BEHIND_PROXY and not settings.REST_FRAMEWORK.get("NUM_PROXIES"):
        errors.append(
            Error(
                "A proxy setting (TRACKER_X_ACCEL_PREFIX or DJANGO_USE_X_FORWARDED_HOST) says a "
                "reverse proxy is in front, but API_NUM_PROXIES is unset or 0: every client "
                "would share the proxy's address for throttling, lock-outs and the audit log.",
                hint="Set API_NUM_PROXIES to the number of proxies in front (1 for nginx).",
                id="tracker.E003",
            )
        )
    return errors
