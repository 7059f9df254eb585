from rest_framework.negotiation import DefaultContentNegotiation
from rest_framework.renderers import BrowsableAPIRenderer


class BrowsableForStaffOnly(DefaultContentNegotiation):
    """The browsable API is a tool for logged-in staff; everyone else gets JSON."""

    def select_renderer(self, request, renderers, format_suffix=None):
        if not (request.user and request.user.is_authenticated and request.user.is_staff):
            renderers = [r for r in renderers if not isinstance(r, BrowsableAPIRenderer)]
        return super().select_renderer(request, renderers, format_suffix)
