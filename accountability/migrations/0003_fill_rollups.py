"""An existing installation gets its rollups: every organization is marked out of date here
(readers then count from the follow-ups themselves, so the figures are right at once), and the
post_migrate handler (accountability.apps) rebuilds them set-wise right after `migrate`."""

from django.db import migrations


def mark_everything(apps, schema_editor):
    organizations = apps.get_model("meetings", "Organization")
    dirty = apps.get_model("accountability", "RollupDirty")
    dirty.objects.bulk_create(
        dirty(organization_id=pk, quarter=None)
        for pk in organizations.objects.values_list("pk", flat=True)
    )


class Migration(migrations.Migration):
    dependencies = [("accountability", "0002_per_quarter_rollups")]

    operations = [migrations.RunPython(mark_everything, migrations.RunPython.noop)]
