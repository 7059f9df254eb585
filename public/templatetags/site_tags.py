"""Who this installation is: its name, its DPRD and region, from settings, for every page."""

from dataclasses import dataclass

from django import template
from django.conf import settings
from django.utils.translation import gettext as _

register = template.Library()

# A word joiner on each side of the dash: "DPRD–OPD" never breaks into "DPRD–" and "OPD" on a
# narrow phone, while the rest of the name still wraps between words.
WORD_JOINER = "\u2060"


def keep_compounds_together(text: str) -> str:
    return text.replace("–", f"{WORD_JOINER}–{WORD_JOINER}")


@dataclass(frozen=True)
class Site:
    name: str
    dprd: str
    region: str

    @property
    def header_name(self) -> str:
        """The name for the header, where a phone's narrow column must not split "DPRD–OPD";
        titles and previews keep the plain text, which people copy."""
        return keep_compounds_together(self.name)

    @property
    def place(self) -> str:
        """The DPRD and its region, the region left out when the DPRD's name already says it
        ("DPRD Kabupaten Probolinggo")."""
        if self.region and self.region not in self.dprd:
            return " · ".join(part for part in (self.dprd, self.region) if part)
        return self.dprd

    @property
    def full_name(self) -> str:
        """The name with whom it serves, for titles and link previews."""
        return " · ".join(part for part in (self.name, self.place) if part)


def current_site() -> Site:
    return Site(
        name=settings.SITE_NAME or _("DPRD–OPD consultation tracker"),
        dprd=settings.SITE_DPRD_NAME,
        region=settings.SITE_REGION,
    )


@register.simple_tag
def site_identity() -> Site:
    return current_site()
