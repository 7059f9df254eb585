"""Rows of a list on a form (agenda items, participants, follow-ups) as a browser sends them.

A browser posts every select with a value, so a spare row whose "kind" select shows its first
choice still arrives with that value. A row therefore counts as filled only when a person typed
or chose something in one of its *content* fields; selects that merely keep their default
(kind, role) never make a row count. Every row may be left empty, prefilled rows included: a
clerk who clears a row drafted from a news report means "not this one".
"""

from django import forms


class RowForm(forms.Form):
    # Fields whose value means "a person filled this row"; the others only qualify it.
    content_fields: tuple[str, ...] = ()
    # Ticked on a saved row to remove it (only offered when editing a meeting).
    remove = forms.BooleanField(label="", required=False)
    id = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, removable: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        if not removable:
            del self.fields["remove"]

    def has_changed(self) -> bool:
        if self.is_bound and self._raw("id"):
            return True  # a saved row is always checked, even if every field was cleared
        return any(self._raw(name) for name in self.content_fields)

    def full_clean(self):
        if self.is_bound and self._raw("remove"):
            # A row ticked for removal needs no valid content, only its id.
            self._errors = forms.utils.ErrorDict()
            self.cleaned_data = {"id": self._id(), "remove": True}
            return
        super().full_clean()

    def _id(self) -> int | None:
        try:
            return int(self._raw("id") or "") or None
        except ValueError:
            return None

    def _raw(self, name: str):
        field = self.fields.get(name)
        if field is None:
            return None
        value = field.widget.value_from_datadict(self.data, self.files, self.add_prefix(name))
        if isinstance(value, bool):  # a checkbox: ticked or not
            return value
        if isinstance(value, list | tuple):
            return [v for v in value if str(v).strip()]
        return str(value).strip() if value is not None else None

    @property
    def is_filled(self) -> bool:
        return bool(self.cleaned_data) and not self.cleaned_data.get("remove")

    @property
    def is_removed(self) -> bool:
        return bool(self.cleaned_data) and bool(self.cleaned_data.get("remove"))


class BaseRowFormSet(forms.BaseFormSet):
    """Rows left empty are ignored, whatever their selects default to; choices are read once."""

    def __init__(self, *args, removable: bool = False, **kwargs):
        self._form_kwargs = {
            key: kwargs.pop(key)
            for key in ("people", "organizations", "agenda_choices", "legislation")
            if key in kwargs
        }
        self._removable = removable
        super().__init__(*args, **kwargs)

    def get_form_kwargs(self, index):
        return {
            **super().get_form_kwargs(index),
            **self._form_kwargs,
            "removable": self._removable,
        }

    def _construct_form(self, i, **kwargs):
        # Every row may stay empty (Django only allows it for the extra rows).
        kwargs["empty_permitted"] = True
        kwargs["use_required_attribute"] = False
        return super()._construct_form(i, **kwargs)

    def filled(self) -> list[tuple[int, forms.Form]]:
        """(position, form) of each row a person filled and did not remove."""
        return [(i, form) for i, form in enumerate(self.forms) if form.is_filled]

    def removed(self) -> list[forms.Form]:
        return [form for form in self.forms if form.is_removed]


def row_formset(form, extra: int):
    return forms.formset_factory(
        form, formset=BaseRowFormSet, extra=extra, max_num=50, validate_max=True
    )
