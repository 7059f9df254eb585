"""Who may see and do what: the roles' reach, enforced by every page and API endpoint.

- the public reads open meetings in full; a closed meeting shows its kind, date, time and body only;
- an agency (OPD) account also reads everything about its own agency, closed meetings included;
- a DPRD body member also reads its own bodies' meetings, closed ones included;
- the secretariat reads and changes everything.
"""

from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from django.contrib.auth.models import AnonymousUser
from django.db.models import BooleanField, ExpressionWrapper, Q, Value
from django.utils import timezone

from meetings.models import (
    Meeting,
    MeetingKind,
    Membership,
    Openness,
    Organization,
    OrganizationKind,
    Participant,
)
from meetings.models.choices import BODY_KINDS, ZONE_ABBREVIATIONS
from meetings.roles import AGENCY, BODY_MEMBER, SECRETARIAT


@dataclass(frozen=True)
class Actor:
    """A user's role and the organizations it acts for, read once per request."""

    user_id: int | None = None
    is_secretariat: bool = False
    agency_ids: frozenset[int] = field(default_factory=frozenset)
    body_ids: frozenset[int] = field(default_factory=frozenset)

    @property
    def is_authenticated(self) -> bool:
        return self.user_id is not None


PUBLIC = Actor()


def actor_for(user) -> Actor:
    if user is None or isinstance(user, AnonymousUser) or not user.is_authenticated:
        return PUBLIC
    groups = {group.name for group in user.groups.all()}
    if user.is_superuser or SECRETARIAT in groups:
        return Actor(user_id=user.pk, is_secretariat=True)
    today = timezone.localdate()
    offices = (
        Membership.objects.filter(person__user=user)
        .filter(Q(start_date__isnull=True) | Q(start_date__lte=today))
        .filter(Q(end_date__isnull=True) | Q(end_date__gte=today))
        .values_list("organization_id", "organization__kind")
    )
    agencies = {org for org, kind in offices if kind == OrganizationKind.OPD}
    bodies = {org for org, kind in offices if kind in BODY_KINDS}
    return Actor(
        user_id=user.pk,
        # An account acts for its agency or body only when it holds the matching role.
        agency_ids=frozenset(agencies if AGENCY in groups else ()),
        body_ids=frozenset(bodies if BODY_MEMBER in groups else ()),
    )


def actor_of(request) -> Actor:
    """The request's actor, worked out once per request and shared by every view, permission,
    serializer and template tag of it; worked out again if the request logs someone in or out."""
    cached = getattr(request, "_actor_of_user", None)
    if cached is None or cached[0] is not request.user:
        cached = request._actor_of_user = (request.user, actor_for(request.user))
    return cached[1]


def meeting_details_q(actor: Actor, prefix: str = "") -> Q:
    """The meetings whose details (title, agenda, participants, documents) the actor may read."""
    if actor.is_secretariat:
        return Q()
    visible = Q(**{f"{prefix}openness": Openness.OPEN})
    insider = meeting_insider_q(actor, prefix)
    return visible if insider is None else visible | insider


def meeting_insider_q(actor: Actor, prefix: str = "") -> Q | None:
    """The meetings the actor takes part in through its body or agency (or all, for the
    secretariat): these also show their non-public agenda items and documents.

    Joined through subqueries, not joins, so a meeting never appears twice in a list.
    None when the actor takes part in none.
    """
    if actor.is_secretariat:
        return Q()
    conditions = []
    if actor.body_ids:
        joint = Meeting.other_bodies.through.objects.filter(organization_id__in=actor.body_ids)
        conditions += [
            Q(**{f"{prefix}lead_body_id__in": actor.body_ids}),
            Q(**{f"{prefix}id__in": joint.values("meeting_id")}),
        ]
    if actor.agency_ids:
        invited = Meeting.invited_organizations.through.objects.filter(
            organization_id__in=actor.agency_ids
        )
        attending = Participant.objects.filter(organization_id__in=actor.agency_ids)
        conditions += [
            Q(**{f"{prefix}id__in": invited.values("meeting_id")}),
            Q(**{f"{prefix}id__in": attending.values("meeting_id")}),
        ]
    if not conditions:
        return None
    visible = conditions[0]
    for condition in conditions[1:]:
        visible |= condition
    return visible


@dataclass(frozen=True)
class Reach:
    """Of some meetings, those the actor may read in full and those it takes part in."""

    details: frozenset[int]
    insider: frozenset[int]

    def shows(self, meeting_id: int | None) -> bool:
        return meeting_id in self.details

    def shows_agenda_item(self, item) -> bool:
        """A hidden (non-public) agenda item shows only to the meeting's insiders."""
        if item is None or not self.shows(item.meeting_id):
            return False
        return item.is_public or item.meeting_id in self.insider


def meeting_reach(actor: Actor, meeting_ids) -> Reach:
    """The one place that decides, in one query, what of these meetings the actor may read.

    Every surface that names a meeting outside its own page (follow-ups, workspaces, recaps)
    asks here; the meeting page and the lists use the same conditions as annotations."""
    ids = {pk for pk in meeting_ids if pk is not None}
    if actor.is_secretariat:
        return Reach(details=frozenset(ids), insider=frozenset(ids))
    if not ids:
        return Reach(details=frozenset(), insider=frozenset())
    insider_q = meeting_insider_q(actor)
    rows = Meeting.objects.filter(pk__in=ids).values_list(
        "pk",
        ExpressionWrapper(meeting_details_q(actor), output_field=BooleanField()),
        Value(False)
        if insider_q is None
        else ExpressionWrapper(insider_q, output_field=BooleanField()),
    )
    details, insider = set(), set()
    for pk, shows, takes_part in rows:
        if shows or takes_part:
            details.add(pk)
        if takes_part:
            insider.add(pk)
    return Reach(details=frozenset(details | insider), insider=frozenset(insider))


@dataclass(frozen=True)
class MeetingGlimpse:
    """What anyone may know of a meeting it may not read: kind, date, time and lead body.

    Stands in for the meeting wherever a follow-up names it; it has no title, summary, venue,
    agenda or participants to leak (a template asking for them gets nothing)."""

    pk: int
    kind: str
    start: object
    end: object
    time_zone: str
    lead_body: object
    lead_body_id: int
    openness: str
    is_redacted: bool = True

    @property
    def id(self) -> int:
        return self.pk

    @property
    def title(self) -> str:
        return self.get_kind_display()

    def get_kind_display(self) -> str:
        return str(MeetingKind(self.kind).label)

    @property
    def zone_label(self) -> str:
        return ZONE_ABBREVIATIONS.get(self.time_zone, self.time_zone)

    @property
    def local_start(self):
        return self.start.astimezone(ZoneInfo(self.time_zone))

    @property
    def is_open(self) -> bool:
        return self.openness == Openness.OPEN

    def __str__(self) -> str:
        return self.title


def meeting_glimpse(meeting: Meeting) -> MeetingGlimpse:
    return MeetingGlimpse(
        pk=meeting.pk,
        kind=meeting.kind,
        start=meeting.start,
        end=meeting.end,
        time_zone=meeting.time_zone,
        lead_body=meeting.lead_body,
        lead_body_id=meeting.lead_body_id,
        openness=meeting.openness,
    )


def organization_meetings_q(actor: Actor, organization: Organization) -> Q:
    """A body's meetings (led or joined) or an agency's (invited or taking part).

    Joint bodies and invitations are details of a meeting, so they count only where the actor
    may read the meeting in full.
    """
    details = meeting_details_q(actor)
    if organization.kind == OrganizationKind.OPD:
        # Two subqueries on the organization_id indexes, not a join of every meeting to its
        # invitations and participants (that scanned all meetings: 0.4 s at 100,000).
        invited = Meeting.invited_organizations.through.objects.filter(organization=organization)
        attending = Participant.objects.filter(organization=organization)
        involved = Q(pk__in=invited.values("meeting_id")) | Q(pk__in=attending.values("meeting_id"))
        return involved & details
    joint = Meeting.other_bodies.through.objects.filter(organization=organization)
    return Q(lead_body=organization) | (Q(pk__in=joint.values("meeting_id")) & details)
