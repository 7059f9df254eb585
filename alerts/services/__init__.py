from alerts.services.events import alert_event_fan_out, alert_event_record, alerts_daily
from alerts.services.subscriptions import (
    signup_allowed,
    subscription_cancel,
    subscription_confirm,
    subscription_request,
)

__all__ = [
    "alert_event_fan_out",
    "alert_event_record",
    "alerts_daily",
    "signup_allowed",
    "subscription_cancel",
    "subscription_confirm",
    "subscription_request",
]
