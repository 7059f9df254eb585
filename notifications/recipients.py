"""Who is told: people, agencies and the secretariat, each with the addresses they accept.

A `RecipientBook` reads the offices, preferences and unsubscriptions a sweep needs once, so
resolving thousands of recipients costs a fixed number of queries.
"""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import Q

from meetings.models import Membership, OfficeRole, Organization, Person
from meetings.roles import SECRETARIAT
from notifications.models import Channel, ContactPreference, Unsubscription


@dataclass(frozen=True)
class Recipient:
    name: str
    language: str = "id"
    person_id: int | None = None
    # (channel, address) pairs, e.g. ("email", "kadis@example.org"), ("webhook", "+62812...").
    addresses: tuple[tuple[str, str], ...] = ()


def webhook_enabled() -> bool:
    return bool(settings.NOTIFICATION_WEBHOOK_URL)


class RecipientBook:
    def __init__(self, *, today: datetime.date) -> None:
        self.today = today
        self._preferences = {p.person_id: p for p in ContactPreference.objects.all()}
        self._unsubscribed = set(Unsubscription.objects.values_list("address", "kind"))
        self._holders: dict[tuple[int, str], Membership] | None = None
        self._secretariat: list[Recipient] | None = None

    # --- people and organizations --------------------------------------------------------

    def person(self, person: Person | None) -> Recipient | None:
        if person is None:
            return None
        preference = self._preferences.get(person.pk)
        addresses = []
        if person.email and (preference is None or preference.by_email):
            addresses.append((Channel.EMAIL, person.email.lower()))
        if person.phone and webhook_enabled() and (preference is None or preference.by_webhook):
            addresses.append((Channel.WEBHOOK, person.phone))
        return Recipient(
            name=str(person),
            language=preference.language if preference else "id",
            person_id=person.pk,
            addresses=tuple(addresses),
        )

    def organization(self, organization: Organization | None) -> Recipient | None:
        if organization is None or not organization.email:
            return None
        return Recipient(
            name=str(organization), addresses=((Channel.EMAIL, organization.email.lower()),)
        )

    def holder(self, organization_id: int, role: str) -> Recipient | None:
        """The current holder of an office, e.g. the head of an agency or a body's chair."""
        membership = self._holding(organization_id, role)
        return self.person(membership.person if membership else None)

    def office(self, organization_id: int, role: str) -> str:
        """The title of that office as its holder holds it ("Plt Kepala BKPSDM"), or ""."""
        membership = self._holding(organization_id, role)
        if membership is None:
            return ""
        # "Plt Kepala BKPSDM", as offices are written (the choice label explains the abbreviation).
        prefix = f"{membership.acting.capitalize()} " if membership.acting else ""
        return f"{prefix}{membership.label or membership.get_role_display()}"

    def _holding(self, organization_id: int, role: str) -> Membership | None:
        if self._holders is None:
            self._holders = self._load_holders()
        return self._holders.get((organization_id, role))

    def offices_held(self, role: str) -> set[int]:
        """The organizations whose office `role` has a holder today."""
        if self._holders is None:
            self._holders = self._load_holders()
        return {organization_id for organization_id, held in self._holders if held == role}

    def head_of(self, organization_id: int) -> Recipient | None:
        return self.holder(organization_id, OfficeRole.HEAD)

    def chair_of(self, body_id: int) -> Recipient | None:
        return self.holder(body_id, OfficeRole.CHAIR)

    def secretariat(self) -> list[Recipient]:
        """The secretariat's staff accounts with an e-mail address."""
        if self._secretariat is None:
            users = (
                get_user_model()
                .objects.filter(is_active=True, groups__name=SECRETARIAT)
                .exclude(email="")
                .select_related("person")
                .order_by("pk")
            )
            self._secretariat = [self._user(user) for user in users]
        return self._secretariat

    def is_unsubscribed(self, address: str, kind: str) -> bool:
        return (address, kind) in self._unsubscribed

    # --- internals -----------------------------------------------------------------------

    def _user(self, user) -> Recipient:
        person = getattr(user, "person", None)
        preference = self._preferences.get(person.pk) if person else None
        return Recipient(
            name=str(person) if person else (user.get_full_name() or user.get_username()),
            language=preference.language if preference else "id",
            person_id=person.pk if person else None,
            addresses=((Channel.EMAIL, user.email.lower()),),
        )

    def _load_holders(self) -> dict[tuple[int, str], Membership]:
        # Same precedence as meetings.selectors.office_holder: a definitive holder over a Plt/Plh,
        # then the latest appointment.
        current = (
            Membership.objects.filter(Q(start_date__isnull=True) | Q(start_date__lte=self.today))
            .filter(Q(end_date__isnull=True) | Q(end_date__gte=self.today))
            .exclude(role=OfficeRole.MEMBER)
            .select_related("person")
            .order_by("organization_id", "role", "acting", "-start_date")
        )
        holders: dict[tuple[int, str], Membership] = {}
        for membership in current:
            holders.setdefault((membership.organization_id, membership.role), membership)
        return holders
