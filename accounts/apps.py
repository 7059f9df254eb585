from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = _("Accounts")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from accounts.roles import role_groups_after_migrate

        # Models added to the domain apps after the data migration get their permissions too.
        post_migrate.connect(role_groups_after_migrate, dispatch_uid="accounts.role_groups")
