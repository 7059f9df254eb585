"""Celery tasks: thin wrappers over the recap services."""

from celery import shared_task

from accountability.services import recap_build, recaps_create_for_semester
from accountability.services.rollups import rollups_refresh


@shared_task(name="accountability.build_recap", ignore_result=True, acks_late=True)
def build_recap(recap_id: int) -> str:
    return recap_build(recap_id=recap_id)


@shared_task(name="accountability.semester_recaps", ignore_result=True)
def create_semester_recaps() -> int:
    """Run daily by beat; makes the last semester's recaps once, the first day it can."""
    return len(recaps_create_for_semester())


@shared_task(name="accountability.refresh_rollups", ignore_result=True)
def refresh_rollups() -> int:
    """After every change (enqueued on commit) and by beat: recompute the marked keys."""
    return rollups_refresh()
