"""Domain errors become clear 4xx answers naming the field, in the caller's language."""

from django.core.exceptions import ValidationError as DjangoValidationError
from rest_framework import status
from rest_framework.response import Response
from rest_framework.serializers import as_serializer_error
from rest_framework.views import exception_handler as drf_exception_handler

from meetings.errors import IllegalTransition


def exception_handler(exc, context):
    if isinstance(exc, DjangoValidationError):
        code = (
            status.HTTP_409_CONFLICT
            if isinstance(exc, IllegalTransition)
            else status.HTTP_400_BAD_REQUEST
        )
        return Response(as_serializer_error(exc), status=code)
    return drf_exception_handler(exc, context)
