"""One sweep in the foreground: `send_due_notifications [--dry-run]`."""

from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from notifications.models import Notification
from notifications.services import notifications_deliver, sweep
from notifications.services.sweep import DELIVERY_BATCH


class Command(BaseCommand):
    help = _("Write the notifications that fell due and send the ready ones now, without a worker.")

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help=_("Only print what would be sent; write nothing."),
        )

    def handle(self, *args, dry_run, **options):
        if dry_run:
            report = sweep(dry_run=True)
            for row in report.new:
                self.stdout.write(f"would send  {describe(row)}")
            self.stdout.write(
                _("%(new)d new of %(due)d due; nothing written.")
                % {"new": len(report.new), "due": len(report.due)}
            )
            return
        # The claimed rows are sent here, in this process, instead of by the Celery worker: in
        # the worker's batches, each over one SMTP connection.
        report = sweep(enqueue=lambda ids: None)
        rows = Notification.objects.in_bulk(report.claimed)
        for start in range(0, len(report.claimed), DELIVERY_BATCH):
            batch = report.claimed[start : start + DELIVERY_BATCH]
            outcomes = notifications_deliver(notification_ids=batch)
            for notification_id, outcome in zip(batch, outcomes, strict=True):
                self.stdout.write(f"{outcome:<14} {describe(rows[notification_id])}")
        self.stdout.write(
            _("%(due)d due, %(claimed)d handled.")
            % {"due": len(report.due), "claimed": len(report.claimed)}
        )


def describe(row: Notification) -> str:
    return f"{row.kind:<21} {row.channel:<8} {row.address:<32} {row.subject} {row.occasion}"
