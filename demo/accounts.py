"""Demo accounts: they exist only after `load_demo`, all with the password "demo"."""

from django.apps import apps
from django.contrib.auth.models import Group, User

from accounts.roles import role_groups_sync
from meetings.models import Membership, OfficeRole, Organization, Person
from meetings.roles import AGENCY, BODY_MEMBER, SECRETARIAT

DEMO_PASSWORD = "demo"

# username, e-mail, role group, the person behind the account (slug), staff (admin) access.
DEMO_ACCOUNTS = [
    ("setwan", "setwan@example.org", SECRETARIAT, "petugas-setwan-contoh", True),
    ("diskominfo", "diskominfo@example.org", AGENCY, "hudan-syarifuddin", False),
    ("komisi1", "komisi1@example.org", BODY_MEMBER, "muchlis", False),
]


def load_accounts() -> list[tuple[str, str]]:
    """Create the demo accounts in the role groups; returns (username, role) pairs."""
    # The groups come from a migration; this only repairs a database where they were deleted.
    role_groups_sync(apps)
    clerk, _ = Person.objects.get_or_create(
        slug="petugas-setwan-contoh",
        defaults={
            "name": "Petugas Setwan (contoh)",
            "email": "setwan@example.org",
            "is_verified": False,
        },
    )
    Membership.objects.get_or_create(
        person=clerk,
        organization=Organization.objects.get(slug="setwan"),
        role=OfficeRole.STAFF,
        defaults={"label": "Staf Bagian Persidangan Sekretariat DPRD", "is_verified": False},
    )
    created = []
    for username, email, group, person_slug, is_staff in DEMO_ACCOUNTS:
        user, is_new = User.objects.get_or_create(
            username=username, defaults={"email": email, "is_staff": is_staff}
        )
        if is_new:
            user.set_password(DEMO_PASSWORD)
            user.save(update_fields=["password"])
        user.groups.add(Group.objects.get(name=group))
        Person.objects.filter(slug=person_slug, user__isnull=True).update(user=user)
        created.append((username, group))
    return created
