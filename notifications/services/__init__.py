from notifications.services.delivery import notification_deliver, notifications_deliver
from notifications.services.invitations import (
    invitation_issue_and_send,
    invitation_resend,
    invitation_send,
)
from notifications.services.outbox import (
    notification_retry,
    notification_retry_failed,
    notifications_claim,
)
from notifications.services.preferences import unsubscribe
from notifications.services.recaps import recap_ready_notify
from notifications.services.sweep import SweepReport, sweep

__all__ = [
    "SweepReport",
    "invitation_issue_and_send",
    "invitation_resend",
    "invitation_send",
    "notification_deliver",
    "notification_retry",
    "notifications_deliver",
    "notification_retry_failed",
    "notifications_claim",
    "recap_ready_notify",
    "sweep",
    "unsubscribe",
]
