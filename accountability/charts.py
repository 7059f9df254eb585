"""Charts drawn on the server as SVG: no script, no outside asset, printable by WeasyPrint.

Each chart has a title and a description for screen readers, a <title> on every bar (its
tooltip) and a legend; the tables beside it carry the same numbers.
"""

from dataclasses import dataclass

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe

WIDTH = 640
LABEL_WIDTH = 170
BAR_HEIGHT = 18
GAP = 6
LEGEND_HEIGHT = 26


def _n(value: float) -> str:
    # format_html escapes its arguments into strings, so numbers are formatted beforehand.
    return f"{value:.1f}"


@dataclass(frozen=True)
class Series:
    label: str
    colour: str


def _legend(series: list[Series], top: int) -> tuple[SafeString, int]:
    """The legend from `top`, wrapped onto as many lines as it needs; returns it and its height."""
    items = []
    x, y = 0, top
    for item in series:
        width = 24 + 7 * len(item.label)
        if x and x + width > WIDTH:
            x, y = 0, y + LEGEND_HEIGHT - 8
        items.append(
            format_html(
                '<rect x="{}" y="{}" width="12" height="12" fill="{}"/>'
                '<text x="{}" y="{}" font-size="12">{}</text>',
                x,
                y,
                item.colour,
                x + 16,
                y + 11,
                item.label,
            )
        )
        x += width
    return mark_safe("".join(items)), y - top + LEGEND_HEIGHT


def _frame(*, name: str, title: str, description: str, height: int, body: SafeString):
    return format_html(
        '<svg class="chart" id="chart-{name}" xmlns="http://www.w3.org/2000/svg" role="img" '
        'viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        'aria-labelledby="chart-{name}-title chart-{name}-desc" '
        'font-family="system-ui, sans-serif">'
        '<title id="chart-{name}-title">{title}</title>'
        '<desc id="chart-{name}-desc">{description}</desc>{body}</svg>',
        name=name,
        width=WIDTH,
        height=height,
        title=title,
        description=description,
        body=body,
    )


def stacked_bars(
    *, name: str, title: str, description: str, rows: list[tuple[str, list[int]]], series
) -> SafeString:
    """One horizontal bar per row, split into the series' parts (e.g. a status mix)."""
    longest = max((sum(values) for _label, values in rows), default=0) or 1
    scale = (WIDTH - LABEL_WIDTH - 40) / longest
    parts = []
    for index, (label, values) in enumerate(rows):
        y = index * (BAR_HEIGHT + GAP)
        parts.append(
            format_html(
                '<text x="{}" y="{}" font-size="12" text-anchor="end">{}</text>',
                LABEL_WIDTH - 6,
                y + 13,
                label[:26],
            )
        )
        x = float(LABEL_WIDTH)
        for value, item in zip(values, series, strict=True):
            if not value:
                continue
            parts.append(
                format_html(
                    '<rect class="bar" x="{}" y="{}" width="{}" height="{}" fill="{}">'
                    "<title>{}: {} {}</title></rect>",
                    _n(x),
                    y,
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
                '<text x="{}" y="{}" font-size="12">{}</text>', _n(x + 4), y + 13, sum(values)
            )
        )
    top = len(rows) * (BAR_HEIGHT + GAP) + 6
    legend, legend_height = _legend(series, top)
    body = mark_safe("".join(parts) + legend)
    return _frame(
        name=name, title=title, description=description, height=top + legend_height, body=body
    )


def column_groups(
    *, name: str, title: str, description: str, groups: list[tuple[str, list[int]]], series
) -> SafeString:
    """Columns side by side per group (e.g. per quarter), on a shared vertical scale."""
    plot_height, bottom = 180, 200
    highest = max((max(values, default=0) for _label, values in groups), default=0) or 1
    slot = (WIDTH - 40) / max(len(groups), 1)
    column = min(28.0, (slot - 12) / max(len(series), 1))
    ticks = format_html_join(
        "",
        '<line x1="36" x2="{}" y1="{}" y2="{}" stroke="#ddd"/>'
        '<text x="30" y="{}" font-size="11" text-anchor="end">{}</text>',
        (
            (WIDTH, _n(y), _n(y), _n(y + 4), value)
            for value, y in (
                (round(highest * step / 4), bottom - plot_height * step / 4) for step in range(5)
            )
        ),
    )
    parts = [ticks]
    for index, (label, values) in enumerate(groups):
        left = 40 + index * slot + (slot - column * len(series)) / 2
        for offset, (value, item) in enumerate(zip(values, series, strict=True)):
            height = plot_height * value / highest
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
        parts.append(
            format_html(
                '<text x="{}" y="{}" font-size="12" text-anchor="middle">{}</text>',
                _n(40 + index * slot + slot / 2),
                bottom + 16,
                label,
            )
        )
    legend, legend_height = _legend(series, bottom + 28)
    body = mark_safe("".join(parts) + legend)
    return _frame(
        name=name,
        title=title,
        description=description,
        height=bottom + 28 + legend_height,
        body=body,
    )
