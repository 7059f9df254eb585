"""Which language a request is answered in.

Pages: Bahasa Indonesia unless the visitor chose English with the language switch (a cookie);
a browser's English preference alone does not switch a government site's pages.
API: the caller's Accept-Language (or the cookie), Indonesian by default.
"""

from django.conf import settings
from django.utils import translation
from django.utils.cache import patch_vary_headers


class LanguageMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        language = self._language(request)
        translation.activate(language)
        request.LANGUAGE_CODE = language
        response = self.get_response(request)
        patch_vary_headers(response, ["Accept-Language", "Cookie"])
        response.headers.setdefault("Content-Language", language)
        return response

    @staticmethod
    def _language(request) -> str:
        if request.path.startswith("/api/"):
            return translation.get_language_from_request(request)
        chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        supported = {code for code, _ in settings.LANGUAGES}
        return chosen if chosen in supported else settings.LANGUAGE_CODE
