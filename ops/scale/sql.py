"""Plain multi-row inserts for the largest child tables (participants, invitations, timeline
entries). bulk_create spends most of its time compiling SQL per object; these rows need no ids
back, so one prepared statement run with executemany is several times faster."""

from django.db import connection


def rows_insert(model, columns: list[str], rows: list[tuple]) -> None:
    if not rows:
        return
    quote = connection.ops.quote_name
    names = ", ".join(quote(model._meta.get_field(column).column) for column in columns)
    marks = ", ".join(["%s"] * len(columns))
    sql = f"INSERT INTO {quote(model._meta.db_table)} ({names}) VALUES ({marks})"
    with connection.cursor() as cursor:
        cursor.executemany(sql, rows)


def db_date(value):
    return connection.ops.adapt_datefield_value(value)


def db_datetime(value):
    return connection.ops.adapt_datetimefield_value(value)
