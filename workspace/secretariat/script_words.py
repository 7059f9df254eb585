"""The words the meeting form's scripts show, translated here like every other string.

The page renders them with `json_script`; picker.js and meeting-form.js read them from there, so
the scripts carry no language of their own. `%(name)s` marks where a script puts a value.
"""

from django.utils.translation import gettext_lazy as _

SCRIPT_WORDS = {
    "search": _("Search"),
    "chosen": _("Chosen"),
    "none": _("None chosen yet"),
    "partners": _("partner of the lead body"),
    "agenda_item": _("Item %(number)s"),
    "day_warning": _("Note: this date is %(reason)s. The meeting can still be saved."),
    "holiday": _("a public holiday: %(name)s"),
    "saturday": _("a Saturday"),
    "sunday": _("a Sunday"),
}
