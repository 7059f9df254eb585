"""Loading the whole demo in one transaction, so a failure leaves no half-loaded demo."""

from dataclasses import dataclass

from django.db import transaction

from demo.accounts import load_accounts
from demo.directory import load_directory
from demo.meetings import load_meetings


@dataclass(frozen=True)
class DemoResult:
    meetings_created: int
    accounts: list[tuple[str, str]]


@transaction.atomic
def demo_load() -> DemoResult:
    load_directory()
    accounts = load_accounts()
    return DemoResult(meetings_created=load_meetings(), accounts=accounts)
