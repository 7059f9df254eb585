"""Choice lists for the secretariat's forms, each read in one query."""

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from commitments.models import OWNER_KINDS, OwnerGroup, owner_group
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


def agency_picker() -> tuple[list[tuple[int, str]], dict[int, dict]]:
    """Every agency once ("Diskominfo – Dinas Komunikasi dan Informatika"), and for each the
    bodies it partners with (mitra kerja), so the page can list the lead body's partners first."""
    rows = agencies().order_by("name").values_list("pk", "name", "abbreviation")
    labels = [(pk, f"{abbr} – {name}" if abbr else name) for pk, name, abbr in rows]
    partners: dict[int, list[str]] = {}
    for body_id, agency_id in Organization.partners.through.objects.values_list(
        "body_id", "agency_id"
    ):
        partners.setdefault(agency_id, []).append(str(body_id))
    data = {
        pk: {"data-partners": " ".join(partners[pk])} for pk, _label in labels if pk in partners
    }
    return labels, data


OWNER_GROUP_LABELS = {
    OwnerGroup.OPD: _lazy("Government agencies (OPD)"),
    OwnerGroup.BODY: _lazy("DPRD bodies"),
    OwnerGroup.EXTERNAL: _lazy("Outside parties"),
}


def owner_choices() -> list[tuple[str, list[tuple[int, str]]]]:
    """Who can owe a follow-up, grouped as the clerk thinks of them: agencies, the DPRD's own
    bodies (the DPRD keeps its own promises), and outside parties (police, BUMD, contractors).
    One query; a group with no organization is left out."""
    rows = (
        Organization.objects.filter(kind__in=OWNER_KINDS)
        .order_by("name")
        .values_list("pk", "name", "abbreviation", "kind")
    )
    grouped: dict[str, list] = {group: [] for group in OWNER_GROUP_LABELS}
    for pk, name, abbr, kind in rows:
        grouped[owner_group(kind)].append((pk, f"{abbr} – {name}" if abbr else name))
    return [(str(OWNER_GROUP_LABELS[group]), rows) for group, rows in grouped.items() if rows]


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


def legislation_choices() -> list[tuple]:
    """The agenda rows' legislation list, read once for all rows."""
    return [("", "---------"), *((item.pk, str(item)) for item in legislation())]


def people_of_organizations(organization_ids: list, *, on) -> list[list]:
    """For each row's organization, the people holding an office in it on the day, labelled by
    office ("Sekretaris Dinas: Budi"): who can stand in for its head. One query for all rows."""
    wanted = {pk for pk in organization_ids if pk}
    offices = (
        Membership.objects.filter(organization_id__in=wanted)
        .filter(Q(start_date__isnull=True) | Q(start_date__lte=on))
        .filter(Q(end_date__isnull=True) | Q(end_date__gte=on))
        .select_related("person")
        .order_by("role", "person__name")
    )
    by_organization: dict[int, list] = {}
    for membership in offices:
        office = membership.label or membership.get_role_display()
        by_organization.setdefault(membership.organization_id, []).append(
            (membership.person_id, f"{office}: {membership.person}")
        )
    return [[("", "---------"), *by_organization.get(pk, [])] for pk in organization_ids]
