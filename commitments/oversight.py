"""Who oversees a follow-up when the meeting's record does not say.

An agency's or an outside party's follow-up answers to the body that led the meeting, as it
always has. A DPRD body's own follow-up (reschedule a hearing, draft an initiative Raperda,
forward aspirations, form a Panja) answers to the DPRD leadership (Pimpinan DPRD), which by the
standing orders coordinates the work of every body (alat kelengkapan); the Pimpinan's own
follow-ups, and a body's where no Pimpinan is recorded, answer to the DPRD as a whole. No body
verifies its own promise: the database refuses an owner that answers to itself.
"""

from commitments.models import OwnerGroup, owner_group
from meetings.models import Meeting, Organization, OrganizationKind


def default_overseer(*, meeting: Meeting, owner: Organization) -> Organization | None:
    """The body a new follow-up answers to when none is chosen; None when there is none but
    the owner itself (the clerk then has to choose)."""
    if owner_group(owner.kind) != OwnerGroup.BODY:
        return meeting.lead_body
    dprd = owner if owner.kind == OrganizationKind.DPRD else owner.parent
    pimpinan = (
        Organization.objects.filter(parent=dprd, kind=OrganizationKind.PIMPINAN).first()
        if dprd is not None
        else None
    )
    for candidate in (pimpinan, dprd, meeting.lead_body):
        if candidate is not None and candidate.pk != owner.pk:
            return candidate
    return None
