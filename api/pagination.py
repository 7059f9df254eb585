import base64
import datetime
import json

from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import F, Q
from django.utils.dateparse import parse_date, parse_datetime
from django.utils.translation import gettext as _
from rest_framework.exceptions import ValidationError
from rest_framework.pagination import PageNumberPagination
from rest_framework.response import Response
from rest_framework.utils.urls import replace_query_param

from api.serializers.fast import CountedRows


class StablePagination(PageNumberPagination):
    """Page numbers with next/previous links; views order by a unique key last, so pages are
    stable while rows are added.

    `page_size` is 1 to 200; anything else is a 400 naming it, not a silent fallback to the
    default, so the server takes exactly what the schema describes.

    Or keyset pages: `?cursor=` (empty for the first page) answers the page after the row the
    cursor names, found through the ordering's index instead of skipping the rows before it,
    so page 2,000 costs what page 1 does. `next` carries the following cursor; `previous` is
    always null (walk forward). Offered where every ordering field is NOT NULL and the
    ordering ends with the id.
    """

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

    cursor_query_param = "cursor"
    cursor_query_description = (
        "Keyset pagination instead of page numbers: empty for the first page, then the cursor "
        "from `next`. Deep pages cost what the first does."
    )

    def paginate_queryset(self, queryset, request, view=None):
        self.cursor_page = None
        if self.cursor_query_param not in request.query_params:
            return super().paginate_queryset(queryset, request, view)
        return self._keyset_page(queryset, request)

    def _keyset_page(self, queryset, request):
        self.request = request
        rows = queryset.rows if isinstance(queryset, CountedRows) else queryset
        self.count = queryset.count()
        terms = list(rows.query.order_by) or list(rows.model._meta.ordering)
        fields = self._keyset_fields(rows.model, terms)
        after = self._decode(request.query_params[self.cursor_query_param], fields)
        if after is not None:
            rows = rows.filter(_after_q(fields, after))
        size = self.get_page_size(request)
        # Through F(): an ordering term may be an alias (meetings_for's shown_updated_at).
        named = {f"cursor_{n}": F(name) for n, (name, _descending) in enumerate(fields)}
        keys = list(rows.annotate(**named).values_list(*named)[: size + 1])
        page = list(rows[:size])
        self.next_cursor = self._encode(keys[size - 1]) if len(keys) > size else None
        self.cursor_page = page
        return page

    def _keyset_fields(self, model, terms) -> list[tuple[str, bool]]:
        fields = []
        for term in terms:
            name = str(term).lstrip("-")
            field = model._meta.pk if name in ("pk", "id") else _field(model, name)
            if field is None or field.null:
                raise ValidationError(
                    {self.cursor_query_param: _("This ordering cannot be paged by cursor.")}
                )
            fields.append(("pk" if field.primary_key else name, str(term).startswith("-")))
        if not fields or fields[-1][0] != "pk":
            raise ValidationError(
                {self.cursor_query_param: _("This ordering cannot be paged by cursor.")}
            )
        return fields

    def _encode(self, values) -> str:
        # isoformat(), not DjangoJSONEncoder: it cuts microseconds, and a cursor must name its
        # row exactly (updated_at has microseconds).
        plain = [v.isoformat() if isinstance(v, datetime.date) else v for v in values]
        text = json.dumps(plain, cls=DjangoJSONEncoder)
        return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")

    def _decode(self, cursor: str, fields):
        if not cursor:
            return None
        try:
            padded = cursor + "=" * (-len(cursor) % 4)
            values = json.loads(base64.urlsafe_b64decode(padded.encode()))
            if not isinstance(values, list) or len(values) != len(fields):
                raise ValueError
            return [_typed(value) for value in values]
        except (ValueError, TypeError, UnicodeDecodeError):
            raise ValidationError({self.cursor_query_param: _("Invalid cursor.")}) from None

    def get_paginated_response(self, data):
        if self.cursor_page is None:
            return super().get_paginated_response(data)
        url = None
        if self.next_cursor:
            url = replace_query_param(
                self.request.build_absolute_uri(), self.cursor_query_param, self.next_cursor
            )
        return Response({"count": self.count, "next": url, "previous": None, "results": data})

    def get_schema_operation_parameters(self, view):
        parameters = super().get_schema_operation_parameters(view)
        bounds = {
            self.page_query_param: {"minimum": 1},
            self.page_size_query_param: {"minimum": 1, "maximum": self.max_page_size},
        }
        for parameter in parameters:
            parameter["schema"] |= bounds.get(parameter["name"], {})
        parameters.append(
            {
                "name": self.cursor_query_param,
                "required": False,
                "in": "query",
                "description": self.cursor_query_description,
                "schema": {"type": "string"},
            }
        )
        return parameters


def _field(model, name):
    try:
        return model._meta.get_field(name)
    except Exception:  # an annotation (e.g. meetings_for's shown_updated_at): never NULL there
        return _Annotated()


class _Annotated:
    null = False
    primary_key = False


def _typed(value):
    """A cursor's value back to what the ordering compares: datetimes and dates from ISO text."""
    if isinstance(value, str):
        for parse in (parse_datetime, parse_date):
            try:
                parsed = parse(value)
            except ValueError:
                parsed = None
            if parsed is not None:
                return parsed
    return value


def _after_q(fields, values) -> Q:
    """Rows after `values` in the ordering: (a > x) or (a = x and b > y) or …, with < for
    descending terms."""
    condition = Q()
    equal = Q()
    for (name, descending), value in zip(fields, values, strict=True):
        step = Q(**{f"{name}__{'lt' if descending else 'gt'}": value})
        condition |= equal & step
        equal &= Q(**{name: value})
    # The same rows, with a plain range on the first term in front: the database walks the
    # ordering's index from the cursor instead of testing the OR on every row.
    (first, descending), value = fields[0], values[0]
    return Q(**{f"{first}__{'lte' if descending else 'gte'}": value}) & condition
