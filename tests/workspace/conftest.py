"""Accounts for the workspace tests: a secretariat clerk, an agency account, a body member."""

import pytest

from meetings.models import OfficeRole
from meetings.roles import AGENCY, BODY_MEMBER, SECRETARIAT
from tests.factories import (
    AgencyFactory,
    BodyFactory,
    DprdFactory,
    MembershipFactory,
    PersonFactory,
    VenueFactory,
    account,
)


@pytest.fixture
def directory(db):
    """Komisi I partnering Diskominfo, whose head is Ulfiningtyas; a venue and a member."""
    dprd = DprdFactory()
    komisi = BodyFactory(parent=dprd, name="Komisi I", slug="komisi-i")
    diskominfo = AgencyFactory(
        name="Dinas Komunikasi, Informatika, Statistik dan Persandian",
        abbreviation="Diskominfo",
        slug="diskominfo",
    )
    komisi.partners.add(diskominfo)
    head = PersonFactory(name="Ulfiningtyas")
    MembershipFactory(person=head, organization=diskominfo, role=OfficeRole.HEAD, label="Kepala")
    vice = PersonFactory(name="Didik Humaidi")
    MembershipFactory(
        person=vice, organization=dprd, role=OfficeRole.VICE_CHAIR, label="Wakil Ketua"
    )
    venue = VenueFactory(name="Ruang Argopuro", address="Kantor Bupati Probolinggo")
    return {
        "dprd": dprd,
        "komisi": komisi,
        "diskominfo": diskominfo,
        "head": head,
        "vice": vice,
        "venue": venue,
    }


@pytest.fixture
def clerk(db):
    return account("setwan", SECRETARIAT)


@pytest.fixture
def agency_user(directory):
    return account("diskominfo", AGENCY, directory["diskominfo"], role=OfficeRole.HEAD)


@pytest.fixture
def body_user(directory):
    return account("komisi1", BODY_MEMBER, directory["komisi"])
