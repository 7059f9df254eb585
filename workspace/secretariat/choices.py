"""Choice lists for the secretariat's forms, each read in one query."""

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from meetings.models import (
    Legislation,
    Membership,
    Organization,
    OrganizationKind,
    Person,
    Venue,
)
from meetings.models.choices import LEAD_BODY_KINDS


def bodies():
    return Organization.objects.filter(kind__in=LEAD_BODY_KINDS).order_by("kind", "name")


def agencies():
    return Organization.objects.filter(kind__in=[OrganizationKind.OPD, OrganizationKind.EXTERNAL])


def agency_choices() -> list:
    """Agencies grouped under each body they partner with (mitra kerja), then all agencies:
    the lead body's partners are offered first whichever body leads."""
    everyone = list(agencies().order_by("name").values_list("pk", "name", "abbreviation"))
    label = {pk: f"{abbr} – {name}" if abbr else name for pk, name, abbr in everyone}
    groups = {}
    partnerships = Organization.partners.through.objects.select_related("body").order_by(
        "body__name", "agency__name"
    )
    for link in partnerships:
        if link.agency_id in label:
            groups.setdefault(str(link.body), []).append((link.agency_id, label[link.agency_id]))
    return [
        *[(_("Partners of %(body)s") % {"body": body}, items) for body, items in groups.items()],
        (_("All agencies"), [(pk, label[pk]) for pk, _n, _a in everyone]),
    ]


def people_by_office() -> list:
    """People labelled by the office they hold today ("Kepala – Diskominfo: Ulfiningtyas"), then
    everyone else, so that a clerk picks the office and gets its current holder."""
    today = timezone.localdate()
    offices = (
        Membership.objects.filter(Q(start_date__isnull=True) | Q(start_date__lte=today))
        .filter(Q(end_date__isnull=True) | Q(end_date__gte=today))
        .exclude(role="member")
        .select_related("person", "organization")
        .order_by("organization__name", "role")
    )
    held = [(m.person_id, office_label(m)) for m in offices]
    seen = {pk for pk, _ in held}
    others = [(p.pk, str(p)) for p in Person.objects.order_by("name") if p.pk not in seen]
    return [("", "---------"), (_("By office"), held), (_("Other people"), others)]


def office_label(membership: Membership) -> str:
    organization = membership.organization
    office = membership.label or membership.get_role_display()
    return f"{office} – {organization.abbreviation or organization.name}: {membership.person}"


def venues():
    return Venue.objects.order_by("name")


def legislation():
    return Legislation.objects.order_by("-year", "title")
