"""The uploads' storage: files on disk under MEDIA_ROOT, but every `.url` (the admin's links,
any template that asks a file for its address) points at a checked view, never a public folder."""

from django.core.files.storage import FileSystemStorage
from django.urls import reverse


class ProtectedMediaStorage(FileSystemStorage):
    def url(self, name: str | None) -> str:
        return reverse("files:stored", args=[name])
