from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "core"

    def ready(self):
        from core.folders import make_runtime_folders

        # Every process starts here (web, worker, beat, manage.py): the folders the embedded
        # default writes into exist before the first connection or message.
        make_runtime_folders()
