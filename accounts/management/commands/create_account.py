from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from accounts.roles import ROLE_GROUPS
from accounts.services import account_create, account_invitation_send
from meetings.models import Organization


class Command(BaseCommand):
    help = (
        "Create an account for a role and e-mail it a link to choose its password "
        "(the link is printed too when e-mail goes to the console)."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("email")
        parser.add_argument("--role", required=True, choices=sorted(ROLE_GROUPS))
        parser.add_argument(
            "--organization", default="", help="Slug of the agency (opd) or DPRD body (body)."
        )
        parser.add_argument("--name", default="", help="The person's full name.")

    def handle(self, *args, username, email, role, organization, name, **options):
        org = None
        if organization:
            org = Organization.objects.filter(slug=organization).first()
            if org is None:
                raise CommandError(f"No organization with the slug {organization!r}.")
        try:
            user = account_create(
                username=username, email=email, role=role, organization=org, full_name=name
            )
        except ValidationError as error:
            raise CommandError("; ".join(error.messages)) from None
        link = account_invitation_send(user=user)
        self.stdout.write(f"Account {username!r} created; invitation e-mailed to {email}.")
        if settings.EMAIL_BACKEND.endswith(("console.EmailBackend", "locmem.EmailBackend")):
            self.stdout.write(f"Set-password link: {link}")
