"""Telling the recap's readers that it is ready, with both files attached."""

from django.conf import settings
from django.contrib.auth.models import User
from django.core.mail import EmailMessage
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from accountability.models import Recap
from meetings.models import OfficeRole, OrganizationKind
from meetings.roles import SECRETARIAT
from meetings.selectors import office_holder


def recap_recipients(*, recap: Recap) -> list[str]:
    """The body's chair (for an agency's recap, the agency's head) and the secretariat."""
    organization = recap.organization
    role = OfficeRole.HEAD if organization.kind == OrganizationKind.OPD else OfficeRole.CHAIR
    addresses = set()
    holder = office_holder(organization=organization, role=role)
    if holder is not None:
        person = holder.person
        email = person.email or (person.user.email if person.user_id else "")
        if email:
            addresses.add(email)
    secretariat = User.objects.filter(is_active=True, groups__name=SECRETARIAT).exclude(email="")
    addresses.update(secretariat.values_list("email", flat=True))
    return sorted(addresses)


def recap_send(*, recap: Recap, recipients: list[str]) -> None:
    with translation.override(settings.LANGUAGE_CODE):
        link = settings.SITE_URL.rstrip("/") + reverse("accountability:recap", args=[recap.pk])
        context = {
            "organization": recap.organization.name,
            "start": recap.period_start.strftime("%d/%m/%Y"),
            "end": recap.period_end.strftime("%d/%m/%Y"),
            "link": link,
        }
        subject = _("Follow-up recap: %(organization)s, %(start)s–%(end)s") % context
        body = (
            _(
                "The follow-up recap of %(organization)s for %(start)s–%(end)s is ready. "
                "The PDF and the spreadsheet (CSV) are attached; both can also be downloaded "
                "at %(link)s"
            )
            % context
        )
    message = EmailMessage(subject=subject, body=body, to=recipients)
    for field in (recap.pdf, recap.spreadsheet):
        with field.open("rb") as stored:
            message.attach(field.name.rsplit("/", 1)[-1], stored.read())
    message.send()
