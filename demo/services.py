"""Loading the whole demo in one transaction, so a failure leaves no half-loaded demo."""

from contextlib import contextmanager
from dataclasses import dataclass
from types import SimpleNamespace

from django.contrib.auth.models import User
from django.db import transaction
from simple_history.models import HistoricalRecords

from demo.accounts import load_accounts
from demo.directory import load_directory
from demo.invitations import load_invitations
from demo.meetings import load_meetings
from meetings.roles import DEMO_USERNAME


@dataclass(frozen=True)
class DemoResult:
    meetings_created: int
    accounts: list[tuple[str, str]]


@transaction.atomic
def demo_load() -> DemoResult:
    with as_demo_data():
        load_directory()
        accounts = load_accounts()
        created = load_meetings()
        load_invitations()
        return DemoResult(meetings_created=created, accounts=accounts)


def demo_user() -> User:
    """An inactive account that cannot log in: the author of record of everything loaded."""
    user, created = User.objects.get_or_create(
        username=DEMO_USERNAME, defaults={"is_active": False, "first_name": "Demo"}
    )
    if created:
        user.set_unusable_password()
        user.save(update_fields=["password"])
    return user


@contextmanager
def as_demo_data():
    """Change history written meanwhile names the demo as its author, not nobody: the history
    reads the user from the request simple_history keeps per thread, so one stands in for it."""
    context = HistoricalRecords.context
    previous = getattr(context, "request", None)
    context.request = SimpleNamespace(user=demo_user())
    try:
        yield
    finally:
        if previous is None:
            del context.request
        else:
            context.request = previous
