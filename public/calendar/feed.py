"""Answering a feed request: validators first, then the cached body, and a build only on a miss.

A feed of a year of meetings is megabytes and takes a second or more to build, while its
validators take two small queries: a 304 or a cache hit never builds.
"""

import datetime
from dataclasses import dataclass

from django.core.cache import cache
from django.http import HttpResponse
from django.utils import timezone

from meetings.access import Actor
from meetings.models import Meeting, Organization
from meetings.selectors import meetings_for
from public.calendar.build import REFRESH, build_calendar
from public.calendar.directory import Directory, load_directory
from public.calendar.events import EventWriter, FeedOptions
from public.calendar.fingerprint import feed_validators
from public.calendar.fragments import meeting_events
from public.calendar.http import calendar_response, not_modified
from public.calendar.rows import commitment_rows, meeting_rows
from public.calendar.selection import feed_commitments, in_window
from public.calendar.window import Window


@dataclass(frozen=True)
class Feed:
    key: str
    name: str
    description: str
    actor: Actor
    window: Window
    options: FeedOptions
    organization: Organization | None = None
    private: bool = False  # adds the organization's commitments; never in shared caches

    def meetings(self, queryset, now: datetime.datetime):
        return in_window(
            queryset,
            actor=self.actor,
            window=self.window,
            organization=self.organization,
            now=now,
        )

    def commitments(self):
        if not self.private:
            return None
        return feed_commitments(
            actor=self.actor, window=self.window, organization=self.organization
        )


def serve_feed(request, feed: Feed) -> HttpResponse:
    now = timezone.now()  # one instant for the fingerprint and the build
    directory = load_directory()
    validators = feed_validators(
        request_parts=(feed.key, feed.window, feed.options),
        actor=feed.actor,
        meetings=feed.meetings(Meeting.objects.all(), now),
        commitments=feed.commitments(),
        directory_digest=directory.digest,
    )
    headers = {"etag": validators.etag, "last_modified": validators.last_modified}
    response = not_modified(request, **headers, private=feed.private)
    if response is not None:
        return response
    body = cache.get(validators.cache_key)
    if body is None:
        body = build_feed(feed, directory, now)
        # The key changes with any change of content; the timeout only bounds memory.
        cache.set(validators.cache_key, body, int(REFRESH.total_seconds()))
    return calendar_response(body=body, **headers, filename=f"{feed.key}.ics", private=feed.private)


def build_feed(
    feed: Feed, directory: Directory, now: datetime.datetime, *, fragments: bool = True
) -> bytes:
    """The feed's bytes; `fragments=False` writes every event afresh (the same bytes)."""
    writer = EventWriter(feed.options, directory)
    meetings = feed.meetings(meetings_for(feed.actor), now).order_by("start", "pk")
    if fragments:
        events = meeting_events(writer, meetings)
    else:
        events = [writer.meeting(row) for row in meeting_rows(meetings)]
    commitments = feed.commitments()
    if commitments is not None:
        events += [writer.commitment(row) for row in commitment_rows(commitments)]
    return build_calendar(
        key=feed.key,
        name=feed.name,
        description=feed.description,
        zones=writer.zones,
        events=events,
    )
