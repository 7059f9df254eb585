"""Reads of invitations and their answers, each in a fixed number of queries."""

import datetime
from dataclasses import dataclass

from django.db.models import Prefetch, Q, QuerySet
from django.utils import timezone

from meetings.models import (
    Invitation,
    InvitationReply,
    Meeting,
    MeetingStatus,
    Membership,
    OfficeRole,
    Organization,
    Person,
)


def _current_on(day: datetime.date) -> Q:
    return (Q(start_date__isnull=True) | Q(start_date__lte=day)) & (
        Q(end_date__isnull=True) | Q(end_date__gte=day)
    )


def invitation_replies(meeting: Meeting) -> dict[int, InvitationReply]:
    """Each invited agency's current answer by organization id, its representative loaded.

    One query; an agency that has not answered (or a meeting without a letter) has no entry.
    """
    replies = InvitationReply.objects.filter(invitation__meeting_id=meeting.pk).select_related(
        "representative"
    )
    return {reply.organization_id: reply for reply in replies}


def office_of(
    *, person: Person, organization: Organization, on: datetime.date
) -> Membership | None:
    """The office a person holds in an organization on a day (the highest first), or None."""
    return (
        Membership.objects.filter(_current_on(on), person=person, organization=organization)
        .order_by("role", "acting", "-start_date")
        .first()
    )


def offices_on(
    *, organization_ids, day: datetime.date, role: str | None = None
) -> dict[int, list[Membership]]:
    """The offices held in each organization on a day, people loaded, the definitive holder of
    an office before a Plt/Plh and the latest appointment first."""
    memberships = Membership.objects.filter(_current_on(day), organization_id__in=organization_ids)
    if role is not None:
        memberships = memberships.filter(role=role)
    by_organization: dict[int, list[Membership]] = {}
    for membership in memberships.select_related("person").order_by(
        "organization_id", "role", "acting", "-start_date", "person__name"
    ):
        by_organization.setdefault(membership.organization_id, []).append(membership)
    return by_organization


def heads_on(*, organization_ids, day: datetime.date) -> dict[int, Membership]:
    """The head of each agency on a day (as notifications.recipients picks the holder)."""
    offices = offices_on(organization_ids=organization_ids, day=day, role=OfficeRole.HEAD)
    return {organization_id: found[0] for organization_id, found in offices.items()}


def invitation_of(meeting: Meeting) -> Invitation | None:
    return Invitation.objects.filter(meeting_id=meeting.pk).select_related("issued_by").first()


@dataclass(frozen=True)
class InviteeRow:
    organization: Organization
    head: Membership | None
    reply: InvitationReply | None


def invitee_rows(meeting: Meeting) -> list[InviteeRow]:
    """Each invited organization with its head on the meeting's day and its answer."""
    organizations = list(meeting.invited_organizations.order_by("name"))
    heads = heads_on(organization_ids=[o.pk for o in organizations], day=meeting.local_start.date())
    replies = invitation_replies(meeting)
    return [
        InviteeRow(organization=o, head=heads.get(o.pk), reply=replies.get(o.pk))
        for o in organizations
    ]


def invitations_for_agencies(
    agency_ids, *, now: datetime.datetime | None = None
) -> QuerySet[Invitation]:
    """Letters still open for an answer (scheduled meetings not yet started) to these agencies,
    soonest first, with the meeting and these agencies' own answers loaded."""
    now = now or timezone.now()
    return (
        Invitation.objects.filter(
            meeting__status=MeetingStatus.SCHEDULED,
            meeting__start__gt=now,
            meeting__invited_organizations__in=agency_ids,
        )
        .distinct()
        .select_related("meeting__lead_body", "meeting__venue")
        .prefetch_related(
            Prefetch(
                "meeting__invited_organizations",
                queryset=Organization.objects.filter(pk__in=agency_ids).order_by("name"),
                to_attr="my_agencies",
            ),
            Prefetch(
                "replies",
                queryset=InvitationReply.objects.filter(
                    organization_id__in=agency_ids
                ).select_related("representative"),
                to_attr="my_replies",
            ),
        )
        .order_by("meeting__start", "pk")
    )
