from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from demo.accounts import DEMO_PASSWORD
from demo.services import demo_load


class Command(BaseCommand):
    help = "Load the Kabupaten Probolinggo directory, demo meetings and demo accounts."

    def add_arguments(self, parser):
        parser.add_argument(
            "--base-url",
            default="http://127.0.0.1:8000",
            help="Where the site runs, for the login hint.",
        )

    def handle(self, *args, base_url, **options):
        result = demo_load()
        created = result.meetings_created
        self.stdout.write(
            ngettext(
                "Demo data ready: %(n)d new meeting.",
                "Demo data ready: %(n)d new meetings.",
                created,
            )
            % {"n": created}
        )
        self.stdout.write(
            _("Log in at %(url)s with one of these accounts:")
            % {"url": f"{base_url.rstrip('/')}/admin/"}
        )
        for username, role in result.accounts:
            self.stdout.write(f"  {username} / {DEMO_PASSWORD}  ({role})")
