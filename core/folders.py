"""The folders the embedded default writes into, made at start-up (CoreConfig.ready), not when
the settings are read: the SQLite file's folder, beat's schedule file's folder, and the
server-less broker's message folders. Uploads and collected static files make their own."""

from pathlib import Path

from django.conf import settings


def runtime_folders() -> list[Path]:
    folders = [Path(settings.CELERY_BEAT_SCHEDULE_FILENAME).parent]
    database = settings.DATABASES["default"]
    if database["ENGINE"] == "django.db.backends.sqlite3" and str(database["NAME"]) != ":memory:":
        folders.append(Path(database["NAME"]).parent)
    if settings.CELERY_BROKER_URL.startswith("filesystem://"):
        options = settings.CELERY_BROKER_TRANSPORT_OPTIONS
        folders += [
            Path(options[key])
            for key in ("data_folder_in", "data_folder_out", "processed_folder", "control_folder")
        ]
    return folders


def make_runtime_folders() -> None:
    for folder in runtime_folders():
        folder.mkdir(parents=True, exist_ok=True)
