"""Who may open which workspace page. Every view checks on the server, through these decorators
(core.decorators.login_or_403: anonymous visitors go to the login page, other roles get 403)."""

from core.decorators import login_or_403
from meetings.access import actor_of

secretariat_required = login_or_403(lambda request: actor_of(request).is_secretariat)
agency_required = login_or_403(lambda request: bool(actor_of(request).agency_ids))
body_required = login_or_403(lambda request: bool(actor_of(request).body_ids))


def _is_staff(request) -> bool:
    who = actor_of(request)
    return who.is_secretariat or bool(who.agency_ids or who.body_ids)


staff_required = login_or_403(_is_staff)
