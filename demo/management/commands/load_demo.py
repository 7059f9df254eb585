from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from demo.accounts import DEMO_PASSWORD
from demo.services import demo_load
from meetings.roles import AGENCY, BODY_MEMBER, SECRETARIAT

# Where each demo role starts its work, and what it finds there.
LANDING = {
    SECRETARIAT: (
        "workspace:secretariat-today",
        gettext_lazy("the day's meetings; log a meeting, invitations, attendance, minutes"),
    ),
    AGENCY: ("workspace:agency-home", gettext_lazy("its follow-ups: report progress, submit")),
    BODY_MEMBER: ("workspace:body-home", gettext_lazy("follow-ups to verify")),
}


class Command(BaseCommand):
    help = "Load the Kabupaten Probolinggo directory, demo meetings and demo accounts."

    def add_arguments(self, parser):
        parser.add_argument(
            "--base-url",
            default="http://127.0.0.1:8000",
            help="Where the site runs, for the login hint.",
        )
        parser.add_argument(
            "--force",
            action="store_true",
            help="Load the demo even with debug off (never on a production database).",
        )

    def handle(self, *args, base_url, force=False, **options):
        if not settings.DEBUG and not force:
            # The demo makes accounts with the password "demo": never on a real site by accident.
            raise CommandError(
                _(
                    "Debug is off, which looks like production: the demo would add accounts "
                    "with a known password. Run it with DJANGO_DEBUG=true, or add --force."
                )
            )
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
        base = base_url.rstrip("/")
        self.stdout.write(
            _("Log in at %(url)s with one of these accounts (password: %(password)s):")
            % {"url": base + reverse("public:login"), "password": DEMO_PASSWORD}
        )
        for username, role in result.accounts:
            landing = LANDING.get(role)
            where = f"{base}{reverse(landing[0])}  {landing[1]}" if landing else ""
            self.stdout.write(f"  {username:<11} ({role}) → {where}")
