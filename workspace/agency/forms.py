"""Forms of the agency workspace: progress reports, submission as done, contact preferences."""

from django import forms
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.utils.translation import gettext_lazy as _

from meetings.services.uploads import ALLOWED_NAMES, check_upload, upload_limit
from notifications.models import ContactPreference


def show_service_errors(form: forms.Form, error: ValidationError) -> None:
    """A service's errors next to the fields they name; the others ("status") above the form."""
    messages = (
        error.message_dict if hasattr(error, "error_dict") else {NON_FIELD_ERRORS: error.messages}
    )
    for name, texts in messages.items():
        target = name if name in form.fields else None
        for text in texts:
            form.add_error(target, text)


class OwnIds:
    """Form fields' ids start with `ids` instead of "id": a follow-up's page holds the progress,
    submit and verify forms together, and each label must name the field of its own form
    ("text" is in two of them)."""

    ids = "id"

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("auto_id", f"{self.ids}_%s")
        super().__init__(*args, **kwargs)


class ProgressForm(OwnIds, forms.Form):
    ids = "progress"

    text = forms.CharField(
        label=_("What has been done"), max_length=5000, widget=forms.Textarea(attrs={"rows": 3})
    )
    progress = forms.IntegerField(label=_("Progress (%)"), min_value=0, max_value=100)
    evidence_file = forms.FileField(label=_("Evidence file"), required=False)
    evidence_url = forms.URLField(
        label=_("or a link to the evidence"), max_length=500, required=False, assume_scheme="https"
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Built per form: the limit is a setting and the text follows the request's language.
        megabytes = upload_limit() // (1024 * 1024)
        self.fields["evidence_file"].help_text = _(
            "PDF, an image or an office document (%(types)s), at most %(size)s MB."
        ) % {"types": ALLOWED_NAMES, "size": megabytes}

    def clean(self):
        data = super().clean()
        upload = data.get("evidence_file")
        if upload:
            try:
                # Reads the file's first bytes: a renamed program is refused whatever its name.
                check_upload(upload, field="evidence_file")
            except ValidationError as error:
                self.add_error(None, error)
        if upload and data.get("evidence_url"):
            self.add_error("evidence_url", _("Upload a file or give a link, not both."))
        return data


class SubmitForm(OwnIds, forms.Form):
    ids = "submit"

    text = forms.CharField(
        label=_("Note for the verifier"),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("What was done and where the evidence is."),
    )


class PreferencesForm(forms.ModelForm):
    class Meta:
        model = ContactPreference
        fields = ["language", "by_email", "by_webhook"]
        labels = {
            "language": _("Language of messages"),
            "by_email": _("By e-mail"),
            "by_webhook": _("By WhatsApp or Telegram (gateway)"),
        }
