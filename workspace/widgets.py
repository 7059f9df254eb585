"""Widgets of the staff forms that work without JavaScript and get better with it."""

from django import forms


class PickerWidget(forms.CheckboxSelectMultiple):
    """A list of checkboxes (usable as is, by keyboard and without JavaScript) that
    static/workspace/picker.js turns into a searchable picker showing what is chosen.

    `option_data` maps a value to extra `data-*` attributes of its checkbox, e.g. the bodies an
    agency partners with, so the script can put the lead body's partners first.
    """

    template_name = "workspace/widgets/picker.html"

    def __init__(self, *args, option_data: dict | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.option_data = option_data or {}

    def create_option(self, name, value, label, selected, index, subindex=None, attrs=None):
        option = super().create_option(name, value, label, selected, index, subindex, attrs)
        extra = self.option_data.get(getattr(value, "value", value))
        if extra:
            option["attrs"] = {**option["attrs"], **extra}
        return option


class AutoSizeTextarea(forms.Textarea):
    """A text area sized for prose (minutes, follow-ups), not for a line of code."""

    def __init__(self, rows: int = 4, attrs=None):
        super().__init__(attrs={"rows": rows, "class": "prose", **(attrs or {})})
