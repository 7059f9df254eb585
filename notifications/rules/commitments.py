"""Follow-up rules: due-date reminders, overdue escalation, the weekly digest, submitted notices."""

import datetime
from collections import Counter
from collections.abc import Iterator

from django.core.cache import cache
from django.db.models import Count, Q

from commitments.models import (
    Commitment,
    CommitmentUpdate,
    OwnerGroup,
    UpdateKind,
    Verification,
)
from meetings.models import OfficeRole
from notifications.models import Kind, Notification
from notifications.notices import notices_due
from notifications.policy import Policies
from notifications.recipients import RecipientBook
from notifications.rules import Due, Moment, each


def person_in_charge(commitment: Commitment, book: RecipientBook):
    """The named person in charge, else whoever holds the responsible office today; for a
    DPRD body's own follow-up that office is its chair (ketua) unless another is recorded."""
    if commitment.person_in_charge is not None:
        return book.person(commitment.person_in_charge)
    if commitment.owner_group == OwnerGroup.BODY:
        return book.holder(commitment.owner_id, commitment.owner_role) or book.chair_of(
            commitment.owner_id
        )
    if commitment.owner_group == OwnerGroup.EXTERNAL:
        return None  # outside parties have no accounts: the secretariat chases them
    return book.holder(commitment.owner_id, commitment.owner_role)


def chasers(commitment: Commitment, book: RecipientBook) -> list:
    """Who else is told of a follow-up's due date and each escalation: the secretariat, for a
    DPRD body's own promises (it keeps the DPRD's record) and for outside parties' (it writes
    to them); an agency's follow-ups are its own business until the body's chair is told."""
    if commitment.owner_group in (OwnerGroup.BODY, OwnerGroup.EXTERNAL):
        return book.secretariat()
    return []


def _each_with_chasers(commitment, recipient, book, *, context: dict, **due) -> Iterator[Due]:
    yield from each([recipient], context=context, **due)
    yield from each(
        [r for r in chasers(commitment, book) if r is not None and r != recipient],
        context=context | {"chaser": "secretariat"},
        **due,
    )


def _about(commitment: Commitment) -> dict:
    return {
        "subject": f"commitment:{commitment.pk}",
        "commitment_id": commitment.pk,
        "meeting_id": commitment.meeting_id,
    }


def _in_window(moment: Moment, *, first: datetime.date, last: datetime.date) -> list:
    """The follow-ups whose notice moment has come, due from `first` to `last`, by due date.

    Read by the notice moment alone and narrowed here: given the due-date range as well, SQLite
    walks the due-date index over every open follow-up of the window (thousands of rows on a
    sweep where nothing is due) instead of the few whose moment has come."""
    rows = notices_due(moment.now).select_related("person_in_charge", "owner")
    found = [row for row in rows if first <= row.due_date <= last]
    return sorted(found, key=lambda row: (row.due_date, row.pk))


def due_reminders(*, moment: Moment, book: RecipientBook, policies: Policies) -> Iterator[Due]:
    """Before the due date (default 7 and 1 days before, and on the day) to the person in charge.

    The nearest reminder that has fallen due is the one sent; a changed due date starts afresh.
    """
    furthest = max(max(p.commitment_reminder_days, default=0) for p in policies.all())
    last = moment.today + datetime.timedelta(days=furthest)
    coming = _in_window(moment, first=moment.today, last=last)
    for commitment in coming:
        days_left = (commitment.due_date - moment.today).days
        policy = policies.for_body(commitment.answers_to_id)
        due = [days for days in policy.commitment_reminder_days if days >= days_left]
        if not due:
            continue
        days = min(due)
        yield from _each_with_chasers(
            commitment,
            person_in_charge(commitment, book),
            book,
            kind=Kind.COMMITMENT_DUE,
            occasion=f"due-{days}d@{commitment.due_date.isoformat()}",
            context={"days_before": days},
            **_about(commitment),
        )


def _escalation_steps(policy) -> list[tuple[int, str]]:
    return [
        (policy.escalate_to_person_in_charge_after_days, "person_in_charge"),
        (policy.escalate_to_head_after_days, "head"),
        (policy.escalate_to_chair_after_days, "chair"),
    ]


def _owner_lead(commitment: Commitment) -> str:
    """The office at the top of the owner: an agency's head, a body's chair (ketua); an outside
    party has none the tracker writes to."""
    return OfficeRole.CHAIR if commitment.owner_group == OwnerGroup.BODY else OfficeRole.HEAD


def _audience(commitment: Commitment, audience: str, book: RecipientBook):
    if audience == "person_in_charge":
        return person_in_charge(commitment, book)
    if audience == "head":
        if commitment.owner_group == OwnerGroup.EXTERNAL:
            return None
        return book.holder(commitment.owner_id, _owner_lead(commitment))
    return book.chair_of(commitment.answers_to_id)


def audience_office(commitment: Commitment, audience: str, book: RecipientBook) -> str:
    """The office `_audience` reaches, in words ("Kepala Diskominfo"), for pages."""
    if commitment.owner_group == OwnerGroup.EXTERNAL and audience != "chair":
        return ""
    if audience == "person_in_charge":
        if commitment.person_in_charge_id is not None:
            return str(commitment.owner)
        office = book.office(commitment.owner_id, commitment.owner_role)
        if not office and commitment.owner_group == OwnerGroup.BODY:
            return book.office(commitment.owner_id, OfficeRole.CHAIR)
        return office
    if audience == "head":
        return book.office(commitment.owner_id, _owner_lead(commitment))
    return book.office(commitment.answers_to_id, OfficeRole.CHAIR)


def audience(commitment: Commitment, name: str, book: RecipientBook):
    """(recipient, office) of one audience of a follow-up's reminders."""
    return _audience(commitment, name, book), audience_office(commitment, name, book)


def audiences(commitment: Commitment, name: str, book: RecipientBook) -> list:
    """`audience`, then the secretariat where it chases the follow-up (`chasers`)."""
    secretariat = [(r, "") for r in chasers(commitment, book)]
    return [audience(commitment, name, book), *secretariat]


def overdue_escalations(
    *, moment: Moment, book: RecipientBook, policies: Policies
) -> Iterator[Due]:
    """Overdue: the person in charge the day after, the agency head after 7 days, the chair of the
    body it answers to after 14. A step missed by more than the catch-up window is left to the
    weekly digest."""
    catch_up = policies.default.catch_up_days
    longest = max(step for p in policies.all() for step, _ in _escalation_steps(p))
    first = moment.today - datetime.timedelta(days=longest + catch_up)
    overdue = _in_window(moment, first=first, last=moment.today - datetime.timedelta(days=1))
    for commitment in overdue:
        days_overdue = (moment.today - commitment.due_date).days
        for step, audience in _escalation_steps(policies.for_body(commitment.answers_to_id)):
            if not step <= days_overdue <= step + catch_up:
                continue
            yield from _each_with_chasers(
                commitment,
                _audience(commitment, audience, book),
                book,
                kind=Kind.COMMITMENT_OVERDUE,
                occasion=f"overdue-{step}d@{commitment.due_date.isoformat()}",
                context={
                    "audience": audience,
                    "after_days": step,
                    "owner_kind": str(commitment.owner_group or ""),
                },
                **_about(commitment),
            )


def overdue_digests(*, moment: Moment, book: RecipientBook, policies: Policies) -> Iterator[Due]:
    """Every week from the digest day on, one message each (however long the list): a body's
    chair gets what is overdue among the follow-ups the body oversees, and apart what is
    overdue among the body's own (the DPRD keeps its promises on record too); an agency's head
    gets the agency's.

    A digest is written once a week (its outbox key names the week), so only the organizations
    still without this week's digest are counted: one whose chair or head has it is not read
    again. A sweep after all of them had theirs reads only the outbox, instead of grouping
    every overdue follow-up (73,000 at 300,000) on each sweep until the week ends."""
    if moment.today.weekday() < policies.default.digest_weekday:
        return
    year, week, _ = moment.today.isocalendar()
    occasion = f"digest@{year}-W{week:02d}"
    written = set(
        Notification.objects.filter(kind=Kind.OVERDUE_DIGEST, occasion=occasion)
        .values_list("subject", flat=True)
        .distinct()
    )
    # (side, the follow-ups' field it is about, who reads it, the office they hold)
    sides = (
        ("body", "answers_to", book.chair_of, OfficeRole.CHAIR),
        ("agency", "owner", book.head_of, OfficeRole.HEAD),
        ("own", "owner", book.chair_of, OfficeRole.CHAIR),
    )
    # Organizations counted earlier today with nothing overdue are not counted again until
    # tomorrow (most bodies owe nothing themselves). A follow-up that falls due, or is reopened
    # past its date, is in the next day's count; a cache lost only means counting again.
    nothing_key = f"digest-nothing:{occasion}:{moment.today.isoformat()}"
    nothing = cache.get(nothing_key, set())
    waiting = {
        side: {
            organization_id
            for organization_id in book.offices_held(role)
            if f"{side}:{organization_id}" not in written | nothing
        }
        for side, _field, _reader, role in sides
    }
    if not any(waiting.values()):
        return
    # One scan of the overdue follow-ups of the waiting organizations, for every side.
    pairs = (
        Commitment.objects.overdue(moment.today)
        .filter(Q(answers_to__in=waiting["body"]) | Q(owner__in=waiting["agency"] | waiting["own"]))
        .values_list("answers_to", "owner")
        .annotate(count=Count("pk"))
        .order_by()
    )
    totals = {"answers_to": Counter(), "owner": Counter()}
    for body_id, owner_id, count in pairs:
        totals["answers_to"][body_id] += count
        totals["owner"][owner_id] += count
    found_nothing = {
        f"{side}:{organization_id}"
        for side, field, _reader, _role in sides
        for organization_id in waiting[side]
        if not totals[field][organization_id]
    }
    cache.set(nothing_key, nothing | found_nothing, timeout=2 * 24 * 3600)
    for side, field, reader, _ in sides:
        for organization_id, count in sorted(totals[field].items()):
            if organization_id not in waiting[side]:
                continue
            yield from each(
                [reader(organization_id)],
                kind=Kind.OVERDUE_DIGEST,
                subject=f"{side}:{organization_id}",
                occasion=occasion,
                organization_id=organization_id,
                context={"side": side, "count": count},
            )


def submitted_notices(*, moment: Moment, book: RecipientBook, policies: Policies) -> Iterator[Due]:
    """An agency submitted a follow-up as done: ask the body it answers to to verify it."""
    since = moment.now - datetime.timedelta(days=policies.default.catch_up_days)
    submissions = CommitmentUpdate.objects.filter(
        kind=UpdateKind.SUBMITTED,
        created_at__gte=since,
        commitment__verification=Verification.PENDING,
    ).select_related("commitment__answers_to")
    for update in submissions:
        commitment = update.commitment
        yield from each(
            [book.chair_of(commitment.answers_to_id), book.organization(commitment.answers_to)],
            kind=Kind.COMMITMENT_SUBMITTED,
            occasion=f"submitted#{update.pk}",
            context={"update_id": update.pk},
            **_about(commitment),
        )
