"""Who and where: organizations, people, the offices they hold, venues and legislation."""

from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from meetings.models.choices import (
    BODY_KINDS,
    KINDS_WITH_DPRD_PARENT,
    ActingStatus,
    LegislationKind,
    LegislationStage,
    OfficeRole,
    OpdCategory,
    OrganizationKind,
    TimeZone,
)


class SourcedMixin(models.Model):
    """Provenance for directory entries: reconstructed entries are shown as unverified."""

    source_url = models.URLField(_("source"), max_length=500, blank=True)
    is_verified = models.BooleanField(_("verified"), default=True)

    class Meta:
        abstract = True


class Organization(SourcedMixin):
    kind = models.CharField(_("kind"), max_length=20, choices=OrganizationKind.choices)
    category = models.CharField(
        _("agency category"), max_length=20, choices=OpdCategory.choices, blank=True
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent organization"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="children",
    )
    name = models.CharField(_("name"), max_length=200)
    abbreviation = models.CharField(_("abbreviation"), max_length=50, blank=True)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    time_zone = models.CharField(
        _("time zone"), max_length=32, choices=TimeZone.choices, default=TimeZone.WIB
    )
    email = models.EmailField(_("e-mail"), blank=True)
    # Mitra kerja: the agencies a Komisi (or another body) oversees.
    partners = models.ManyToManyField(
        "self",
        verbose_name=_("partner agencies (mitra kerja)"),
        symmetrical=False,
        blank=True,
        through="Partnership",
        related_name="overseeing_bodies",
    )

    class Meta:
        verbose_name = _("organization")
        verbose_name_plural = _("organizations")
        ordering = ["kind", "name"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(parent=F("pk")), name="organization_not_own_parent"
            ),
            models.CheckConstraint(
                condition=~Q(kind__in=KINDS_WITH_DPRD_PARENT) | Q(parent__isnull=False),
                name="organization_body_has_parent",
                violation_error_message=_("A DPRD body or party group needs its DPRD as parent."),
            ),
            models.CheckConstraint(
                condition=Q(kind=OrganizationKind.OPD) | Q(category=""),
                name="organization_category_only_for_opd",
                violation_error_message=_("Only a government agency (OPD) has a category."),
            ),
        ]

    def __str__(self) -> str:
        return self.abbreviation or self.name

    @property
    def is_body(self) -> bool:
        return self.kind in KINDS_WITH_DPRD_PARENT and self.kind != OrganizationKind.FRAKSI


class Partnership(models.Model):
    body = models.ForeignKey(
        Organization,
        verbose_name=_("DPRD body"),
        on_delete=models.CASCADE,
        related_name="partnerships",
        limit_choices_to={"kind__in": BODY_KINDS},
    )
    agency = models.ForeignKey(
        Organization,
        verbose_name=_("partner agency"),
        on_delete=models.CASCADE,
        related_name="partnerships_as_agency",
        limit_choices_to={"kind": OrganizationKind.OPD},
    )
    is_verified = models.BooleanField(_("verified"), default=True)

    class Meta:
        verbose_name = _("partnership (mitra kerja)")
        verbose_name_plural = _("partnerships (mitra kerja)")
        constraints = [
            models.UniqueConstraint(fields=["body", "agency"], name="partnership_unique"),
            models.CheckConstraint(condition=~Q(body=F("agency")), name="partnership_distinct"),
        ]

    def __str__(self) -> str:
        return f"{self.body} – {self.agency}"


class Person(SourcedMixin):
    name = models.CharField(_("name"), max_length=200)
    # Front and back titles as written in Indonesia: "dr.", "H.", "Ir." / "S.Kom., M.Si."
    honorific_prefix = models.CharField(_("front title"), max_length=50, blank=True)
    honorific_suffix = models.CharField(_("back title"), max_length=80, blank=True)
    form_of_address = models.CharField(
        _("common form of address"),
        max_length=100,
        blank=True,
        help_text=_('What people call them, e.g. "Gus Haris".'),
    )
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    party = models.CharField(_("party"), max_length=50, blank=True)
    user = models.OneToOneField(
        "auth.User",
        verbose_name=_("user account"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="person",
    )

    class Meta:
        verbose_name = _("person")
        verbose_name_plural = _("people")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.full_name

    @property
    def full_name(self) -> str:
        name = " ".join(part for part in (self.honorific_prefix, self.name) if part)
        return f"{name}, {self.honorific_suffix}" if self.honorific_suffix else name


class Membership(SourcedMixin):
    """An office held for a period (jabatan): "Kepala Diskominfo", "Wakil Ketua DPRD"."""

    person = models.ForeignKey(
        Person, verbose_name=_("person"), on_delete=models.CASCADE, related_name="memberships"
    )
    organization = models.ForeignKey(
        Organization,
        verbose_name=_("organization"),
        on_delete=models.CASCADE,
        related_name="memberships",
    )
    role = models.CharField(_("role"), max_length=20, choices=OfficeRole.choices)
    label = models.CharField(
        _("office title"), max_length=200, help_text=_('As written, e.g. "Kepala Diskominfo".')
    )
    acting = models.CharField(
        _("acting"), max_length=3, choices=ActingStatus.choices, blank=True, default=""
    )
    start_date = models.DateField(_("start"), null=True, blank=True)
    end_date = models.DateField(_("end"), null=True, blank=True)

    class Meta:
        verbose_name = _("office (jabatan)")
        verbose_name_plural = _("offices (jabatan)")
        ordering = ["organization__name", "role", "-start_date"]
        constraints = [
            models.CheckConstraint(
                condition=Q(end_date__isnull=True)
                | Q(start_date__isnull=True)
                | Q(end_date__gte=F("start_date")),
                name="membership_end_after_start",
                violation_error_message=_("An office cannot end before it starts."),
            ),
        ]

    def __str__(self) -> str:
        prefix = f"{self.get_acting_display()} " if self.acting else ""
        return f"{prefix}{self.label}: {self.person}"


class Venue(models.Model):
    name = models.CharField(_("name"), max_length=200)
    building = models.CharField(_("building"), max_length=200, blank=True)
    address = models.CharField(_("address"), max_length=300, blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    latitude = models.DecimalField(
        _("latitude"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    longitude = models.DecimalField(
        _("longitude"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    time_zone = models.CharField(
        _("time zone"), max_length=32, choices=TimeZone.choices, default=TimeZone.WIB
    )

    class Meta:
        verbose_name = _("venue")
        verbose_name_plural = _("venues")
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(latitude__isnull=True, longitude__isnull=True)
                | Q(
                    # Explicit: a CHECK whose comparison meets NULL passes, so one coordinate
                    # alone would slip through the range test.
                    latitude__isnull=False,
                    longitude__isnull=False,
                    latitude__gte=-90,
                    latitude__lte=90,
                    longitude__gte=-180,
                    longitude__lte=180,
                ),
                name="venue_coordinates_valid",
                violation_error_message=_(
                    "Give both latitude (-90 to 90) and longitude (-180 to 180), or neither."
                ),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name}, {self.building}" if self.building else self.name

    @property
    def full_address(self) -> str:
        return ", ".join(
            part for part in (self.name, self.building, self.address, self.city) if part
        )


class Legislation(models.Model):
    kind = models.CharField(_("kind"), max_length=20, choices=LegislationKind.choices)
    title = models.CharField(_("title"), max_length=400)
    number = models.CharField(_("number"), max_length=100, blank=True)
    year = models.PositiveSmallIntegerField(_("year"), null=True, blank=True)
    stage = models.CharField(
        _("stage"),
        max_length=20,
        choices=LegislationStage.choices,
        default=LegislationStage.PLANNED,
    )
    slug = models.SlugField(_("slug"), max_length=120, unique=True)

    class Meta:
        verbose_name = _("legislation")
        verbose_name_plural = _("legislation")
        ordering = ["-year", "title"]

    def __str__(self) -> str:
        return self.title
