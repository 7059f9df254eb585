"""A notification's message, written in its recipient's language when it is sent (so it says
what is true then, not when the reminder fell due)."""

import datetime
import re

from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from commitments.models import Commitment
from meetings.formatting import format_long_date, format_meeting_time
from notifications import links
from notifications.channels import Message
from notifications.models import ALERT_KINDS, Kind, Notification

BLANK_LINES = re.compile(r"\n\s*\n(\s*\n)+")


def _meeting_facts(meeting) -> dict:
    venue = meeting.venue
    return {
        "meeting": meeting,
        "when": format_meeting_time(meeting),
        "venue": venue.full_address if venue else "",
        "venue_name": venue.name if venue else "",
        "online_url": meeting.online_url,
        "agenda": [item.title for item in meeting.agenda_items.all()],
        "body": meeting.lead_body,
        "new_when": (
            format_meeting_time(meeting.rescheduled_to) if meeting.rescheduled_to_id else ""
        ),
        "days_since": (timezone.now() - meeting.start).days,
    }


def _commitment_facts(commitment: Commitment, today) -> dict:
    due = commitment.due_date
    return {
        "commitment": commitment,
        "owner": commitment.owner,
        "answers_to": commitment.answers_to,
        "due": format_long_date(due) if due else "",
        "days_left": (due - today).days if due else None,
        "days_overdue": (today - due).days if due else None,
        "meeting_when": format_meeting_time(commitment.meeting),
    }


def _digest_facts(notification: Notification, today) -> dict:
    overdue = Commitment.objects.overdue(today).select_related("owner", "answers_to")
    if notification.context.get("side") == "body":
        overdue = overdue.filter(answers_to_id=notification.organization_id)
    else:
        overdue = overdue.filter(owner_id=notification.organization_id)
    items = [
        {"commitment": c, "due": format_long_date(c.due_date), "days": (today - c.due_date).days}
        for c in overdue.order_by("due_date", "pk")[:50]
    ]
    return {
        "organization": notification.organization,
        "items": items,
        "count": overdue.count(),
        # A body's own follow-ups, apart from those it oversees (both go to its chair).
        "own": notification.context.get("side") == "own",
    }


def _invitation_facts(notification: Notification) -> dict:
    invitation = notification.meeting.invitation
    organization_id = notification.organization_id
    return {
        "invitation": invitation,
        "organization": notification.organization,
        "letter_date": format_long_date(invitation.letter_date),
        "answer_url": links.invitation_answer_url(invitation.pk, organization_id),
        "letter_url": links.invitation_letter_url(invitation.pk, organization_id),
    }


def _recap_facts(notification: Notification) -> dict:
    context = notification.context
    return {
        "organization": notification.organization,
        "start": format_long_date(datetime.date.fromisoformat(context["start"])),
        "end": format_long_date(datetime.date.fromisoformat(context["end"])),
        "recap_url": links.recap_url(context["recap"]),
    }


def subject_for(notification: Notification, facts: dict) -> str:
    kind = notification.kind
    if kind == Kind.RECAP_READY:
        return _("Follow-up recap ready: %(organization)s, %(start)s–%(end)s") % facts_of(
            facts, "organization", "start", "end"
        )
    if kind == Kind.MEETING_INVITATION:
        return _("Invitation: %(meeting)s, %(when)s") % facts_of(facts, "meeting", "when")
    if kind == Kind.MEETING_REMINDER:
        return _("Reminder: %(meeting)s, %(when)s") % facts_of(facts, "meeting", "when")
    if kind == Kind.MEETING_CHANGED:
        return _("Schedule change: %(meeting)s") % facts_of(facts, "meeting")
    if kind == Kind.MINUTES_MISSING:
        return _("Minutes still missing: %(meeting)s") % facts_of(facts, "meeting")
    if kind == Kind.COMMITMENT_DUE:
        return _("Follow-up due %(due)s: %(owner)s") % facts_of(facts, "due", "owner")
    if kind == Kind.COMMITMENT_OVERDUE:
        return _("Follow-up overdue since %(due)s: %(owner)s") % facts_of(facts, "due", "owner")
    if kind == Kind.COMMITMENT_SUBMITTED:
        return _("Please verify: %(owner)s reports a follow-up done") % facts_of(facts, "owner")
    if facts.get("own"):
        return _("Weekly digest: %(count)s overdue follow-ups owed by %(organization)s") % (
            facts_of(facts, "count", "organization")
        )
    return _("Weekly digest: %(count)s overdue follow-ups of %(organization)s") % facts_of(
        facts, "count", "organization"
    )


def facts_of(facts: dict, *names: str) -> dict:
    return {name: facts[name] for name in names}


def render(notification: Notification, *, today) -> Message:
    if notification.kind in ALERT_KINDS:
        from alerts.rendering import render_alert

        return render_alert(notification)
    with translation.override(notification.language):
        facts = {"notification": notification, "recipient_name": notification.recipient_name}
        url = links.absolute("/")
        if notification.meeting_id and notification.kind != Kind.OVERDUE_DIGEST:
            facts.update(_meeting_facts(notification.meeting))
            url = links.meeting_url(notification.meeting_id)
        if notification.kind == Kind.MEETING_INVITATION:
            facts.update(_invitation_facts(notification))
            url = facts["answer_url"]
        if notification.commitment_id:
            facts.update(_commitment_facts(notification.commitment, today))
            url = links.commitment_url(notification.commitment_id)
        if notification.kind == Kind.RECAP_READY:
            facts.update(_recap_facts(notification))
            url = facts["recap_url"]
        if notification.kind == Kind.OVERDUE_DIGEST:
            facts.update(_digest_facts(notification, today))
            is_body = notification.context.get("side") in ("body", "own")
            url = links.organization_url(notification.organization, is_body=is_body)
        unsubscribe = links.unsubscribe_url(notification.address, notification.kind)
        facts.update(
            url=url, unsubscribe_url=unsubscribe, kind_label=notification.get_kind_display()
        )
        subject = subject_for(notification, facts)
        facts["subject"] = subject
        template = f"notifications/{notification.kind}"
        return Message(
            subject=" ".join(subject.split()),
            text=BLANK_LINES.sub("\n\n", render_to_string(f"{template}.txt", facts)).strip() + "\n",
            html=render_to_string(f"{template}.html", facts),
            url=url,
            unsubscribe_url=unsubscribe,
        )
