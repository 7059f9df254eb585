from django.contrib import admin

from accountability.models import Recap


@admin.register(Recap)
class RecapAdmin(admin.ModelAdmin):
    # Recaps are made by the service and the worker; the admin only shows how they went.
    list_display = [
        "organization",
        "period_start",
        "period_end",
        "status",
        "progress",
        "emailed_at",
    ]
    list_filter = ["status", "is_periodic"]
    search_fields = ["organization__name"]
    readonly_fields = [field.name for field in Recap._meta.fields]

    def has_add_permission(self, request) -> bool:
        return False
