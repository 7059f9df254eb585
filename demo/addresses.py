"""Example addresses for the demo (example.org is reserved for examples: nothing is delivered).

Without addresses no reminder rule has anyone to tell. A person behind a demo account gets the
account's address, so a reminder printed by the console backend names someone one can log in as.
"""

from demo.accounts import DEMO_ACCOUNTS

ACCOUNT_ADDRESSES = {person_slug: email for _u, email, _g, person_slug, _s in DEMO_ACCOUNTS}


def person_address(slug: str) -> str:
    return ACCOUNT_ADDRESSES.get(slug, f"{slug}@example.org")


def organization_address(slug: str) -> str:
    return f"{slug}@example.org"
