from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def _fill_rollups(sender, using="default", **kwargs):
    """After `migrate`: rebuild the rollups when a migration marked everything out of date."""
    from accountability.models import RollupDirty
    from accountability.services.rollups import rollups_rebuild

    if RollupDirty.objects.using(using).filter(quarter__isnull=True).exists():
        rollups_rebuild()


class AccountabilityConfig(AppConfig):
    name = "accountability"
    verbose_name = _("Accountability scoreboard and recaps")

    def ready(self):
        from accountability import marks  # noqa: F401  (connects the rollup marks)

        post_migrate.connect(_fill_rollups, sender=self)
