from rest_framework.permissions import SAFE_METHODS, BasePermission

from meetings.access import actor_of


class ReadOnlyOrSecretariat(BasePermission):
    """Anyone reads (each list is filtered to what the caller may see); only the secretariat
    writes, unless a view grants a step to another role."""

    def has_permission(self, request, view):
        return request.method in SAFE_METHODS or actor_of(request).is_secretariat
