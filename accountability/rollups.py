"""Quarters as keys of the kept figures (rollups), and which keys a reader must count afresh.

A key is (organization, quarter), quarter written year * 10 + number like
Commitment.held_quarter; (organization, None) stands for every quarter of it.
"""

import datetime
from dataclasses import dataclass, field

from django.db.models import Q

from accountability.models import RollupDirty
from accountability.periods import Period
from commitments.facts import quarter_number


def quarter_start(number: int) -> datetime.date:
    year, part = divmod(number, 10)
    return datetime.date(year, 3 * part - 2, 1)


def quarter_end(number: int) -> datetime.date:
    return quarter_start(next_quarter(number)) - datetime.timedelta(days=1)


def next_quarter(number: int) -> int:
    year, part = divmod(number, 10)
    return (year + 1) * 10 + 1 if part == 4 else number + 1


def previous_quarter(number: int) -> int:
    year, part = divmod(number, 10)
    return (year - 1) * 10 + 4 if part == 1 else number - 1


def quarter_period(number: int) -> Period:
    return Period(quarter_start(number), quarter_end(number))


@dataclass
class Split:
    """A period as whole quarters (read from the rollups: `first` to `last`, None for open
    ends) and the partial quarters at its edges (counted from the follow-ups)."""

    first: int | None = None
    last: int | None = None
    edges: list[Period] = field(default_factory=list)
    whole: bool = True  # False: no whole quarter at all

    def quarter_q(self, name: str = "quarter") -> Q:
        found = Q()
        if self.first is not None:
            found &= Q(**{f"{name}__gte": self.first})
        if self.last is not None:
            found &= Q(**{f"{name}__lte": self.last})
        return found


def split(period: Period) -> Split:
    start, end = period.start, period.end
    if start and end and quarter_number(start) == quarter_number(end):
        whole = start == quarter_start(quarter_number(start)) and end == quarter_end(
            quarter_number(end)
        )
        if whole:
            return Split(first=quarter_number(start), last=quarter_number(end))
        return Split(edges=[period], whole=False)
    found = Split()
    if start:
        number = quarter_number(start)
        if start == quarter_start(number):
            found.first = number
        else:
            found.edges.append(Period(start, quarter_end(number)))
            found.first = next_quarter(number)
    if end:
        number = quarter_number(end)
        if end == quarter_end(number):
            found.last = number
        else:
            found.edges.append(Period(quarter_start(number), end))
            found.last = previous_quarter(number)
    if found.first is not None and found.last is not None and found.first > found.last:
        found.whole = False
    return found


def dirty_keys() -> list[tuple[int, int | None]]:
    return list(RollupDirty.objects.values_list("organization_id", "quarter").distinct())


def keys_q(keys, *, organization: str, quarter: str | None = None, day: str | None = None) -> Q:
    """The rows of these keys, by an organization field and either a quarter field or a date
    field. Empty keys: no row (an empty Q would mean every row)."""
    found = Q(pk__in=[])
    for organization_id, number in keys:
        condition = Q(**{organization: organization_id})
        if number is not None and quarter:
            condition &= Q(**{quarter: number})
        elif number is not None:
            condition &= Q(
                **{f"{day}__gte": quarter_start(number), f"{day}__lte": quarter_end(number)}
            )
        found |= condition
    return found


def edges_q(edges: list[Period], day: str) -> Q:
    found = Q(pk__in=[])
    for edge in edges:
        found |= Q(**edge.lookups_on_date(day))
    return found
