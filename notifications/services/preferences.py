"""What recipients choose: to stop a kind of notification at an address."""

from notifications.models import Kind, Unsubscription


def unsubscribe(*, address: str, kind: str) -> Unsubscription:
    if kind not in Kind.values:
        raise ValueError(kind)
    unsubscription, _ = Unsubscription.objects.get_or_create(address=address, kind=kind)
    return unsubscription
