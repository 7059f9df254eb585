"""Domain errors become clear 4xx answers naming the field, in the caller's language."""

from django.core.exceptions import ValidationError as DjangoValidationError
from django.utils.translation import gettext, ngettext
from rest_framework import status
from rest_framework.exceptions import Throttled
from rest_framework.response import Response
from rest_framework.serializers import as_serializer_error
from rest_framework.views import exception_handler as drf_exception_handler

from meetings.errors import IllegalTransition


def exception_handler(exc, context):
    if isinstance(exc, RecursionError):
        # JSON nested thousands deep exhausts the parser's stack: the caller's error, not ours.
        return Response(
            {"detail": gettext("The JSON body is nested too deeply.")},
            status=status.HTTP_400_BAD_REQUEST,
        )
    if isinstance(exc, DjangoValidationError):
        code = (
            status.HTTP_409_CONFLICT
            if isinstance(exc, IllegalTransition)
            else status.HTTP_400_BAD_REQUEST
        )
        return Response(as_serializer_error(exc), status=code)
    response = drf_exception_handler(exc, context)
    if isinstance(exc, Throttled) and response is not None:
        # DRF's own sentence is only half translated into Indonesian; Retry-After stays.
        response.data = {"detail": _throttled_text(exc.wait)}
    return response


def _throttled_text(wait) -> str:
    if wait is None:
        return gettext("Too many requests. Try again later.")
    seconds = max(1, int(wait))
    return ngettext(
        "Too many requests. Try again in %(seconds)d second.",
        "Too many requests. Try again in %(seconds)d seconds.",
        seconds,
    ) % {"seconds": seconds}
