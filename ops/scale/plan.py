"""What each meeting of the scale dataset will be, decided up front in one cheap pass so the
follow-ups can be spread exactly (3 per meeting on average) over the meetings that were held."""

import datetime
import random
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from meetings.models import MeetingKind, MeetingStatus, Openness, OrganizationKind
from meetings.models.choices import default_openness
from ops.scale.directory import Directory

# How often each kind occurs, and which body leads it.
KINDS = {
    MeetingKind.KOMISI: (20, OrganizationKind.KOMISI),
    MeetingKind.RDP: (20, OrganizationKind.KOMISI),
    MeetingKind.RAPAT_KERJA: (15, OrganizationKind.KOMISI),
    MeetingKind.KUNJUNGAN_KERJA: (8, OrganizationKind.KOMISI),
    MeetingKind.DISKUSI_PANEL: (5, OrganizationKind.KOMISI),
    MeetingKind.RDPU: (4, OrganizationKind.KOMISI),
    MeetingKind.SIDAK: (3, OrganizationKind.KOMISI),
    MeetingKind.GABUNGAN_KOMISI: (3, OrganizationKind.KOMISI),
    MeetingKind.PARIPURNA: (6, OrganizationKind.DPRD),
    MeetingKind.BANGGAR: (4, OrganizationKind.BANGGAR),
    MeetingKind.PIMPINAN: (3, OrganizationKind.PIMPINAN),
    MeetingKind.BAMUS: (3, OrganizationKind.BAMUS),
    MeetingKind.BAPEMPERDA: (3, OrganizationKind.BAPEMPERDA),
    MeetingKind.PANSUS: (3, OrganizationKind.PANSUS),
    MeetingKind.BK: (1, OrganizationKind.BK),
}
YEARS_BACK = 9  # with one year ahead: ten years of meetings


@dataclass(slots=True)
class MeetingPlan:
    start: datetime.datetime
    kind: str
    lead_body_id: int
    venue_id: int
    status: str
    openness: str
    invited: list[int]
    commitments: int = 0


def _lead_body(directory: Directory, kind: str, rng: random.Random) -> tuple[int, list[int]]:
    body_kind = KINDS[kind][1]
    if body_kind == OrganizationKind.DPRD:
        return directory.dprd.pk, rng.sample([a.pk for a in directory.agencies], 3)
    body = rng.choice(directory.bodies[body_kind])
    pool = directory.partners.get(body.pk) or [a.pk for a in directory.agencies]
    return body.pk, rng.sample(pool, min(len(pool), rng.randint(1, 3)))


def _status(start: datetime.datetime, now: datetime.datetime, rng: random.Random) -> str:
    roll = rng.random()
    if start >= now:
        return MeetingStatus.POSTPONED if roll < 0.03 else MeetingStatus.SCHEDULED
    if roll < 0.06:
        return MeetingStatus.CANCELLED
    return MeetingStatus.POSTPONED if roll < 0.12 else MeetingStatus.HELD


def meetings_plan(
    *,
    directory: Directory,
    count: int,
    commitments: int,
    today: datetime.date,
    rng: random.Random,
    zones: dict[int, str],
) -> list[MeetingPlan]:
    kinds, weights = list(KINDS), [weight for weight, _ in KINDS.values()]
    first_day = today.replace(year=today.year - YEARS_BACK)
    span = (today.replace(year=today.year + 1) - first_day).days
    now = datetime.datetime.combine(today, datetime.time(12), ZoneInfo("Asia/Jakarta"))
    plans = []
    for kind in rng.choices(kinds, weights, k=count):
        lead_body_id, invited = _lead_body(directory, kind, rng)
        venue_id = rng.choice(directory.venue_ids)
        day = first_day + datetime.timedelta(days=rng.randrange(span))
        local = datetime.time(rng.randint(8, 15), rng.choice((0, 30)))
        start = datetime.datetime.combine(day, local, ZoneInfo(zones[venue_id]))
        openness = default_openness(kind)
        if openness == Openness.OPEN and kind not in (MeetingKind.PARIPURNA, MeetingKind.RDPU):
            openness = Openness.CLOSED if rng.random() < 0.1 else Openness.OPEN
        status = _status(start, now, rng)
        plans.append(MeetingPlan(start, kind, lead_body_id, venue_id, status, openness, invited))
    plans.sort(key=lambda plan: plan.start)
    _spread_commitments(plans, commitments, rng)
    return plans


def _spread_commitments(plans: list[MeetingPlan], total: int, rng: random.Random) -> None:
    """Exactly `total` follow-ups over the held meetings: an even share each, then moved about
    at random so some meetings have one and others many."""
    held = [plan for plan in plans if plan.status == MeetingStatus.HELD] or plans
    for n, plan in enumerate(held):
        plan.commitments = (n + 1) * total // len(held) - n * total // len(held)
    for _ in range(len(held)):
        giver, taker = rng.choice(held), rng.choice(held)
        if giver.commitments > 1:
            giver.commitments -= 1
            taker.commitments += 1
