"""A datetime column read as a date in the tracker's time zone, computed by the database.

Django's own TruncDate calls a Python function per row on SQLite; over half a million rows that
is seconds. The tracker's zone (Asia/Jakarta) has kept one offset since 1964, so on SQLite the
local date is the UTC text shifted by that offset, in SQL. A zone whose offset changes (summer
time) falls back to TruncDate. PostgreSQL converts with AT TIME ZONE, which is fast.
"""

import datetime
import functools
import zoneinfo

from django.conf import settings
from django.db.models import DateField, Func
from django.db.models.functions import TruncDate


@functools.cache
def fixed_offset_seconds() -> int | None:
    """The zone's offset in seconds when it is the same from 1970 to 2100, else None."""
    zone = zoneinfo.ZoneInfo(settings.TIME_ZONE)
    offsets = {
        datetime.datetime(year, month, 1, 12, tzinfo=zone).utcoffset()
        for year in range(1970, 2101)
        for month in (1, 4, 7, 10)
    }
    if len(offsets) != 1:
        return None
    return int(offsets.pop().total_seconds())


class LocalDate(Func):
    output_field = DateField()
    arity = 1

    def as_sql(self, compiler, connection, **extra):
        return TruncDate(*self.source_expressions).as_sql(compiler, connection)

    def as_sqlite(self, compiler, connection, **extra):
        offset = fixed_offset_seconds()
        if offset is None:
            return self.as_sql(compiler, connection)
        template = f"date(%(expressions)s, '{offset:+d} seconds')"
        return self.as_sql_template(compiler, connection, template)

    def as_sql_template(self, compiler, connection, template):
        return super().as_sql(compiler, connection, template=template)
