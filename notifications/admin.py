"""The notification log for operators: filter by status, read the error, retry a failed row."""

from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from notifications.models import BodyPolicy, ContactPreference, Notification, Status, Unsubscription
from notifications.services import notification_retry


@admin.register(Notification)
class NotificationAdmin(admin.ModelAdmin):
    list_display = (
        "created_at",
        "kind",
        "recipient_name",
        "channel",
        "address",
        "status",
        "attempts",
        "sent_at",
    )
    list_filter = ("status", "kind", "channel")
    search_fields = ("address", "recipient_name", "subject", "occasion")
    date_hierarchy = "created_at"
    list_select_related = True
    actions = ["retry"]
    readonly_fields = [field.name for field in Notification._meta.fields]

    def has_add_permission(self, request) -> bool:
        return False  # rows come from the sweep only

    def has_change_permission(self, request, obj=None) -> bool:
        return False  # the log is read-only; the retry action is the one way to act on it

    @admin.action(description=_("Retry the selected notifications"), permissions=["view"])
    def retry(self, request, queryset):
        retryable = queryset.exclude(status=Status.SENT)
        count = 0
        for notification in retryable:
            notification_retry(notification=notification)
            count += 1
        self.message_user(
            request,
            ngettext(
                "%(count)d notification will be sent again at the next sweep.",
                "%(count)d notifications will be sent again at the next sweep.",
                count,
            )
            % {"count": count},
            messages.SUCCESS,
        )


@admin.register(ContactPreference)
class ContactPreferenceAdmin(admin.ModelAdmin):
    list_display = ("person", "language", "by_email", "by_webhook")
    autocomplete_fields = ("person",)
    search_fields = ("person__name",)


@admin.register(Unsubscription)
class UnsubscriptionAdmin(admin.ModelAdmin):
    list_display = ("address", "kind", "created_at")
    list_filter = ("kind",)
    search_fields = ("address",)


@admin.register(BodyPolicy)
class BodyPolicyAdmin(admin.ModelAdmin):
    list_display = ("body", "meeting_reminder_hours", "commitment_reminder_days")
    autocomplete_fields = ("body",)
