"""Helpers for code that writes many rows from `.values()` instead of model instances (the API
lists, the calendar feeds): what a model or DRF would do per row, done once per response."""

from collections.abc import Callable, Iterable

# Stands for the primary key in an address reversed once, then replaced per row.
_PK = 987654321987654321


def address_per_pk(reverse_one: Callable[[int], str]) -> Callable[[int], str]:
    """`reverse_one(pk)` called once with a placeholder key, then filled in per row: the same
    address a reverse() per row would give, without the resolver's cost for each."""
    sample = reverse_one(_PK)
    head, _, tail = sample.rpartition(str(_PK))
    return lambda pk: f"{head}{pk}{tail}"


def choice_labels(choices: Iterable[tuple]) -> dict:
    """get_FOO_display() for every value at once, in the active language (the labels are lazy
    translations, so build this per response)."""
    return {value: str(label) for value, label in choices}
