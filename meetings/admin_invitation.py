"""Invitations and answers in the admin: read-only, with their history. The letter is issued and
answered through the workspace, whose services check the meeting's state and the agency."""

from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from meetings.models import Invitation, InvitationReply


class ReadOnlyHistoryAdmin(SimpleHistoryAdmin):
    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


@admin.register(Invitation)
class InvitationAdmin(ReadOnlyHistoryAdmin):
    list_display = ["letter_number", "letter_date", "meeting", "signer_office", "issued_at"]
    list_select_related = ["meeting"]
    search_fields = ["letter_number", "meeting__title"]
    date_hierarchy = "letter_date"


@admin.register(InvitationReply)
class InvitationReplyAdmin(ReadOnlyHistoryAdmin):
    list_display = ["organization", "answer", "invitation", "answered_at", "answered_by"]
    list_select_related = ["organization", "invitation", "answered_by"]
    list_filter = ["answer"]
    search_fields = ["organization__name", "invitation__letter_number"]
