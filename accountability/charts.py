"""Charts drawn on the server as SVG: no script, no outside asset, printable by WeasyPrint.

Each chart has a visible title and a one-line summary, a title and a description for screen
readers, a <title> on every bar (its tooltip), a legend, and its numbers as a table.

Honest axes: the counts are whole numbers, so the scale runs in a "nice" whole step (1, 2, 5,
10, 20, 50...) and every axis label is exactly the value its grid line stands at. The drawing
is narrow (WIDTH user units) so that, shrunk to a 390 px phone's column, its text still reads
at 12 CSS px or more.
"""

import math
from dataclasses import dataclass, field

from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

WIDTH = 380
FONT = 14  # user units: about 13 CSS px in a 358 px column, the narrowest phone's
SMALL = 13
BAR_HEIGHT = 16
ROW_HEIGHT = FONT + 4 + BAR_HEIGHT + 10  # the name above its bar, then a gap
LEFT = 8  # room for the first axis label's half
RIGHT = 44  # room for a bar's total after it
MAX_TICKS = 5
TEXT_WIDTH = 0.58 * FONT  # an average character's advance, to wrap the legend


def _n(value: float) -> str:
    # format_html escapes its arguments into strings, so numbers are formatted beforehand.
    return f"{value:.1f}"


@dataclass(frozen=True)
class Series:
    label: str
    colour: str


@dataclass(frozen=True)
class Axis:
    """A whole-number scale from 0 to `top` in steps of `step`."""

    step: int
    top: int

    @property
    def ticks(self) -> list[int]:
        return list(range(0, self.top + 1, self.step))


def nice_axis(highest: int, *, most_ticks: int = MAX_TICKS) -> Axis:
    """The smallest whole step of 1, 2 or 5 times a power of ten that covers `highest` with at
    most `most_ticks` intervals; an empty chart still gets a scale of 0 to 1."""
    highest = max(int(math.ceil(highest)), 1)
    magnitude = 1
    while True:
        for factor in (1, 2, 5):
            step = factor * magnitude
            if math.ceil(highest / step) <= most_ticks:
                return Axis(step=step, top=step * math.ceil(highest / step))
        magnitude *= 10


@dataclass(frozen=True)
class Chart:
    """A drawn chart with what surrounds it on the page: the same numbers in words and in a
    table. Rendered in a template as it is, it is its SVG (as the PDF recap uses it)."""

    name: str
    title: str
    summary: str
    svg: SafeString
    series: list[Series]
    rows: list[tuple[str, list[int]]] = field(default_factory=list)
    row_heading: str = ""

    def __html__(self) -> str:
        return self.svg

    def __str__(self) -> str:
        return self.svg

    @property
    def table_rows(self) -> list[tuple[str, list[int], int]]:
        return [(label, values, sum(values)) for label, values in self.rows]


def _legend(series: list[Series], top: float) -> tuple[SafeString, float]:
    """The legend from `top`, wrapped onto as many lines as it needs; returns it and its height."""
    items = []
    line = FONT + 8
    x, y = 0.0, top
    for item in series:
        width = 22 + TEXT_WIDTH * len(item.label)
        if x and x + width > WIDTH:
            x, y = 0.0, y + line
        items.append(
            format_html(
                '<rect x="{}" y="{}" width="12" height="12" fill="{}"/>'
                '<text x="{}" y="{}" font-size="{}">{}</text>',
                _n(x),
                _n(y + 1),
                item.colour,
                _n(x + 16),
                _n(y + 12),
                FONT,
                item.label,
            )
        )
        x += width
    return mark_safe("".join(items)), y - top + line


def _frame(*, name: str, title: str, description: str, height: float, body: SafeString):
    return format_html(
        '<svg class="chart" id="chart-{name}" xmlns="http://www.w3.org/2000/svg" role="img" '
        'viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        'aria-labelledby="chart-{name}-title chart-{name}-desc" '
        'font-family="system-ui, sans-serif">'
        '<title id="chart-{name}-title">{title}</title>'
        '<desc id="chart-{name}-desc">{description}</desc>{body}</svg>',
        name=name,
        width=WIDTH,
        height=_n(height),
        title=title,
        description=description,
        body=body,
    )


def _chart(
    parts: list[str],
    legend_top: float,
    *,
    name,
    title,
    description,
    summary,
    series,
    rows,
    row_heading,
) -> Chart:
    """The drawing's parts under a legend, framed, with what the page shows beside it."""
    legend, legend_height = _legend(series, legend_top)
    svg = _frame(
        name=name,
        title=title,
        description=description,
        height=legend_top + legend_height,
        body=mark_safe("".join(parts) + legend),
    )
    return Chart(
        name=name,
        title=title,
        summary=summary,
        svg=svg,
        series=series,
        rows=rows,
        row_heading=row_heading,
    )


def stacked_bars(
    *,
    name: str,
    title: str,
    summary: str,
    description: str,
    rows: list[tuple[str, list[int]]],
    series: list[Series],
    row_heading: str = "",
) -> Chart:
    """One horizontal bar per row, split into the series' parts (e.g. a status mix), with each
    row's name above its bar so that long names need no column of their own on a phone."""
    axis = nice_axis(max((sum(values) for _label, values in rows), default=0))
    scale = (WIDTH - LEFT - RIGHT) / axis.top
    plot_height = len(rows) * ROW_HEIGHT
    parts = [
        format_html(
            '<line class="grid" x1="{x}" x2="{x}" y1="0" y2="{bottom}" stroke="#ddd"/>'
            '<text class="tick" x="{x}" y="{label_y}" font-size="{size}" '
            'text-anchor="middle">{value}</text>',
            x=_n(LEFT + value * scale),
            bottom=_n(plot_height),
            label_y=_n(plot_height + SMALL + 2),
            size=SMALL,
            value=value,
        )
        for value in axis.ticks
    ]
    for index, (label, values) in enumerate(rows):
        top = index * ROW_HEIGHT
        parts.append(
            format_html(
                '<text x="{}" y="{}" font-size="{}">{}</text>', LEFT, top + FONT, FONT, label
            )
        )
        x = float(LEFT)
        bar_y = top + FONT + 4
        for value, item in zip(values, series, strict=True):
            if not value:
                continue
            parts.append(
                format_html(
                    '<rect class="bar" x="{}" y="{}" width="{}" height="{}" fill="{}">'
                    "<title>{}: {} {}</title></rect>",
                    _n(x),
                    bar_y,
                    _n(value * scale),
                    BAR_HEIGHT,
                    item.colour,
                    label,
                    item.label,
                    value,
                )
            )
            x += value * scale
        parts.append(
            format_html(
                '<text x="{}" y="{}" font-size="{}">{}</text>',
                _n(x + 4),
                bar_y + BAR_HEIGHT - 3,
                FONT,
                sum(values),
            )
        )
    legend_top = plot_height + SMALL + 14
    return _chart(
        parts,
        legend_top,
        name=name,
        title=title,
        description=description,
        summary=summary,
        series=series,
        rows=rows,
        row_heading=row_heading,
    )


def column_groups(
    *,
    name: str,
    title: str,
    summary: str,
    description: str,
    groups: list[tuple[str, list[int]]],
    series: list[Series],
    row_heading: str = "",
) -> Chart:
    """Columns side by side per group (e.g. per quarter), on a shared vertical scale whose
    labels sit on their grid lines (dominant-baseline middle: a label's y is its line's)."""
    plot_height, top_margin, axis_width = 180, 10, 34
    bottom = top_margin + plot_height
    axis = nice_axis(max((max(values, default=0) for _label, values in groups), default=0))
    scale = plot_height / axis.top
    slot = (WIDTH - axis_width) / max(len(groups), 1)
    column = min(24.0, (slot - 8) / max(len(series), 1))
    parts = [
        format_html(
            '<line class="grid" x1="{left}" x2="{width}" y1="{y}" y2="{y}" stroke="#ddd"/>'
            '<text class="tick" x="{label_x}" y="{y}" font-size="{size}" text-anchor="end" '
            'dominant-baseline="middle">{value}</text>',
            left=axis_width,
            width=WIDTH,
            y=_n(bottom - value * scale),
            label_x=axis_width - 5,
            size=SMALL,
            value=value,
        )
        for value in axis.ticks
    ]
    # Fewer labels than groups when they would collide: every other quarter, and so on.
    label_every = max(1, math.ceil(len("Q4 2025") * TEXT_WIDTH / max(slot, 1)))
    for index, (label, values) in enumerate(groups):
        left = axis_width + index * slot + (slot - column * len(series)) / 2
        for offset, (value, item) in enumerate(zip(values, series, strict=True)):
            height = value * scale
            parts.append(
                format_html(
                    '<rect class="bar" x="{}" y="{}" width="{}" height="{}" '
                    'fill="{}"><title>{}: {} {}</title></rect>',
                    _n(left + offset * column),
                    _n(bottom - height),
                    _n(column - 2),
                    _n(height),
                    item.colour,
                    label,
                    item.label,
                    value,
                )
            )
        if index % label_every == 0:
            parts.append(
                format_html(
                    '<text x="{}" y="{}" font-size="{}" text-anchor="middle">{}</text>',
                    _n(axis_width + index * slot + slot / 2),
                    bottom + FONT + 4,
                    SMALL,
                    label,
                )
            )
    legend_top = bottom + FONT + 16
    return _chart(
        parts,
        legend_top,
        name=name,
        title=title,
        description=description,
        summary=summary,
        series=series,
        rows=groups,
        row_heading=row_heading,
    )
