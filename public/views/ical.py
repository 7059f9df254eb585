"""The .ics feeds: the whole public calendar, one body's or agency's, one meeting's, and the
private feeds behind an unguessable address."""

from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _

from meetings.access import PUBLIC, actor_for
from meetings.models import Organization, OrganizationKind
from meetings.models.choices import LEAD_BODY_KINDS
from meetings.selectors import meetings_for
from public.calendar.build import build_calendar
from public.calendar.directory import load_directory
from public.calendar.events import EventWriter, FeedOptions
from public.calendar.feed import Feed, serve_feed
from public.calendar.http import body_etag, calendar_response, not_modified
from public.calendar.rows import meeting_rows
from public.calendar.window import window_from_query
from public.models import CalendarFeedToken
from public.services import feed_organizations_q, token_digest
from public.views.common import bad_query

FEED_ORGANIZATION_KINDS = [OrganizationKind.OPD, *LEAD_BODY_KINDS]
MAX_ALARM_MINUTES = 7 * 24 * 60


def _options(request, *, todos: bool = False) -> FeedOptions:
    alarm = request.GET.get("alarm")
    minutes = None
    if alarm:
        if not alarm.isdigit() or not 0 < int(alarm) <= MAX_ALARM_MINUTES:
            raise ValidationError(
                {
                    "alarm": _("Give the reminder in whole minutes, from 1 to %(max)d.")
                    % {"max": MAX_ALARM_MINUTES}
                }
            )
        minutes = int(alarm)
    base_url = request.build_absolute_uri("/").rstrip("/")
    return FeedOptions(base_url=base_url, alarm_minutes=minutes, todos=todos)


_bad_request = bad_query


def _meetings_feed(request, *, key, name, organization=None, actor=PUBLIC, private=False):
    try:
        window = window_from_query(request.GET)
        options = _options(request, todos=request.GET.get("tasks") == "vtodo")
    except ValidationError as error:
        return _bad_request(error)
    feed = Feed(
        key=key,
        name=name,
        description=_("Meetings of the DPRD with the government agencies (OPD)."),
        actor=actor,
        window=window,
        options=options,
        organization=organization,
        private=private,
    )
    return serve_feed(request, feed)


def site_feed(request):
    # The same for everyone, logged in or not, so shared caches may keep it.
    return _meetings_feed(request, key="dprd", name=_("DPRD meetings"))


def organization_feed(request, slug):
    organization = get_object_or_404(Organization, slug=slug, kind__in=FEED_ORGANIZATION_KINDS)
    return _meetings_feed(
        request,
        key=organization.slug,
        name=_("Meetings: %(organization)s") % {"organization": organization.name},
        organization=organization,
    )


def meeting_feed(request, pk):
    try:
        options = _options(request)
    except ValidationError as error:
        return _bad_request(error)
    directory = load_directory()
    rows = meeting_rows(meetings_for(PUBLIC).filter(pk=pk))
    if not rows:
        raise Http404
    meeting = rows[0].values
    writer = EventWriter(options, directory)
    event = writer.meeting(rows[0])
    # One event: cheap enough to build on every request and validate by its bytes.
    body = build_calendar(
        key=f"meeting-{pk}",
        name=str(writer.kinds[meeting["kind"]]),
        description=_("One DPRD meeting."),
        zones=writer.zones,
        events=[event],
    )
    headers = {"etag": body_etag(body), "last_modified": meeting["shown_updated_at"]}
    return not_modified(request, **headers) or calendar_response(
        body=body, **headers, filename=f"meeting-{pk}.ics"
    )


def private_feed(request, secret):
    token = (
        CalendarFeedToken.objects.active()
        .select_related("user", "organization")
        .filter(digest=token_digest(secret))
        .first()
    )
    if token is None:
        raise Http404
    # Read the owner's reach now: an account that lost its role loses the feed's insides too.
    actor = actor_for(token.user)
    if not Organization.objects.filter(
        feed_organizations_q(actor), pk=token.organization_id
    ).exists():
        raise Http404
    return _meetings_feed(
        request,
        key=f"private-{token.pk}",
        name=_("Meetings and follow-ups: %(organization)s")
        % {"organization": token.organization.name},
        organization=token.organization,
        actor=actor,
        private=True,
    )
