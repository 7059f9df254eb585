"""Commitments in the admin, and the meeting page extended with its commitments.

The meeting admin is extended here rather than in `meetings`, because meetings never depend
on commitments.
"""

from django import forms
from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from commitments.models import Commitment, CommitmentUpdate, overdue_q
from commitments.oversight import default_overseer
from commitments.services import commitment_create, commitment_link_errors, commitment_update
from commitments.services.commitment import EDITABLE_FIELDS
from meetings.admin import MeetingAdmin
from meetings.models import Meeting


class CommitmentForm(forms.ModelForm):
    class Meta:
        model = Commitment
        # The admin passes its own field list; this is the editable core it always includes.
        fields = ["meeting", "agenda_item", "kind", "text", "owner", "answers_to", "due_date"]

    def clean(self):
        cleaned = super().clean()
        if self.instance.pk:
            # A recorded follow-up moves only through its steps (with a timeline entry each).
            for name in set(self.changed_data) - EDITABLE_FIELDS:
                self.add_error(name, _("This field changes only through the follow-up's steps."))
        meeting = cleaned.get("meeting") or getattr(self.instance, "meeting", None)
        owner = cleaned.get("owner")
        if meeting and owner:
            errors = commitment_link_errors(
                meeting=meeting,
                owner=owner,
                answers_to=cleaned.get("answers_to")
                or default_overseer(meeting=meeting, owner=owner),
                agenda_item=cleaned.get("agenda_item"),
                due_date=cleaned.get("due_date"),
            )
            for field, message in errors.items():
                self.add_error(field if field in self.fields else None, message)
        return cleaned


def save_new_commitment(commitment: Commitment, user) -> Commitment:
    """New commitments go through the service so their timeline starts with who recorded them."""
    created = commitment_create(
        meeting=commitment.meeting,
        owner=commitment.owner,
        text=commitment.text,
        kind=commitment.kind,
        agenda_item=commitment.agenda_item,
        answers_to=commitment.answers_to,
        owner_role=commitment.owner_role,
        person_in_charge=commitment.person_in_charge,
        due_date=commitment.due_date,
        source_quote=commitment.source_quote,
        is_public=commitment.is_public,
        author=user,
    )
    commitment.pk = created.pk
    commitment._state.adding = False
    return created


def save_commitment_changes(commitment: Commitment, changed_fields: list[str]) -> None:
    commitment_update(
        commitment=commitment, **{name: getattr(commitment, name) for name in changed_fields}
    )


class CommitmentInline(admin.StackedInline):
    model = Commitment
    form = CommitmentForm
    fk_name = "meeting"
    extra = 0
    show_change_link = True
    autocomplete_fields = ["owner", "answers_to", "person_in_charge"]
    fields = [
        "kind",
        "text",
        ("owner", "owner_role", "person_in_charge"),
        ("answers_to", "due_date"),
        "agenda_item",
        "is_public",
    ]


class MeetingWithCommitmentsAdmin(MeetingAdmin):
    inlines = [*MeetingAdmin.inlines, CommitmentInline]

    def save_formset(self, request, form, formset, change):
        if formset.model is not Commitment:
            return super().save_formset(request, form, formset, change)
        commitments = formset.save(commit=False)
        for deleted in formset.deleted_objects:
            deleted.delete()
        changed = {form.instance.pk: form.changed_data for form in formset.forms}
        for commitment in commitments:
            if commitment.pk:
                save_commitment_changes(commitment, changed[commitment.pk])
            else:
                save_new_commitment(commitment, request.user)


admin.site.unregister(Meeting)
admin.site.register(Meeting, MeetingWithCommitmentsAdmin)


class OverdueFilter(admin.SimpleListFilter):
    title = _("overdue")
    parameter_name = "overdue"

    def lookups(self, request, model_admin):
        return [("yes", _("Overdue")), ("no", _("Not overdue"))]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.overdue()
        if self.value() == "no":
            return queryset.filter(~overdue_q())
        return queryset


class CommitmentUpdateInline(admin.TabularInline):
    """The timeline is written by the services; here it is only read."""

    model = CommitmentUpdate
    extra = 0
    can_delete = False
    fields = ["date", "kind", "text", "progress", "evidence_file", "evidence_url", "author"]
    readonly_fields = fields

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Commitment)
class CommitmentAdmin(SimpleHistoryAdmin):
    form = CommitmentForm
    list_display = [
        "__str__",
        "owner",
        "answers_to",
        "due_date",
        "status",
        "progress",
        "verification",
        "overdue",
        "is_public",
    ]
    list_filter = [
        OverdueFilter,
        "status",
        "verification",
        "kind",
        "is_public",
        "answers_to",
        "owner",
    ]
    list_select_related = ["owner", "answers_to"]
    search_fields = ["text", "source_quote", "owner__name", "owner__abbreviation"]
    date_hierarchy = "due_date"
    autocomplete_fields = ["meeting", "owner", "answers_to", "person_in_charge", "agenda_item"]
    # Status, progress and verification move only through the steps, each on the timeline.
    readonly_fields = [
        "status",
        "status_reason",
        "progress",
        "verification",
        "verified_by",
        "verified_at",
        "created_at",
        "updated_at",
    ]
    inlines = [CommitmentUpdateInline]

    @admin.display(description=_("overdue"), boolean=True)
    def overdue(self, commitment: Commitment) -> bool:
        return commitment.is_overdue

    def save_model(self, request, obj, form, change):
        if change:
            save_commitment_changes(obj, form.changed_data)
        else:
            save_new_commitment(obj, request.user)


@admin.register(CommitmentUpdate)
class CommitmentUpdateAdmin(admin.ModelAdmin):
    list_display = ["commitment", "kind", "date", "progress", "author"]
    list_filter = ["kind"]
    list_select_related = ["commitment", "author"]
    search_fields = ["text", "commitment__text"]
    readonly_fields = ["commitment", "kind", "date", "author", "created_at"]

    def has_add_permission(self, request):
        # Timeline entries are written by the services that make each step.
        return False
