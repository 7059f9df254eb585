"""API tokens: hashed at rest, expiring, revocable. Logging in is throttled per client."""

from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema, inline_serializer
from knox.models import AuthToken
from knox.settings import knox_settings
from rest_framework import serializers, status
from rest_framework.authtoken.serializers import AuthTokenSerializer
from rest_framework.permissions import AllowAny, IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from api.throttling import ScopedRateThrottle

TokenSerializer = inline_serializer(
    "Token",
    fields={
        "token": serializers.CharField(help_text=_("Send as `Authorization: Token <token>`.")),
        "expiry": serializers.DateTimeField(allow_null=True),
    },
)


class LoginView(APIView):
    """Exchange a username and password for a new API token."""

    authentication_classes = []
    permission_classes = [AllowAny]
    throttle_classes = [ScopedRateThrottle]
    throttle_scope = "login"

    @extend_schema(request=AuthTokenSerializer, responses={200: TokenSerializer}, auth=[])
    def post(self, request):
        credentials = AuthTokenSerializer(data=request.data, context={"request": request})
        credentials.is_valid(raise_exception=True)
        token, secret = AuthToken.objects.create(
            credentials.validated_data["user"], expiry=knox_settings.TOKEN_TTL
        )
        return Response({"token": secret, "expiry": token.expiry})


class LogoutView(APIView):
    """Revoke the token this request was made with."""

    permission_classes = [IsAuthenticated]

    @extend_schema(request=None, responses={204: None})
    def post(self, request):
        if isinstance(request.auth, AuthToken):
            request.auth.delete()
        return Response(status=status.HTTP_204_NO_CONTENT)
