from django.core.exceptions import ValidationError


class IllegalTransition(ValidationError):
    """A step that the record's current state does not allow (e.g. cancelling a held meeting).

    Still a ValidationError naming the field ("status"), so forms show it; the API answers 409.
    """
