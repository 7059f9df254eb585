# Outcome and Document now take meeting and agenda_item from the abstract PartOfMeeting, whose
# related_name "%(class)ss" gives the same "outcomes" and "documents": state only, no SQL
# (sqlmigrate prints a no-op for each field on SQLite and PostgreSQL).

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('meetings', '0004_invitation'),
    ]

    operations = [
        migrations.AlterField(
            model_name='document',
            name='agenda_item',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, related_name='%(class)ss', to='meetings.agendaitem', verbose_name='agenda item'),
        ),
        migrations.AlterField(
            model_name='document',
            name='meeting',
            field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='%(class)ss', to='meetings.meeting', verbose_name='meeting'),
        ),
        migrations.AlterField(
            model_name='outcome',
            name='agenda_item',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, related_name='%(class)ss', to='meetings.agendaitem', verbose_name='agenda item'),
        ),
        migrations.AlterField(
            model_name='outcome',
            name='meeting',
            field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='%(class)ss', to='meetings.meeting', verbose_name='meeting'),
        ),
    ]
