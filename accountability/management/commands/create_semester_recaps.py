from django.core.management.base import BaseCommand

from accountability.services import recaps_create_for_semester


class Command(BaseCommand):
    help = "Make the last semester's follow-up recaps (once) and hand them to the worker."

    def handle(self, *args, **options):
        recaps = recaps_create_for_semester()
        self.stdout.write(f"{len(recaps)} recap(s) requested")
