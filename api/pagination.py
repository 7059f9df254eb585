from django.utils.translation import gettext_lazy as _
from rest_framework.exceptions import ValidationError
from rest_framework.pagination import PageNumberPagination


class StablePagination(PageNumberPagination):
    """Page numbers with next/previous links; views order by a unique key last, so pages are
    stable while rows are added.

    `page_size` is 1 to 200; anything else is a 400 naming it, not a silent fallback to the
    default, so the server takes exactly what the schema describes."""

    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 200

    def get_page_size(self, request):
        raw = request.query_params.get(self.page_size_query_param)
        if raw is None:
            return self.page_size
        if not raw.isdigit() or not 1 <= int(raw) <= self.max_page_size:
            message = _("Give a whole number from 1 to %(max)d.") % {"max": self.max_page_size}
            raise ValidationError({self.page_size_query_param: [message]})
        return int(raw)

    def get_schema_operation_parameters(self, view):
        parameters = super().get_schema_operation_parameters(view)
        bounds = {
            self.page_query_param: {"minimum": 1},
            self.page_size_query_param: {"minimum": 1, "maximum": self.max_page_size},
        }
        for parameter in parameters:
            parameter["schema"] |= bounds.get(parameter["name"], {})
        return parameters
