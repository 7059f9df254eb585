from django.db import migrations, models
from django.db.models import F


def mark_existing_events_fanned_out(apps, schema_editor):
    # Events recorded before the fan-out moved to a task had their alerts written with them.
    AlertEvent = apps.get_model("alerts", "AlertEvent")
    AlertEvent.objects.update(fanned_out_at=F("occurred_at"))


class Migration(migrations.Migration):
    dependencies = [
        ("alerts", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="alertevent",
            name="fanned_out_at",
            field=models.DateTimeField(blank=True, null=True, verbose_name="alerts written"),
        ),
        migrations.RunPython(mark_existing_events_fanned_out, migrations.RunPython.noop),
    ]
