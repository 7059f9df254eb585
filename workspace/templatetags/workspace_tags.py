from django import template

register = template.Library()


@register.filter
def item(sequence_or_dict, key):
    """`rows|item:forloop.counter0` or `sources|item:field.name`; missing → ""."""
    try:
        return sequence_or_dict[key]
    except (IndexError, KeyError, TypeError):
        return ""


@register.inclusion_tag("workspace/_error_summary.html")
def error_summary(*forms_and_formsets):
    """Every error of the page in one list at its top, each linking to its field, so a clerk
    who saved a long form sees at once what stopped it and where."""
    entries = []
    for thing in forms_and_formsets:
        if thing is None:
            continue
        if hasattr(thing, "forms"):
            entries += [(None, None, text, None) for text in thing.non_form_errors()]
            for position, form in enumerate(thing.forms):
                entries += _form_errors(form, row=position + 1)
        else:
            entries += _form_errors(thing)
    return {"entries": entries}


def _form_errors(form, row=None):
    entries = []
    for name, texts in form.errors.items():
        field = form[name] if name in form.fields else None
        anchor = field.id_for_label if field is not None else None
        label = str(field.label) if field is not None and field.label else None
        entries += [(anchor, label, text, row) for text in texts]
    return entries


@register.inclusion_tag("workspace/_sources.html", takes_context=True)
def sources_for(context, section: str):
    """The report's sentences behind this section's values, each shown once on the page."""
    return {"groups": (context.get("source_groups") or {}).get(section, [])}
