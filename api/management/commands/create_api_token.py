import datetime

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from knox.models import AuthToken


class Command(BaseCommand):
    help = "Create an API token for a user and print it (it is stored only as a hash)."

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument(
            "--days", type=int, default=365, help="Days until the token expires (0: never)."
        )

    def handle(self, *args, username, days, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(_("No user named %(name)s.") % {"name": username})
        expiry = datetime.timedelta(days=days) if days else None
        token, secret = AuthToken.objects.create(user, expiry=expiry)
        self.stdout.write(secret)
        self.stderr.write(
            _("Expires: %(when)s. Send it as: Authorization: Token <token>")
            % {"when": token.expiry.isoformat() if token.expiry else _("never")}
        )
