"""A feed's validators (strong ETag, Last-Modified), known before the feed is built.

The fingerprint stands for every source of an event's content, so it changes whenever the
built body would:
- the window's meetings: how many, which (sum of ids), Max(updated_at) (every save of a meeting)
  and Sum(revision);
- agenda items, and the bodies and invitations of a meeting (many-to-many): these have no
  `updated_at`, but every save or delete writes a row to their history tables
  (django-simple-history), so the newest history ids stand for them;
- organizations, venues and legislation: the digest of the Directory, read whole;
- commitments (private feeds): how many, which, Max(updated_at);
- the request: feed key, window, language, address, alarm and task options, the actor's
  reach, and FORMAT (raise it whenever the way events are written changes).

Writes that bypass save() (QuerySet.update, bulk_create) bypass this as they bypass
`updated_at`; the cache entry then lives at most REFRESH.

Only what the reader may read counts: a meeting it may not read in full stands in the
fingerprint by what its event shows (id, kind, times, body, zone, creation), so editing a
closed meeting's hidden parts moves neither the ETag nor Last-Modified of a public feed.
"""

import datetime
import hashlib
from dataclasses import dataclass

from django.db.models import Count, Max, QuerySet, Subquery, Sum
from django.db.models.functions import Coalesce
from django.utils.translation import get_language

from commitments.models import Commitment
from meetings.access import Actor, meeting_details_q
from meetings.models import AgendaItem, Meeting

FORMAT = 3


@dataclass(frozen=True)
class Validators:
    etag: str
    last_modified: datetime.datetime | None
    cache_key: str


def _newest(history, **among) -> Subquery:
    rows = history.objects.filter(**among).order_by("-history_id")
    return Subquery(rows.values("history_id")[:1])


def feed_validators(
    *,
    request_parts: tuple,
    actor: Actor,
    meetings: QuerySet[Meeting],
    commitments: QuerySet[Commitment] | None,
    directory_digest: str,
) -> Validators:
    """`meetings` and `commitments`: the feed's rows, unordered and without annotations."""
    details = meeting_details_q(actor)
    meetings = meetings.order_by()
    shown = meetings.filter(details) if details else meetings
    shown_ids = shown.values("pk")
    # One query: the readable meetings' aggregates and their newest history ids alongside.
    stats = shown.aggregate(
        count=Count("pk"),
        ids=Sum("pk"),
        revisions=Sum("revision"),
        latest=Max("updated_at"),
        agenda=Max(_newest(AgendaItem.history.model, meeting_id__in=shown_ids)),
        meeting_history=Max(_newest(Meeting.history.model, id__in=shown_ids)),
    )
    glimpses = (
        sorted(
            meetings.exclude(details)
            # The zone an event is written in: its venue's, else its lead body's.
            .annotate(zone=Coalesce("venue__time_zone", "lead_body__time_zone"))
            .values_list("pk", "kind", "start", "end", "lead_body_id", "zone", "created_at")
        )
        if details
        else []
    )
    latest = [stats["latest"], *(row[-1] for row in glimpses)]
    parts = [
        FORMAT,
        request_parts,
        get_language(),
        _reach(actor),
        directory_digest,
        stats,
        glimpses,
    ]
    if commitments is not None:
        due = commitments.order_by().aggregate(
            count=Count("pk"), ids=Sum("pk"), latest=Max("updated_at")
        )
        parts.append(due)
        latest.append(due["latest"])
    digest = hashlib.sha256(repr(parts).encode()).hexdigest()[:40]
    known = [moment for moment in latest if moment is not None]
    return Validators(
        etag=f'"{digest}"',
        last_modified=max(known) if known else None,
        cache_key=f"calendar-feed:{digest}",
    )


def _reach(actor: Actor) -> tuple:
    # What the actor may read decides the body, not who it is: equal reach shares a cache entry.
    return (actor.is_secretariat, sorted(actor.agency_ids), sorted(actor.body_ids))
