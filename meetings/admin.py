"""The secretariat's admin for rare edits: the directory and meetings with their parts."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from meetings.formatting import format_meeting_time
from meetings.models import (
    AgendaItem,
    Document,
    Legislation,
    Meeting,
    Membership,
    Organization,
    Outcome,
    Participant,
    Partnership,
    Person,
    Venue,
)
from meetings.services import meeting_update

admin.site.site_header = _("DPRD–OPD consultation tracker")
admin.site.site_title = _("Consultation tracker")
admin.site.index_title = _("Secretariat administration")


class PartnershipInline(admin.TabularInline):
    model = Partnership
    fk_name = "body"
    extra = 0
    autocomplete_fields = ["agency"]
    verbose_name = _("partner agency (mitra kerja)")
    verbose_name_plural = _("partner agencies (mitra kerja)")


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0
    autocomplete_fields = ["person", "organization"]
    fields = ["person", "organization", "role", "label", "acting", "start_date", "end_date"]


@admin.register(Organization)
class OrganizationAdmin(admin.ModelAdmin):
    list_display = [
        "name",
        "abbreviation",
        "kind",
        "category",
        "parent",
        "time_zone",
        "is_verified",
    ]
    list_filter = ["kind", "category", "time_zone", "is_verified"]
    list_select_related = ["parent"]
    search_fields = ["name", "abbreviation"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["parent"]
    inlines = [PartnershipInline, MembershipInline]


@admin.register(Partnership)
class PartnershipAdmin(admin.ModelAdmin):
    list_display = ["body", "agency", "is_verified"]
    list_filter = ["body", "is_verified"]
    list_select_related = ["body", "agency"]
    search_fields = ["body__name", "agency__name", "agency__abbreviation"]
    autocomplete_fields = ["body", "agency"]


@admin.register(Person)
class PersonAdmin(admin.ModelAdmin):
    list_display = ["full_name", "form_of_address", "party", "email", "is_verified"]
    list_filter = ["is_verified", "party"]
    search_fields = ["name", "form_of_address", "email"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["user"]
    inlines = [MembershipInline]


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ["label", "person", "organization", "role", "acting", "start_date", "end_date"]
    list_filter = ["role", "acting", "organization__kind"]
    list_select_related = ["person", "organization"]
    search_fields = ["label", "person__name", "organization__name", "organization__abbreviation"]
    autocomplete_fields = ["person", "organization"]


@admin.register(Venue)
class VenueAdmin(admin.ModelAdmin):
    list_display = ["name", "building", "city", "time_zone"]
    list_filter = ["time_zone", "city"]
    search_fields = ["name", "building", "address", "city"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Legislation)
class LegislationAdmin(admin.ModelAdmin):
    list_display = ["title", "kind", "number", "year", "stage"]
    list_filter = ["kind", "stage", "year"]
    search_fields = ["title", "number"]
    prepopulated_fields = {"slug": ["title"]}


class AgendaItemInline(admin.StackedInline):
    model = AgendaItem
    extra = 0
    autocomplete_fields = ["legislation"]
    fields = [
        ("order", "number"),
        "title",
        "description",
        ("legislation", "legislation_role"),
        "is_public",
    ]


class ParticipantInline(admin.TabularInline):
    model = Participant
    extra = 0
    autocomplete_fields = ["person", "organization", "represented_by"]
    fields = [
        "person",
        "organization",
        "role",
        "attendance",
        "represented_by",
        "assignment_letter",
        "reason",
    ]


class OutcomeInline(admin.TabularInline):
    model = Outcome
    extra = 0
    fields = ["agenda_item", "kind", "text", "order"]

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        # Offer only this meeting's agenda items.
        if db_field.name == "agenda_item":
            meeting_id = request.resolver_match.kwargs.get("object_id")
            kwargs["queryset"] = AgendaItem.objects.filter(meeting_id=meeting_id)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


class DocumentInline(OutcomeInline):
    model = Document
    fields = ["agenda_item", "kind", "title", "file", "url", "is_public"]


@admin.register(Meeting)
class MeetingAdmin(SimpleHistoryAdmin):
    list_display = [
        "title",
        "kind",
        "lead_body",
        "local_time",
        "status",
        "openness",
        "minutes_state",
    ]
    list_filter = ["status", "kind", "openness", "minutes_state", "lead_body"]
    list_select_related = ["lead_body", "venue"]
    search_fields = ["title", "summary", "agenda_items__title"]
    date_hierarchy = "start"
    autocomplete_fields = [
        "lead_body",
        "other_bodies",
        "invited_organizations",
        "venue",
        "rescheduled_to",
    ]
    readonly_fields = ["revision", "created_at", "updated_at"]
    fieldsets = [
        (None, {"fields": ["title", "kind", "openness", "lead_body", "other_bodies"]}),
        (_("When and where"), {"fields": [("start", "end"), "venue", "online_url"]}),
        (
            _("Status"),
            {"fields": ["status", "status_reason", "rescheduled_to", "minutes_state"]},
        ),
        (_("Invitations"), {"fields": ["invited_organizations"]}),
        (
            _("Record"),
            {
                "fields": [
                    "summary",
                    "source_url",
                    "external_id",
                    "revision",
                    "created_at",
                    "updated_at",
                ]
            },
        ),
    ]
    inlines = [AgendaItemInline, ParticipantInline, OutcomeInline, DocumentInline]

    @admin.display(description=_("date and time"), ordering="start")
    def local_time(self, meeting: Meeting) -> str:
        return format_meeting_time(meeting)

    def save_model(self, request, obj, form, change):
        if change:
            # Through the service, so a change of time, place or status reaches calendars.
            meeting_update(meeting=obj)
        else:
            super().save_model(request, obj, form, change)


class MeetingPartAdmin(SimpleHistoryAdmin):
    list_select_related = ["meeting"]
    autocomplete_fields = ["meeting"]


@admin.register(AgendaItem)
class AgendaItemAdmin(MeetingPartAdmin):
    list_display = ["title", "number", "meeting", "legislation", "is_public"]
    list_filter = ["is_public", "legislation_role"]
    list_select_related = ["meeting", "legislation"]
    search_fields = ["title", "description", "meeting__title"]
    autocomplete_fields = ["meeting", "legislation"]


@admin.register(Participant)
class ParticipantAdmin(MeetingPartAdmin):
    list_display = ["__str__", "meeting", "role", "attendance"]
    list_filter = ["role", "attendance"]
    list_select_related = ["meeting", "person", "organization"]
    search_fields = ["person__name", "organization__name", "meeting__title"]
    autocomplete_fields = ["meeting", "person", "organization", "represented_by"]


@admin.register(Outcome)
class OutcomeAdmin(MeetingPartAdmin):
    list_display = ["__str__", "kind", "meeting"]
    list_filter = ["kind"]
    search_fields = ["text", "meeting__title"]
    autocomplete_fields = ["meeting", "agenda_item"]


@admin.register(Document)
class DocumentAdmin(MeetingPartAdmin):
    list_display = ["title", "kind", "meeting", "is_public"]
    list_filter = ["kind", "is_public"]
    search_fields = ["title", "meeting__title"]
    autocomplete_fields = ["meeting", "agenda_item"]


# Registered from their own module; imported here so that admin autodiscovery finds them.
from meetings import admin_invitation  # noqa: E402, F401
