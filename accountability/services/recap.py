"""Asking for a recap, building it in the worker, and the six-monthly schedule.

Building is safe to run twice: the row is claimed by a conditional update, so a second task for
the same recap finds nothing to do; a build abandoned by a dead worker is claimed again after
STALE_AFTER. Progress is written in its own small updates so the staff page sees it move.
"""

import datetime
import logging

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from accountability.models import Recap, RecapStatus
from accountability.periods import Period, previous_semester
from accountability.services.content import recap_content
from accountability.services.files import recap_csv, recap_pdf
from accountability.services.mail import recap_notify
from commitments.models import Commitment
from meetings.models import Organization, OrganizationKind
from meetings.models.choices import LEAD_BODY_KINDS

logger = logging.getLogger(__name__)
STALE_AFTER = datetime.timedelta(minutes=30)
RECAP_KINDS = [*LEAD_BODY_KINDS, OrganizationKind.OPD]


def _enqueue(recap_id: int) -> None:
    from accountability.tasks import build_recap

    build_recap.delay(recap_id)


@transaction.atomic
def recap_request(
    *,
    organization: Organization,
    period: Period,
    requested_by: AbstractBaseUser | None = None,
    is_periodic: bool = False,
) -> Recap:
    """Record the recap and hand it to the worker once the row is committed."""
    if organization.kind not in RECAP_KINDS:
        raise ValidationError(
            {"organization": _("A recap is made for a DPRD body or a government agency (OPD).")}
        )
    if not period.is_bounded:
        raise ValidationError({"start": _("Give the first and the last day of the period.")})
    recap = Recap(
        organization=organization,
        period_start=period.start,
        period_end=period.end,
        requested_by=requested_by,
        is_periodic=is_periodic,
    )
    recap.full_clean()
    recap.save()
    transaction.on_commit(lambda: _enqueue(recap.pk))
    return recap


def _progress(recap: Recap, percent: int) -> None:
    Recap.objects.filter(pk=recap.pk).update(progress=percent)


def _claim(recap_id: int, now: datetime.datetime) -> bool:
    claimable = Q(status=RecapStatus.PENDING) | Q(
        status=RecapStatus.BUILDING, started_at__lt=now - STALE_AFTER
    )
    return bool(
        Recap.objects.filter(claimable, pk=recap_id).update(
            status=RecapStatus.BUILDING, started_at=now, progress=5, error=""
        )
    )


def _build_files(recap: Recap) -> None:
    period = Period(recap.period_start, recap.period_end)
    content = recap_content(organization=recap.organization, period=period)
    _progress(recap, 40)
    stem = f"rekap-{recap.organization.slug}-{recap.period_start:%Y%m%d}-{recap.period_end:%Y%m%d}"
    recap.spreadsheet.save(f"{stem}.csv", ContentFile(recap_csv(content)), save=False)
    _progress(recap, 60)
    recap.pdf.save(f"{stem}.pdf", ContentFile(recap_pdf(content)), save=False)
    _progress(recap, 95)
    Recap.objects.filter(pk=recap.pk).update(
        pdf=recap.pdf.name,
        spreadsheet=recap.spreadsheet.name,
        status=RecapStatus.READY,
        progress=100,
        finished_at=timezone.now(),
    )


def _mail(recap_id: int) -> None:
    """Hand a ready recap to the outbox. Safe to repeat: the outbox writes each row once."""
    recap = (
        Recap.objects.select_related("organization")
        .filter(pk=recap_id, status=RecapStatus.READY)
        .first()
    )
    if recap is None:
        return
    recipients = recap_notify(recap=recap)
    if recipients:
        Recap.objects.filter(pk=recap_id, emailed_at__isnull=True).update(emailed_at=timezone.now())
        Recap.objects.filter(pk=recap_id).update(emailed_to=", ".join(recipients))


def recap_build(*, recap_id: int) -> str:
    """Build a recap's files and e-mail them; returns what happened (for the worker's log)."""
    if not _claim(recap_id, timezone.now()):
        # Already built (perhaps not yet mailed, if the last worker died in between) or gone.
        _mail(recap_id)
        return "not claimable"
    recap = Recap.objects.select_related("organization").get(pk=recap_id)
    try:
        _build_files(recap)
    except Exception as error:
        logger.exception("recap %s failed", recap_id)
        Recap.objects.filter(pk=recap_id).update(
            status=RecapStatus.FAILED, error=str(error)[:2000], finished_at=timezone.now()
        )
        return "failed"
    _mail(recap_id)
    return "ready"


def recaps_create_for_semester(*, today: datetime.date | None = None) -> list[Recap]:
    """The six-monthly recaps of the semester that ended last, for every body and agency with
    follow-ups in it. Safe to run daily: a recap already made is not made again."""
    period = previous_semester(today or timezone.localdate())
    made = Commitment.objects.filter(**period.lookups("meeting__start"))
    ids = set(made.values_list("owner_id", flat=True)) | set(
        made.values_list("answers_to_id", flat=True)
    )
    existing = set(
        Recap.objects.filter(
            is_periodic=True, period_start=period.start, period_end=period.end
        ).values_list("organization_id", flat=True)
    )
    created = []
    for organization in Organization.objects.filter(pk__in=ids - existing, kind__in=RECAP_KINDS):
        try:
            created.append(
                recap_request(organization=organization, period=period, is_periodic=True)
            )
        except (IntegrityError, ValidationError):
            continue  # another run made it meanwhile
    return created
