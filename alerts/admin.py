from django.contrib import admin

from alerts.models import AlertEvent, Subscription


@admin.register(Subscription)
class SubscriptionAdmin(admin.ModelAdmin):
    # Read-only: subscriptions are made and ended by their owners' links, not by staff.
    list_display = ["address", "target", "organization", "legislation", "words", "frequency"]
    list_filter = ["target", "frequency", "language", ("confirmed_at", admin.EmptyFieldListFilter)]
    search_fields = ["address", "words"]
    list_select_related = ["organization", "legislation"]
    exclude = ["token"]

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False


@admin.register(AlertEvent)
class AlertEventAdmin(admin.ModelAdmin):
    list_display = ["occurred_at", "kind", "meeting", "commitment"]
    list_filter = ["kind"]
    list_select_related = ["meeting", "commitment"]
    raw_id_fields = ["meeting", "commitment"]

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False
