"""A ready recap into the outbox, like every other message: one row per address of the body's
chair (an agency's head) and of each secretariat account, in each one's language, with an
unsubscribe link; the rows' unique key (kind, recap, "ready", channel, address) sends it once.

The message links to the recap's page (login needed) rather than attaching the files: a recap
is not public, and a link keeps the download in the audit log."""

import datetime

from django.db import transaction
from django.utils import timezone

from meetings.models import Organization, OrganizationKind
from notifications.models import Kind, Notification, Status
from notifications.recipients import RecipientBook
from notifications.rules import each
from notifications.services.outbox import notifications_write, rows_for
from notifications.services.sweep import enqueue_delivery

OCCASION = "ready"


@transaction.atomic
def recap_ready_notify(
    *,
    recap_id: int,
    organization: Organization,
    period_start: datetime.date,
    period_end: datetime.date,
    now: datetime.datetime | None = None,
) -> list[str]:
    """Write the rows and hand the new ones to the worker after the commit; returns the
    addresses the recap goes to (including rows written by an earlier call)."""
    now = now or timezone.now()
    book = RecipientBook(today=timezone.localdate(now))
    is_agency = organization.kind == OrganizationKind.OPD
    lead = book.head_of(organization.pk) if is_agency else book.chair_of(organization.pk)
    subject = f"recap:{recap_id}"
    dues = each(
        [lead, *book.secretariat()],
        kind=Kind.RECAP_READY,
        subject=subject,
        occasion=OCCASION,
        organization_id=organization.pk,
        context={
            "recap": recap_id,
            "start": period_start.isoformat(),
            "end": period_end.isoformat(),
        },
    )
    notifications_write(list(rows_for(dues, book=book, now=now)))
    rows = Notification.objects.filter(kind=Kind.RECAP_READY, subject=subject, occasion=OCCASION)
    ready = rows.filter(status=Status.PENDING, claimed_at__isnull=True, next_attempt_at__lte=now)
    ids = list(ready.values_list("pk", flat=True))
    Notification.objects.filter(pk__in=ids).update(claimed_at=now)
    if ids:
        transaction.on_commit(lambda: enqueue_delivery(ids))
    return sorted(rows.values_list("address", flat=True))
