"""Who changed what and when, read from the django-simple-history records.

Shared by the commitment page and the secretariat's meeting page. A history queryset may span
several objects (a meeting and its agenda items): each record is compared with the previous
record of the same object. The cost does not grow with the rows: the records and their users
in one query, one per many-to-many field, one per kind of object a changed field points to.
"""

import datetime
from dataclasses import dataclass, field

from django.core.exceptions import FieldDoesNotExist, ObjectDoesNotExist
from django.db.models import Model, Prefetch, QuerySet
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.text import Truncator, capfirst
from django.utils.translation import gettext as _
from simple_history.utils import get_m2m_reverse_field_name

from meetings.roles import DEMO_USERNAME

# Kept by the database or raised by the code on every save: noise in a history of changes.
NOISE = frozenset({"id", "created_at", "updated_at", "revision"})
EMPTY = "–"
# Fields that name a record without a title, text or name of its own (a participant).
NAMED_BY = ("person", "organization")


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: str
    new: str


@dataclass(frozen=True)
class HistoryRow:
    when: datetime.datetime
    who: str
    action: str
    subject: str
    changes: list[FieldChange] = field(default_factory=list)
    # A follow-up's timeline entry (CommitmentUpdate) told in the same row: its text, evidence.
    update: object = None


def user_label(user) -> str:
    """A person's name when the account has one, else the account's own name; what the demo
    loader wrote is "Demo data"."""
    if user is None:
        return ""
    if user.get_username() == DEMO_USERNAME:
        return _("Demo data")
    try:
        person = user.person
    except ObjectDoesNotExist:
        person = None
    return str(person) if person is not None else (user.get_full_name() or user.get_username())


def history_rows(history: QuerySet, *, exclude=(), limit: int = 200) -> list[HistoryRow]:
    """The changes in `history` (e.g. `commitment.history.all()`), newest first."""
    historical = history.model
    m2m = _m2m_fields(historical, exclude)
    names = [
        f.name
        for f in historical.tracked_fields
        if f.editable and f.name not in NOISE and f.name not in exclude
    ]
    records = list(
        history.select_related("history_user__person")
        .prefetch_related(*[Prefetch(accessor) for _f, accessor in m2m])
        .order_by("history_date", "history_id")
    )
    raw = []
    previous = {}
    for record in records:
        before = previous.get(record.id)
        previous[record.id] = record
        changes = []
        if record.history_type == "~" and before is not None:
            delta = record.diff_against(before, included_fields=names)
            changes = [(c.field, c.old, c.new) for c in delta.changes]
            changes += _m2m_changes(m2m, before, record)
            if not changes:
                continue
        raw.append((record, changes))
    # Every record is read to diff against its predecessor; only the rows shown are named.
    raw = raw[-limit:] if limit else []
    labels = _labels(historical, raw, m2m)
    rows = [
        HistoryRow(
            when=record.history_date,
            who=user_label(record.history_user),
            action=_action(record.history_type),
            subject=_subject(record, labels),
            changes=[
                FieldChange(
                    field=_field_label(historical, name),
                    old=_display(historical, name, old, labels),
                    new=_display(historical, name, new, labels),
                )
                for name, old, new in changes
            ],
        )
        for record, changes in raw
    ]
    return rows[::-1]


def merged_history_rows(*histories: QuerySet, limit: int = 200) -> list[HistoryRow]:
    """Several models' histories as one list, newest first: e.g. a meeting's own history with
    those of its agenda items and participants (each row's `subject` says which)."""
    rows = [row for history in histories for row in history_rows(history, limit=limit)]
    return sorted(rows, key=lambda row: row.when, reverse=True)[:limit]


def _m2m_fields(historical, exclude) -> list[tuple]:
    """Each tracked many-to-many field with the accessor of its rows on a record, so that the
    rows of all records are read in one query (simple_history's own diff reads them per pair)."""
    found = []
    for m2m_field in getattr(historical, "_history_m2m_fields", []):
        if m2m_field.name in exclude:
            continue
        rows_model = getattr(historical, m2m_field.name).model
        accessor = next(
            rel.get_accessor_name()
            for rel in historical._meta.related_objects
            if rel.related_model is rows_model
        )
        found.append((m2m_field, accessor))
    return found


def _m2m_changes(m2m_fields, before, record) -> list[tuple]:
    changes = []
    for m2m_field, accessor in m2m_fields:
        target = get_m2m_reverse_field_name(m2m_field) + "_id"
        old = frozenset(getattr(row, target) for row in getattr(before, accessor).all())
        new = frozenset(getattr(row, target) for row in getattr(record, accessor).all())
        if old != new:
            changes.append((m2m_field.name, old, new))
    return changes


def _labels(historical, raw, m2m_fields) -> dict:
    """Names of the objects the changed fields point to: one query per related model."""
    wanted: dict[type[Model], set] = {}
    m2m_names = {f.name: f for f, _accessor in m2m_fields}
    for _record, changes in raw:
        for name, old, new in changes:
            if name in m2m_names:
                wanted.setdefault(m2m_names[name].related_model, set()).update(old | new)
                continue
            model_field = historical._meta.get_field(name)
            if model_field.is_relation:
                ids = {value for value in (old, new) if value is not None}
                wanted.setdefault(model_field.related_model, set()).update(ids)
    # What a record without a title of its own is about: a participant's person or organization.
    for record, _changes in raw:
        if _own_title(record):
            continue
        for name in NAMED_BY:
            value = getattr(record, f"{name}_id", None)
            if value is not None:
                model = historical._meta.get_field(name).related_model
                wanted.setdefault(model, set()).add(value)
    return {
        model: {pk: str(obj) for pk, obj in model._default_manager.in_bulk(ids).items()}
        for model, ids in wanted.items()
    }


def _field_label(historical, name: str) -> str:
    try:
        return str(capfirst(historical._meta.get_field(name).verbose_name))
    except FieldDoesNotExist:  # a many-to-many field lives on the tracked model, not the record
        return str(capfirst(historical.instance_type._meta.get_field(name).verbose_name))


def _display(historical, name: str, value, labels: dict) -> str:
    if isinstance(value, frozenset):
        model = historical.instance_type._meta.get_field(name).related_model
        names = sorted(labels.get(model, {}).get(pk, f"#{pk}") for pk in value)
        return ", ".join(names) or EMPTY
    if value is None or value == "":
        return EMPTY
    model_field = historical._meta.get_field(name)
    if model_field.choices:
        return str(dict(model_field.flatchoices).get(value, value))
    if model_field.is_relation:
        # An object deleted since is still named by its id.
        return labels.get(model_field.related_model, {}).get(value, f"#{value}")
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    if isinstance(value, datetime.datetime):
        return date_format(timezone.localtime(value), "SHORT_DATETIME_FORMAT")
    if isinstance(value, datetime.date):
        return date_format(value, "SHORT_DATE_FORMAT")
    return Truncator(str(value)).chars(200)


def _action(history_type: str) -> str:
    return {"+": _("Created"), "-": _("Deleted")}.get(history_type, _("Changed"))


def _own_title(record) -> str:
    return next((getattr(record, n) for n in ("title", "text", "name") if hasattr(record, n)), "")


def _subject(record, labels: dict) -> str:
    """ "Agenda item: Raperda RPJMD", "Participant: Ulfiningtyas", from the record's own columns
    and the names read once for all rows (no query per row)."""
    kind = capfirst(record.instance_type._meta.verbose_name)
    text = _own_title(record)
    if not text:
        for name in NAMED_BY:
            value = getattr(record, f"{name}_id", None)
            if value is not None:
                model = record._meta.get_field(name).related_model
                text = labels.get(model, {}).get(value, "")
                break
    return f"{kind}: {Truncator(text).chars(60)}" if text else f"{kind} #{record.id}"
