"""Writing the audit log. Callers pass what happened; secrets are never part of `detail`."""

from contextlib import contextmanager
from contextvars import ContextVar

from django.core.exceptions import ValidationError
from django.core.validators import validate_ipv46_address

from audit.models import AuditEvent, EventKind
from core.security import client_ip


def _ip(request) -> str | None:
    if request is None:
        return None
    address = client_ip(request)
    try:
        validate_ipv46_address(address)
    except ValidationError:
        return None
    return address


# Loading a backup replays group and permission assignments through the ORM, which fires the
# same signals as an administrator granting them. Those are not new events: the backup already
# holds the audit rows that recorded them.
_paused: ContextVar[bool] = ContextVar("audit_paused", default=False)


@contextmanager
def audit_paused():
    token = _paused.set(True)
    try:
        yield
    finally:
        _paused.reset(token)


def audit_record(*, kind: str, request=None, user=None, username: str = "", detail=None):
    """Record one event. `user` is the account acting or concerned; `request` gives the address.

    Exports go through audit_export.
    """
    if _paused.get():
        return None
    if user is not None and not user.is_authenticated:
        user = None
    return AuditEvent.objects.create(
        kind=kind,
        user=user,
        username=(username or (user.get_username() if user else ""))[:150],
        ip_address=_ip(request),
        detail=detail or {},
    )


def audit_export(request, *, dataset: str, format: str, **detail):
    """A download of data that is not public (recaps, printed attendance lists and minutes):
    who took what, when, from where. Public open data is not logged: anyone may take it."""
    return audit_record(
        kind=EventKind.EXPORT,
        request=request,
        user=request.user,
        detail={"dataset": dataset, "format": format, **detail},
    )
