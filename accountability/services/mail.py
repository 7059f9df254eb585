"""Telling the recap's readers that it is ready: through the notification outbox, like every
other message (language, unsubscribe link, retries, sent once)."""

from accountability.models import Recap
from notifications.services import recap_ready_notify


def recap_notify(*, recap: Recap) -> list[str]:
    """Returns the addresses the recap goes to."""
    return recap_ready_notify(
        recap_id=recap.pk,
        organization=recap.organization,
        period_start=recap.period_start,
        period_end=recap.period_end,
    )
