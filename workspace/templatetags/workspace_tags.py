from django import template

register = template.Library()


@register.filter
def item(sequence_or_dict, key):
    """`rows|item:forloop.counter0` or `sources|item:field.name`; missing → ""."""
    try:
        return sequence_or_dict[key]
    except (IndexError, KeyError, TypeError):
        return ""
