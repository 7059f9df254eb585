"""Settings for the DPRD–OPD consultation tracker.

Every value that differs between machines comes from the environment (see `.env.example`).
With no environment at all the app runs on the embedded default: a SQLite file in WAL mode
and a server-less Celery broker, both under `var/`.
"""

import datetime
import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from core.security import DEFAULT_CSP, DEFAULT_PERMISSIONS

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(os.environ.get("TRACKER_VAR_DIR", BASE_DIR / "var"))


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str) -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DJANGO_DEBUG", False)

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "DJANGO_SECRET_KEY must be set when DJANGO_DEBUG is off "
            "(set DJANGO_DEBUG=true for local development)."
        )
    # Development only: a fixed key is fine because DEBUG never runs in production.
    SECRET_KEY = "dev-only-insecure-key-not-for-production"

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS", "")

# Pages behind login send anonymous visitors here.
LOGIN_URL = "public:login"
# Invitation and password-reset links stay valid this long (Django's setting). Default: 3 days.
PASSWORD_RESET_TIMEOUT = int(os.environ.get("PASSWORD_RESET_TIMEOUT_SECONDS", str(3 * 86400)))
# Password-reset e-mails allowed per address asked for and per client address, in each window.
PASSWORD_RESET_PER_EMAIL = int(os.environ.get("PASSWORD_RESET_PER_EMAIL", "3"))
PASSWORD_RESET_PER_IP = int(os.environ.get("PASSWORD_RESET_PER_IP", "10"))
PASSWORD_RESET_THROTTLE_SECONDS = int(os.environ.get("PASSWORD_RESET_THROTTLE_SECONDS", "3600"))

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "rest_framework",
    "knox",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "simple_history",
    "core",
    "meetings",
    "commitments",
    "notifications",
    "alerts",
    "api",
    "demo",
    "extraction",
    "public",
    "workspace",
    "ops",
    "audit",
    "accountability",
    "opendata",
    "files",
    # Last: its post_migrate step sees the permissions of every app above.
    "accounts",
]

MIDDLEWARE = [
    # First: every response (health probes included) carries the request id, every log line too.
    "core.requestid.RequestIdMiddleware",
    # /healthz and /readyz, answered before the host check, sessions and login.
    "ops.health.HealthCheckMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "core.middleware.LanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "core.security.SecurityHeadersMiddleware",
    # Records which user made each change in the audit history.
    "simple_history.middleware.HistoryRequestMiddleware",
]

ROOT_URLCONF = "tracker.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "workspace.context_processors.workspace_actor",
            ],
        },
    },
]

WSGI_APPLICATION = "tracker.wsgi.application"
ASGI_APPLICATION = "tracker.asgi.application"

# --- Database -------------------------------------------------------------------------------
# Folders under VAR_DIR (the SQLite file's, the broker's) are made at start-up by core.folders,
# not here: reading the settings changes nothing on disk.
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{VAR_DIR / 'tracker.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "0")),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets the web server, the worker and beat read while one of them writes;
    # IMMEDIATE transactions take the write lock up front instead of failing mid-transaction.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
        }
    )

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Language, time and formats ----------------------------------------------------------------
LANGUAGE_CODE = "id"
LANGUAGES = [("id", _("Indonesian")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Jakarta"
USE_I18N = True
USE_TZ = True
# Our own format modules make every typed date read day-first (26/02/2025, 26/02/2025 09.00),
# in both languages; Django's English defaults would read 02/03/2025 as 3 February.
FORMAT_MODULE_PATH = ["tracker.formats"]

# --- Static and uploaded files -----------------------------------------------------------------
STATIC_URL = "static/"
STATIC_ROOT = Path(os.environ.get("DJANGO_STATIC_ROOT", VAR_DIR / "static"))
STATICFILES_DIRS = [BASE_DIR / "static"]
# Uploads are never served from MEDIA_URL: every file goes through a view in files/ that checks
# who may have it (and audits non-public ones). MEDIA_URL stays only because Django needs one.
MEDIA_URL = "media/"
MEDIA_ROOT = Path(os.environ.get("DJANGO_MEDIA_ROOT", VAR_DIR / "media"))
# Empty (default): the file views stream files themselves. Behind nginx, an internal location
# mapped to MEDIA_ROOT (e.g. "/_protected/"): the views answer with X-Accel-Redirect to
# <prefix><path under MEDIA_ROOT> and no body, and nginx sends the file.
PROTECTED_FILES_X_ACCEL_PREFIX = os.environ.get("TRACKER_X_ACCEL_PREFIX", "")
# Production: hashed static names (app.3f2a9c.css), so the web server can let browsers keep them
# for a year. Off by default: pages then need `collectstatic` to have run, which tests and
# `make run` do not do.
STATIC_MANIFEST = env_bool("DJANGO_STATIC_MANIFEST", False)
# Uploads on disk under MEDIA_ROOT; a file's `.url` leads to the checked views (files/storage.py).
STORAGES = {
    "default": {"BACKEND": "files.storage.ProtectedMediaStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"
            if STATIC_MANIFEST
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}

# --- Email -------------------------------------------------------------------------------------
# Django's own setting names, read from the environment.
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "tracker@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- Celery ------------------------------------------------------------------------------------
BROKER_DIR = VAR_DIR / "broker"
CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL", "filesystem://")
# Options of the broker's transport: none for Redis.
CELERY_BROKER_TRANSPORT_OPTIONS = {}
if CELERY_BROKER_URL.startswith("filesystem://"):
    # The server-less transport: producers and consumers share one folder of message files.
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "data_folder_in": str(BROKER_DIR / "queue"),
        "data_folder_out": str(BROKER_DIR / "queue"),
        "processed_folder": str(BROKER_DIR / "processed"),
        "control_folder": str(BROKER_DIR / "control"),
        "store_processed": False,
        # The transport polls its folder; the default second would cap delivery at a couple of
        # tasks a second (a worker takes one message per free process per poll).
        "polling_interval": float(os.environ.get("CELERY_FILESYSTEM_POLLING_INTERVAL", "0.1")),
    }
CELERY_TASK_IGNORE_RESULT = True
CELERY_TIMEZONE = TIME_ZONE
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_BEAT_SCHEDULE_FILENAME = str(VAR_DIR / "celerybeat-schedule")
CELERY_TASK_ALWAYS_EAGER = env_bool("CELERY_TASK_ALWAYS_EAGER", False)

# --- The installation -------------------------------------------------------------------------
# Who runs this tracker and for where: shown in every page's header and in link previews.
# SITE_NAME replaces the product's generic (translated) name when set.
SITE_NAME = os.environ.get("SITE_NAME", "")
SITE_DPRD_NAME = os.environ.get("SITE_DPRD_NAME", "DPRD Kabupaten Probolinggo")
SITE_REGION = os.environ.get("SITE_REGION", "Kabupaten Probolinggo")

# --- Open data ---------------------------------------------------------------------------------
# The catalogue's contact (DCAT contactPoint). Empty: the DPRD's own address from the directory,
# else DEFAULT_FROM_EMAIL; an address without a real domain (tracker@localhost) is left out.
OPEN_DATA_CONTACT_EMAIL = os.environ.get("OPEN_DATA_CONTACT_EMAIL", "")
OPEN_DATA_LICENSE = os.environ.get(
    "OPEN_DATA_LICENSE", "https://creativecommons.org/licenses/by/4.0/"
)
# Dataset identifiers are this prefix and the dataset's slug, never the site's address, so a move
# to another address does not make harvesters see every dataset twice.
OPEN_DATA_ID_PREFIX = os.environ.get("OPEN_DATA_ID_PREFIX", "dprd-opd-tracker:")

# --- Notifications -----------------------------------------------------------------------------
# Links in messages are absolute: the address the public reaches the site at.
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000")

# Set when CACHE_URL is: one cache shared by every process (throttles, lock-outs, the deploy check).
SHARED_CACHE = bool(os.environ.get("CACHE_URL"))
# Beat runs the sweep this often; each sweep writes what fell due and hands ready rows to workers.
NOTIFICATION_SWEEP_SECONDS = float(os.environ.get("NOTIFICATION_SWEEP_SECONDS", "60"))
# A row handed to the broker but not picked up this long (the broker lost it) is handed again.
NOTIFICATION_CLAIM_TIMEOUT_SECONDS = int(
    os.environ.get("NOTIFICATION_CLAIM_TIMEOUT_SECONDS", "300")
)
# How long a worker may take to send one message before the row counts as abandoned.
NOTIFICATION_LEASE_SECONDS = int(os.environ.get("NOTIFICATION_LEASE_SECONDS", "120"))
# The messaging gateway (WhatsApp, Telegram) that receives signed JSON; empty: e-mail only.
NOTIFICATION_WEBHOOK_URL = os.environ.get("NOTIFICATION_WEBHOOK_URL", "")
NOTIFICATION_WEBHOOK_SECRET = os.environ.get("NOTIFICATION_WEBHOOK_SECRET", "")
if NOTIFICATION_WEBHOOK_URL and not NOTIFICATION_WEBHOOK_SECRET:
    raise ImproperlyConfigured("NOTIFICATION_WEBHOOK_URL needs NOTIFICATION_WEBHOOK_SECRET.")
# Overrides of notifications.policy.Policy, e.g. {"meeting_reminder_hours": [48, 2]}; each DPRD
# body can override its own schedule in the admin.
NOTIFICATION_POLICY = {}
CELERY_BEAT_SCHEDULE = {
    "notifications-sweep": {
        "task": "notifications.sweep",
        "schedule": NOTIFICATION_SWEEP_SECONDS,
        # A sweep that waited longer than one interval is replaced by the next one.
        "options": {"expires": NOTIFICATION_SWEEP_SECONDS},
    },
    # Six-monthly recaps: daily is safe, each semester's recaps are made once.
    "accountability-semester-recaps": {"task": "accountability.semester_recaps", "schedule": 86400},
    # Public alerts: overdue follow-ups recorded, yesterday's digests written (idempotent).
    "alerts-daily": {"task": "alerts.daily", "schedule": 3600},
    # The scoreboard's kept figures: keys marked while the broker was down, and the new day's
    # overdue follow-ups (readers count both live meanwhile; this keeps that work small).
    "accountability-refresh-rollups": {
        "task": "accountability.refresh_rollups",
        "schedule": 600,
        "options": {"expires": 600},
    },
}

# --- Cache (login throttling; Redis in production) ---------------------------------------------
CACHES = {
    "default": (
        {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ["CACHE_URL"],
        }
        if os.environ.get("CACHE_URL")
        else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    )
}


# --- REST API ----------------------------------------------------------------------------------
def _rate(variable: str, default: str) -> str | None:
    value = os.environ.get(variable, default).strip()
    return None if value.lower() == "off" else value


REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "knox.auth.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["api.permissions.ReadOnlyOrSecretariat"],
    "DEFAULT_FILTER_BACKENDS": [
        "django_filters.rest_framework.DjangoFilterBackend",
        "rest_framework.filters.OrderingFilter",
    ],
    "DEFAULT_PAGINATION_CLASS": "api.pagination.StablePagination",
    "PAGE_SIZE": 50,
    "DEFAULT_RENDERER_CLASSES": [
        "rest_framework.renderers.JSONRenderer",
        "rest_framework.renderers.BrowsableAPIRenderer",
    ],
    "DEFAULT_CONTENT_NEGOTIATION_CLASS": "api.negotiation.BrowsableForStaffOnly",
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "api.errors.exception_handler",
    # Per client address (anonymous) or per account; "off" lifts a limit (load tests from one
    # address). Counted in the cache: in production that is Redis, shared by every worker.
    # Counted atomically (api/throttling.py): DRF's own classes lose counts between workers.
    "DEFAULT_THROTTLE_CLASSES": [
        "api.throttling.AnonRateThrottle",
        "api.throttling.UserRateThrottle",
    ],
    "DEFAULT_THROTTLE_RATES": {
        "login": _rate("API_LOGIN_RATE", "5/min"),
        "anon": _rate("API_ANON_RATE", "300/min"),
        "user": _rate("API_USER_RATE", "1200/min"),
    },
    # Proxies in front of the app: how many X-Forwarded-For hops to trust for client addresses
    # (throttling, lock-outs, the audit log). Unset means none; behind nginx set 1 (the deploy
    # check insists once a proxy setting below says there is a proxy).
    "NUM_PROXIES": int(os.environ.get("API_NUM_PROXIES") or "0"),
    "DATETIME_FORMAT": "iso-8601",
    "TEST_REQUEST_DEFAULT_FORMAT": "json",
}
REST_KNOX = {
    # Tokens are stored as SHA-512 digests; this is how long a login token lives.
    "TOKEN_TTL": datetime.timedelta(days=int(os.environ.get("API_TOKEN_TTL_DAYS", "30"))),
    "AUTH_HEADER_PREFIX": "Token",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "DPRD–OPD consultation tracker API",
    "DESCRIPTION": (
        "Meetings between the DPRD and government agencies (OPD), and the follow-ups made in them. "
        "Send `Authorization: Token <token>`; anonymous callers read public data only. "
        "Times are ISO 8601 with an offset."
    ),
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "COMPONENT_SPLIT_REQUEST": True,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    # Deep links put a link inside each operation's toggle button (axe: nested-interactive).
    "SWAGGER_UI_SETTINGS": {"deepLinking": False},
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "api.schema.add_error_responses",
    ],
    "ENUM_NAME_OVERRIDES": {
        "MeetingKindEnum": "meetings.models.choices.MeetingKind",
        "OrganizationKindEnum": "meetings.models.choices.OrganizationKind",
        "LegislationKindEnum": "meetings.models.choices.LegislationKind",
        "OutcomeKindEnum": "meetings.models.choices.OutcomeKind",
        "DocumentKindEnum": "meetings.models.choices.DocumentKind",
        "CommitmentKindEnum": "commitments.models.CommitmentKind",
        "UpdateKindEnum": "commitments.models.UpdateKind",
        "MeetingStatusEnum": "meetings.models.choices.MeetingStatus",
        "CommitmentStatusEnum": "commitments.models.CommitmentStatus",
        "ParticipantRoleEnum": "meetings.models.choices.ParticipantRole",
        "OfficeRoleEnum": "meetings.models.choices.OfficeRole",
    },
}

# One line per record: time, level, logger, request id ("-" outside a request), message.
# Secrets never reach the log: tokens, passwords and cookies are masked in every record.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "line": {
            "format": "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s",
        }
    },
    "filters": {
        "redact": {"()": "core.security.RedactSecretsFilter"},
        "request_id": {"()": "core.requestid.RequestIdFilter"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "line",
            "filters": ["redact", "request_id"],
        }
    },
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "INFO")},
    # The development server's access log, through the same masked handler (gunicorn's goes
    # through tracker.gunicorn.RedactingLogger, set in gunicorn.conf.py).
    "loggers": {"django.server": {"handlers": ["console"], "level": "INFO", "propagate": False}},
}

# --- Health ------------------------------------------------------------------------------------
# /readyz fails when the sweep (run by beat every NOTIFICATION_SWEEP_SECONDS) last finished longer
# ago than this, or when a notification has waited to be sent longer than this.
HEALTH_SWEEP_MAX_AGE_SECONDS = int(
    os.environ.get(
        "HEALTH_SWEEP_MAX_AGE_SECONDS", str(max(300, int(3 * NOTIFICATION_SWEEP_SECONDS)))
    )
)
HEALTH_OUTBOX_MAX_AGE_SECONDS = int(os.environ.get("HEALTH_OUTBOX_MAX_AGE_SECONDS", "1800"))

# --- Security hardening ------------------------------------------------------------------------
# Production-safe by default (debug off): secure cookies and HSTS. Redirecting plain HTTP to
# HTTPS is switched on by DJANGO_SECURE_SSL_REDIRECT (or by an https:// SITE_URL): the test
# suite and local servers speak plain HTTP on 127.0.0.1, and behind a TLS proxy the proxy may
# redirect instead.
HTTPS_SITE = SITE_URL.startswith("https://")
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", HTTPS_SITE and not DEBUG)
SESSION_COOKIE_SECURE = env_bool("DJANGO_SESSION_COOKIE_SECURE", not DEBUG)
CSRF_COOKIE_SECURE = env_bool("DJANGO_CSRF_COOKIE_SECURE", not DEBUG)
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
# Sent only on HTTPS responses, so it never sticks to a plain-HTTP development host.
SECURE_HSTS_SECONDS = int(
    os.environ.get("DJANGO_SECURE_HSTS_SECONDS", "0" if DEBUG else "31536000")
)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("DJANGO_SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("DJANGO_SECURE_HSTS_PRELOAD", True)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = os.environ.get("DJANGO_REFERRER_POLICY", "strict-origin-when-cross-origin")
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# Behind reverse proxies (API_NUM_PROXIES > 0) the proxy tells whether the client used HTTPS;
# without one the header could be forged by anyone, so it is not trusted.
if REST_FRAMEWORK["NUM_PROXIES"] > 0:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# The host name as the proxy received it (X-Forwarded-Host); only behind a proxy that sets it.
USE_X_FORWARDED_HOST = env_bool("DJANGO_USE_X_FORWARDED_HOST", False)
# Settings that say a reverse proxy is in front (the deploy check then wants API_NUM_PROXIES):
# X-Accel-Redirect needs nginx, X-Forwarded-Host needs a proxy to set it.
BEHIND_PROXY = bool(PROTECTED_FILES_X_ACCEL_PREFIX) or USE_X_FORWARDED_HOST
# The address the site is reached at by default: the deploy check refuses it in production.
DEFAULT_SITE_URL = "http://127.0.0.1:8000"
# Content-Security-Policy sent by core.security.SecurityHeadersMiddleware; empty turns it off.
CONTENT_SECURITY_POLICY = os.environ.get("DJANGO_CONTENT_SECURITY_POLICY", DEFAULT_CSP)
# Permissions-Policy sent by the same middleware: the browser features no page needs.
PERMISSIONS_POLICY = os.environ.get("DJANGO_PERMISSIONS_POLICY", DEFAULT_PERMISSIONS)
# Largest uploaded document or evidence file, in bytes (meetings.services.uploads).
UPLOAD_MAX_BYTES = int(os.environ.get("UPLOAD_MAX_BYTES", str(10 * 1024 * 1024)))
# The domain part of every calendar event's UID: set it per installation so two DPRDs' feeds
# never collide in a calendar that subscribes to both. Changing it makes every event new.
CALENDAR_UID_DOMAIN = os.environ.get("CALENDAR_UID_DOMAIN", "dprd-opd-tracker")
# Login lock-out (audit.lockout): failures allowed per username and address, and for how long.
LOGIN_LOCKOUT_ATTEMPTS = int(os.environ.get("LOGIN_LOCKOUT_ATTEMPTS", "5"))
LOGIN_LOCKOUT_MINUTES = int(os.environ.get("LOGIN_LOCKOUT_MINUTES", "15"))
AUTHENTICATION_BACKENDS = ["audit.lockout.LockoutModelBackend"]
# Uploads and form bodies: Django's own ceilings, named here so operators see them.
DATA_UPLOAD_MAX_MEMORY_SIZE = int(os.environ.get("DJANGO_DATA_UPLOAD_MAX_BYTES", "2621440"))
DATA_UPLOAD_MAX_NUMBER_FIELDS = 1000
