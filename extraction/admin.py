"""Stored drafts in the admin: read the report next to its draft, accept or reject it."""

import json

from django.contrib import admin, messages
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from extraction.models import MeetingDraft, ReviewStatus
from extraction.services import meeting_draft_review


@admin.register(MeetingDraft)
class MeetingDraftAdmin(admin.ModelAdmin):
    list_display = ["__str__", "source_name", "published_on", "is_meeting", "review_status"]
    list_filter = ["review_status", "is_meeting"]
    search_fields = ["source_name", "source_text"]
    date_hierarchy = "published_on"
    list_select_related = ["meeting"]
    autocomplete_fields = ["meeting"]
    readonly_fields = ["source_name", "source_text", "published_on", "is_meeting", "draft_json"]
    fields = [*readonly_fields, "review_status", "meeting"]
    actions = ["accept", "reject"]

    @admin.display(description=_("draft"))
    def draft_json(self, draft: MeetingDraft):
        return format_html("<pre>{}</pre>", json.dumps(draft.draft, ensure_ascii=False, indent=2))

    def has_add_permission(self, request):
        # Drafts come from reports (the import command or the API), never typed in by hand.
        return False

    def save_model(self, request, obj, form, change):
        meeting_draft_review(draft=obj, status=obj.review_status, meeting=obj.meeting)

    def _review(self, request, queryset, status):
        for draft in queryset:
            meeting_draft_review(draft=draft, status=status, meeting=None)
        count = len(queryset)
        self.message_user(
            request,
            ngettext("%(n)d draft updated.", "%(n)d drafts updated.", count) % {"n": count},
            messages.SUCCESS,
        )

    @admin.action(description=_("Accept the selected drafts"))
    def accept(self, request, queryset):
        self._review(request, queryset, ReviewStatus.ACCEPTED)

    @admin.action(description=_("Reject the selected drafts"))
    def reject(self, request, queryset):
        self._review(request, queryset, ReviewStatus.REJECTED)
