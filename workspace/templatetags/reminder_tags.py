"""`{% planned_reminders meeting %}` or `{% planned_reminders commitment %}`: who will be reminded
of what, and when, and what was already sent (names and offices, never addresses)."""

from django import template

from commitments.models import Commitment
from notifications.selectors import planned_reminders as plan_for

register = template.Library()


@register.inclusion_tag("workspace/_planned_reminders.html")
def planned_reminders(subject):
    if isinstance(subject, Commitment):
        return {"plan": plan_for(commitment=subject)}
    return {"plan": plan_for(meeting=subject)}
