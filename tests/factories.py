"""factory_boy factories for the domain. Aware times in WIB unless a test says otherwise."""

import datetime
from zoneinfo import ZoneInfo

import factory
from django.contrib.auth.models import Group, User

from commitments.models import Commitment
from meetings.models import (
    AgendaItem,
    Legislation,
    LegislationKind,
    Meeting,
    MeetingKind,
    Membership,
    OfficeRole,
    Organization,
    OrganizationKind,
    Participant,
    Person,
    Venue,
)

WIB = ZoneInfo("Asia/Jakarta")


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        django_get_or_create = ["username"]

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.org")


class DprdFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organization
        django_get_or_create = ["slug"]

    kind = OrganizationKind.DPRD
    name = "DPRD Kabupaten Contoh"
    slug = "dprd-contoh"


class BodyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organization

    kind = OrganizationKind.KOMISI
    parent = factory.SubFactory(DprdFactory)
    name = factory.Sequence(lambda n: f"Komisi {n}")
    slug = factory.Sequence(lambda n: f"komisi-{n}")


class AgencyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organization

    kind = OrganizationKind.OPD
    category = "dinas"
    name = factory.Sequence(lambda n: f"Dinas Contoh {n}")
    abbreviation = factory.Sequence(lambda n: f"Dinas{n}")
    slug = factory.Sequence(lambda n: f"dinas-{n}")


class PersonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Person

    name = factory.Sequence(lambda n: f"Orang Contoh {n}")
    slug = factory.Sequence(lambda n: f"orang-{n}")


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    person = factory.SubFactory(PersonFactory)
    organization = factory.SubFactory(AgencyFactory)
    role = OfficeRole.HEAD


class VenueFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Venue

    name = factory.Sequence(lambda n: f"Ruang Rapat {n}")
    building = "Gedung DPRD"
    slug = factory.Sequence(lambda n: f"ruang-{n}")


class LegislationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Legislation

    kind = LegislationKind.RAPERDA
    title = factory.Sequence(lambda n: f"Raperda Contoh {n}")
    slug = factory.Sequence(lambda n: f"raperda-{n}")


class MeetingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Meeting
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Rapat contoh {n}")
    kind = MeetingKind.RDP
    lead_body = factory.SubFactory(BodyFactory)
    start = factory.Sequence(
        lambda n: datetime.datetime(2025, 2, 26, 9, tzinfo=WIB) + datetime.timedelta(days=n)
    )
    end = factory.LazyAttribute(lambda m: m.start + datetime.timedelta(hours=2))
    venue = factory.SubFactory(VenueFactory)

    @factory.post_generation
    def invited_organizations(self, create, extracted, **kwargs):
        if create and extracted:
            self.invited_organizations.set(extracted)


class AgendaItemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AgendaItem

    meeting = factory.SubFactory(MeetingFactory)
    order = factory.Sequence(lambda n: n + 1)
    title = factory.Sequence(lambda n: f"Mata acara {n}")


class ParticipantFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Participant

    meeting = factory.SubFactory(MeetingFactory)
    person = factory.SubFactory(PersonFactory)


class CommitmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Commitment

    meeting = factory.SubFactory(MeetingFactory)
    owner = factory.SubFactory(AgencyFactory)
    answers_to = factory.LazyAttribute(lambda c: c.meeting.lead_body)
    text = factory.Sequence(lambda n: f"Tindak lanjut {n}")


def account(username: str, group: str, organization=None, role=OfficeRole.MEMBER, **fields) -> User:
    """An account in one role group (meetings.roles); given an organization, its person also
    holds an office there, as an agency's or a body's account needs to act for it."""
    user = UserFactory(username=username, **fields)
    user.groups.add(Group.objects.get_or_create(name=group)[0])
    if organization is not None:
        MembershipFactory(
            person=PersonFactory(user=user), organization=organization, role=role, label=str(role)
        )
    return user
