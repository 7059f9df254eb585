"""Who may see and do what: the roles' reach, enforced by every page and API endpoint.

- the public reads open meetings in full; a closed meeting shows its kind, date, time and body only;
- an agency (OPD) account also reads everything about its own agency, closed meetings included;
- a DPRD body member also reads its own bodies' meetings, closed ones included;
- the secretariat reads and changes everything.
"""

from dataclasses import dataclass, field

from django.contrib.auth.models import AnonymousUser
from django.db.models import Q
from django.utils import timezone

from meetings.models import Meeting, Membership, Openness, OrganizationKind, Participant
from meetings.models.choices import BODY_KINDS
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
