"""An alert's message, in the subscriber's language, saying only what the public pages say.

A closed meeting is named by its kind, date and body only (as its public page shows it); a
follow-up that is not public is never written about (alerts.selectors.is_sendable)."""

from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from alerts import links as alert_links
from alerts import policy
from alerts.models import AlertEvent, EventKind, Subscription
from alerts.selectors import is_sendable
from commitments.models import display_status
from meetings.formatting import format_local_datetime, format_long_date
from meetings.models import Openness
from notifications import links
from notifications.channels import Message
from notifications.models import Kind, Notification
from notifications.rendering import BLANK_LINES


def meeting_label(meeting) -> str:
    if meeting.openness != Openness.OPEN:
        return _("%(kind)s of %(body)s") % {
            "kind": meeting.get_kind_display(),
            "body": meeting.lead_body,
        }
    return meeting.title


def describe(event: AlertEvent) -> dict:
    """An event as a headline and a few lines of public facts, with the page to open."""
    meeting = event.meeting
    facts = {
        "meeting": meeting_label(meeting),
        "when": format_local_datetime(meeting.start, meeting.time_zone),
        "body": str(meeting.lead_body),
    }
    commitment = event.commitment
    if commitment is not None:
        facts.update(
            owner=str(commitment.owner),
            status=display_status(commitment.status, commitment.verification).label,
            due=format_long_date(commitment.due_date) if commitment.due_date else "",
        )
        if event.kind == EventKind.COMMITMENT_OVERDUE:
            headline = _("Follow-up of %(owner)s overdue since %(due)s") % facts
        else:
            headline = _("Follow-up of %(owner)s: now %(status)s") % facts
        return {
            "headline": headline,
            "lines": [commitment.text, _("From the meeting: %(meeting)s, %(when)s") % facts],
            "url": links.commitment_url(commitment.pk),
        }
    headlines = {
        EventKind.MEETING_SCHEDULED: _("Meeting scheduled: %(meeting)s"),
        EventKind.MEETING_MOVED: _("Meeting postponed or moved: %(meeting)s"),
        EventKind.MEETING_CANCELLED: _("Meeting cancelled: %(meeting)s"),
        EventKind.MEETING_HELD: _("Meeting held: %(meeting)s"),
    }
    lines = [_("%(when)s · %(body)s") % facts]
    if meeting.openness == Openness.OPEN and meeting.rescheduled_to_id:
        new = meeting.rescheduled_to
        lines.append(
            _("New time: %(when)s") % {"when": format_local_datetime(new.start, new.time_zone)}
        )
    return {
        "headline": headlines[event.kind] % facts,
        "lines": lines,
        "url": links.meeting_url(meeting.pk),
    }


def _events(ids: list[int]) -> list[AlertEvent]:
    events = AlertEvent.objects.filter(pk__in=ids).select_related(
        "meeting__lead_body",
        "meeting__rescheduled_to",
        "commitment__owner",
        "commitment__answers_to",
    )
    return [event for event in events.order_by("occurred_at", "pk") if is_sendable(event)]


def _message(template: str, subject: str, facts: dict, url: str, unsubscribe: str) -> Message:
    facts.update(subject=subject, url=url, unsubscribe_url=unsubscribe)
    text = render_to_string(f"alerts/email/{template}.txt", facts)
    return Message(
        subject=" ".join(subject.split()),
        text=BLANK_LINES.sub("\n\n", text).strip() + "\n",
        html=render_to_string(f"alerts/email/{template}.html", facts),
        url=url,
        unsubscribe_url=unsubscribe,
    )


def render_alert(notification: Notification) -> Message:
    subscription = Subscription.objects.select_related("organization", "legislation").get(
        pk=notification.context["subscription"]
    )
    unsubscribe = alert_links.unsubscribe_url(subscription.token)
    with translation.override(notification.language):
        facts = {"followed": subscription.describe(), "language": notification.language}
        if notification.kind == Kind.ALERT_CONFIRM:
            url = alert_links.confirm_url(notification.context["token"])
            subject = _("Confirm: alerts on %(followed)s") % facts
            facts["frequency"] = subscription.get_frequency_display()
            facts["hours"] = int(policy.CONFIRMATION_VALID.total_seconds() // 3600)
            return _message("confirm", subject, facts, url, unsubscribe)
        ids = notification.context.get("events") or [notification.context["event"]]
        items = [describe(event) for event in _events(ids)]
        if not items:
            raise ValueError("none of the alert's events may be told any more")
        facts["items"] = items
        if notification.kind == Kind.ALERT_DIGEST:
            subject = ngettext(
                "Daily digest: %(count)d change on %(followed)s",
                "Daily digest: %(count)d changes on %(followed)s",
                len(items),
            ) % {"count": len(items), **facts}
            url = links.absolute("/")
        else:
            subject = items[0]["headline"]
            url = items[0]["url"]
        return _message("alert", subject, facts, url, unsubscribe)
